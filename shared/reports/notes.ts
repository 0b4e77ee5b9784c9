/** A text the branch writes into a printed report (the call-back report's measures), and whose scope it is. */
import type { ReportQuery } from '../callbacks/schemas';

export interface ReportNote {
  readonly text: string;
  readonly updatedAt: string | null;
  readonly updatedByName: string | null;
}

/**
 * The measures belong to the campaign when the report is of one, else to its period (either end open); the staff
 * filter does not change them: the whole branch's measures are printed on each staff member's report.
 */
export function callbackNoteScope(q: Pick<ReportQuery, 'from' | 'to' | 'campaignId'>): string {
  return q.campaignId ? `campaign:${q.campaignId}` : `period:${q.from ?? ''}..${q.to ?? ''}`;
}
