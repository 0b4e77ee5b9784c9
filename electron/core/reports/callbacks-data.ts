/**
 * What the printed call-back report (回访报告) shows: the figures of the call-back report as the app computes them
 * (callbacks/report.ts), the staff member it is limited to, and the measures the branch wrote for its campaign or
 * period.
 */
import type { ReportQuery } from '../../../shared/callbacks/schemas';
import type { CallbackReport } from '../../../shared/callbacks/types';
import type { ReportNote } from '../../../shared/reports/notes';
import { callbackReport } from '../callbacks/report';
import type { Db } from '../db/open';
import { staffNames } from '../staff/staff';
import { callbackMeasures } from './notes';

export interface CallbackReportData {
  readonly report: CallbackReport;
  readonly staffName: string | null;
  readonly measures: ReportNote;
}

export function callbackReportData(db: Db, q: ReportQuery): CallbackReportData {
  return {
    report: callbackReport(db, q),
    staffName: q.staffId ? (staffNames(db).get(q.staffId) ?? null) : null,
    measures: callbackMeasures(db, q),
  };
}
