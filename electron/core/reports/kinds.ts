/**
 * The report kinds: each names its parameters' schema and builds its title and body from the database. A new report
 * is a new entry here; rendering, masking, auditing and printing are the same for all (render.ts).
 */
import { customerReport } from './customer-template';
import type { ReportKind } from './report-kind';

export const REPORT_KINDS: Readonly<Record<string, ReportKind>> = {
  customer: customerReport,
};
