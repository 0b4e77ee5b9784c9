import type { reportKindsContract } from '../../../shared/reports/kinds-contract';
import type { AreaContext, HandlersOf } from '../context';
import { callbackMeasures, saveCallbackMeasures } from './notes';

export type ReportKindsHandlers = HandlersOf<typeof reportKindsContract>;

export function reportKindsHandlers({ db, actor }: AreaContext): ReportKindsHandlers {
  return {
    'reports.measures.get': ({ report }) => callbackMeasures(db, report),
    'reports.measures.save': ({ report, text }) => saveCallbackMeasures(db, report, text, actor()),
  };
}
