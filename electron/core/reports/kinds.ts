/**
 * The report kinds: each names its parameters' schema and builds its title and body from the database. A new report
 * is a new entry here; rendering, masking, auditing and printing are the same for all (render.ts).
 */
import { callbackReportKind } from './callbacks-body';
import { complaintReportKind } from './complaints-body';
import { customerReport } from './customer-template';
import { listReportKind } from './list-body';
import { segmentReportKind } from './segments-body';
import type { ReportKind } from './report-kind';

export const REPORT_KINDS: Readonly<Record<string, ReportKind>> = {
  customer: customerReport,
  callbacks: callbackReportKind,
  segments: segmentReportKind,
  complaints: complaintReportKind,
  list: listReportKind,
};
