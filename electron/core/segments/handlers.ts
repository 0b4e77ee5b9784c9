import type { segmentContract } from '../../../shared/segments/contract';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { workerBeside } from '../db/offload';
import { customerSegments } from './customer';
import { segmentMigration } from './migration';
import { segmentsOverview } from './overview';
import { SegmentRunner } from './runner';
import { saveSegmentSettings, segmentSettingsView } from './settings';

export type SegmentHandlers = HandlersOf<typeof segmentContract>;

export interface SegmentArea {
  readonly handlers: SegmentHandlers;
  /** Call after a write classes depend on (purchases, imports, customers added or removed). */
  readonly changed: () => void;
}

export function segmentArea({ db, actor }: AreaContext, app: CoreContext): SegmentArea {
  const workerPath = workerBeside(app.importWorkerPath, 'segments-worker.cjs');
  const runner = new SegmentRunner(db, app.dbPath, workerPath, app.host !== 'cli' && workerPath !== null);
  runner.catchUp();
  const handlers: SegmentHandlers = {
    'segments.settings': () => segmentSettingsView(db),
    'segments.saveSettings': (settings) => {
      const view = saveSegmentSettings(db, settings, actor());
      runner.changed();
      return view;
    },
    'segments.preview': (settings) => runner.preview(settings),
    'segments.compute': ({ asOf, period }) => runner.compute(asOf ?? null, actor(), period),
    'segments.overview': ({ scheme }) => {
      runner.catchUp();
      return segmentsOverview(db, runner.current(), scheme);
    },
    'segments.customer': ({ customerId }) => customerSegments(db, customerId, runner.current()),
    'segments.migration': ({ scheme, from, to }) => segmentMigration(db, scheme, from, to),
  };
  return { handlers, changed: () => runner.changed() };
}
