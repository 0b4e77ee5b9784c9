/**
 * What the printed complaint analysis (投诉分析) and satisfaction summary show: the complaint report as the app
 * computes it (complaints/report.ts, with satisfaction.ts), the staff member it is limited to, and the period's
 * resolved complaints with their root cause, countermeasure and owner (the measures taken), in the order of the
 * root-cause Pareto so the largest causes come first.
 */
import type { ComplaintReportQuery } from '../../../shared/complaints/schemas';
import type { ComplaintReport } from '../../../shared/complaints/types';
import { complaintReport } from '../complaints/report';
import { recordScope } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { staffNames } from '../staff/staff';

interface Countermeasure {
  readonly receivedOn: string;
  readonly resolvedOn: string | null;
  readonly customerName: string;
  readonly category: string;
  readonly rootCause: string;
  readonly countermeasure: string;
  readonly ownerName: string | null;
  /** Resolved by the day it was due. */
  readonly withinLimit: boolean;
}

export interface ComplaintReportData {
  readonly report: ComplaintReport;
  readonly ownerName: string | null;
  /** At most COUNTERMEASURES_MAX of them; `countermeasureTotal` says how many there are. */
  readonly countermeasures: readonly Countermeasure[];
  readonly countermeasureTotal: number;
}

const COUNTERMEASURES_MAX = 200;

export function complaintReportData(db: Db, q: ComplaintReportQuery): ComplaintReportData {
  const report = complaintReport(db, q);
  const causeRank = new Map(report.byRootCause.map((row, i) => [row.key, i]));
  // The same complaints the report counts by root cause: received in the period, resolved, with a cause.
  // A staff member's printout names only the complaints the report counts for them (auth/scope.ts).
  const scope = recordScope('k.customer_id', 'k.owner_id');
  const rows = stmt(
    db,
    `SELECT k.received_on AS receivedOn, k.resolved_on AS resolvedOn, c.name AS customerName, k.category,
       k.root_cause AS rootCause, k.countermeasure, s.name AS ownerName,
       coalesce(k.resolved_on, k.received_on) <= k.due_on AS withinLimit
     FROM complaints k JOIN customers c ON c.id = k.customer_id LEFT JOIN staff s ON s.id = k.owner_id
     WHERE k.received_on >= ? AND k.received_on <= ? AND (? IS NULL OR k.owner_id = ?) AND c.deleted_at IS NULL
       AND k.resolved_at IS NOT NULL AND k.root_cause IS NOT NULL AND k.countermeasure IS NOT NULL
       ${scope ? `AND ${scope.text}` : ''}
     ORDER BY k.received_on, k.rowid`,
  ).all(report.from, report.to, q.ownerId, q.ownerId, ...(scope?.params ?? [])) as (Omit<
    Countermeasure,
    'withinLimit'
  > & {
    withinLimit: number;
  })[];
  const sorted = rows
    .map((r) => ({ ...r, withinLimit: r.withinLimit === 1 }))
    .sort((a, b) => (causeRank.get(a.rootCause) ?? 0) - (causeRank.get(b.rootCause) ?? 0));
  return {
    report,
    ownerName: q.ownerId ? (staffNames(db).get(q.ownerId) ?? null) : null,
    countermeasures: sorted.slice(0, COUNTERMEASURES_MAX),
    countermeasureTotal: sorted.length,
  };
}
