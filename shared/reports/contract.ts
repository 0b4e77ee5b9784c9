import { byId, done, none, returns, type ContractEntry } from '../contract-entries';
import { draftList, draftSave, letterheadInput, reportRequest } from './schemas';
import type { Letterhead, ReportDraft, ReportDraftSummary, ReportPdf, ReportPreview } from './types';

export const reportContract = {
  /** The report as one HTML document, for the preview frame. */
  'reports.preview': { input: reportRequest, output: returns<ReportPreview>() },
  /** The report printed to PDF, handed over like an export. */
  'reports.pdf': { input: reportRequest, output: returns<ReportPdf>() },
  /** Sends the report to the system printer (the desktop app; other hosts refuse with reports.printUnavailable). */
  'reports.print': { input: reportRequest, output: done() },
  'reports.letterhead.get': { input: none, output: returns<Letterhead>() },
  'reports.letterhead.set': { input: letterheadInput, output: returns<Letterhead>() },
  /** A customer's report drafts, newest version first. */
  'reports.drafts.list': { input: draftList, output: returns<readonly ReportDraftSummary[]>() },
  'reports.drafts.get': { input: byId, output: returns<ReportDraft>() },
  /** Saves the texts as a new version. */
  'reports.drafts.save': { input: draftSave, output: returns<ReportDraft>() },
  /** Marks a version reviewed by the staff member at the desk, today. */
  'reports.drafts.review': { input: byId, output: returns<ReportDraft>() },
} as const satisfies Record<string, ContractEntry>;
