import type { segmentContract } from '../../../shared/segments/contract';
import { DossierError } from '../../../shared/result';
import type { AreaContext, HandlersOf } from '../context';
import { saveSegmentSettings, segmentSettingsView } from './settings';

export type SegmentHandlers = HandlersOf<typeof segmentContract>;

const pending = (): never => {
  throw new DossierError({ code: 'internal', message: 'Segment computation is not available yet.' });
};

export function segmentHandlers({ db, actor }: AreaContext): SegmentHandlers {
  return {
    'segments.settings': () => segmentSettingsView(db),
    'segments.saveSettings': (settings) => saveSegmentSettings(db, settings, actor()),
    'segments.preview': pending,
    'segments.compute': pending,
    'segments.overview': pending,
    'segments.customer': pending,
    'segments.migration': pending,
  };
}
