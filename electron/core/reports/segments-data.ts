/**
 * What the segment table for the branch meeting shows: each scheme's class counts and shares (segments/overview.ts,
 * as the Segments page shows them), the customers of one class with the figures stored when the classes were
 * computed (amount, profit, purchases, last purchase) and their account manager, and the migration matrix of a
 * scheme between two month ends (segments/migration.ts).
 */
import { localDate } from '../../../shared/rules/calendar';
import { parseClassKey } from '../../../shared/segments/classes';
import type { ComputedScheme, SegmentMigration, SegmentsOverview } from '../../../shared/segments/types';
import type { SegmentReportParams } from '../../../shared/reports/kind-params';
import { scopeCondition } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { segmentMigration } from '../segments/migration';
import { segmentsOverview } from '../segments/overview';
import { addMonths } from '../segments/period';
import { readSummary, staleSince } from '../segments/store';

interface ClassCustomer {
  readonly id: string;
  readonly name: string;
  readonly amountCents: number;
  readonly profitCents: number;
  readonly purchases: number;
  readonly lastPurchaseOn: string | null;
  readonly ownerName: string | null;
}

interface ClassListing {
  readonly scheme: ComputedScheme;
  readonly class: string;
  /** Every live customer of the class; `customers` holds the first `limit` of them, the largest amount first. */
  readonly total: number;
  readonly customers: readonly ClassCustomer[];
}

export interface SegmentReportData {
  readonly overview: SegmentsOverview;
  /** The schemes printed: the one asked for, or all of them. */
  readonly schemes: readonly ComputedScheme[];
  readonly listing: ClassListing | null;
  readonly migration: SegmentMigration;
}

/** The customer_segments column holding each scheme's class (fixed names, never user input). */
const CLASS_COLUMN: Readonly<Record<ComputedScheme, string>> = {
  abc: 'g.abc',
  rfm: 'g.rfm',
  frequency: 'g.frequency',
  value: 'g.value',
  lifecycle: 'g.lifecycle',
};

function classListing(db: Db, scheme: ComputedScheme, cls: string, limit: number): ClassListing {
  const column = CLASS_COLUMN[scheme];
  // A staff member's printout lists their own and unassigned customers only.
  const scope = scopeCondition();
  const { n } = stmt(
    db,
    `SELECT count(*) AS n FROM customer_segments g JOIN customers c ON c.id = g.customer_id
     WHERE ${column} = ? AND c.deleted_at IS NULL AND ${scope.sql}`,
  ).get(cls, ...scope.params) as { n: number };
  const customers = stmt(
    db,
    `SELECT c.id, c.name, g.amount_cents AS amountCents, g.profit_cents AS profitCents, g.purchases,
       g.last_purchase_on AS lastPurchaseOn, s.name AS ownerName
     FROM customer_segments g JOIN customers c ON c.id = g.customer_id LEFT JOIN staff s ON s.id = c.owner_id
     WHERE ${column} = ? AND c.deleted_at IS NULL AND ${scope.sql}
     ORDER BY g.amount_cents DESC, g.profit_cents DESC, c.name_pinyin, c.id LIMIT ?`,
  ).all(cls, ...scope.params, limit) as ClassCustomer[];
  return { scheme, class: cls, total: n, customers };
}

/** Whether the stored classes are today's and nothing they depend on changed since (as the Segments page says). */
function classesCurrent(db: Db, today: string): boolean {
  const summary = readSummary(db);
  return summary !== null && staleSince(db) === null && localDate(new Date(summary.computedAt)) >= today;
}

export function segmentReportData(db: Db, p: SegmentReportParams, today = localDate()): SegmentReportData {
  const parsed = p.classKey ? parseClassKey(p.classKey) : null;
  const classScheme = parsed && parsed.scheme !== 'risk' ? parsed.scheme : null;
  const scheme = p.scheme ?? undefined;
  const overview = segmentsOverview(db, classesCurrent(db, today), scheme);
  const shift = (month: string, months: number) => addMonths(`${month}-01`, months).slice(0, 7);
  const to = p.migrationTo ?? shift(today.slice(0, 7), -1);
  return {
    overview,
    schemes: scheme ? [scheme] : ['abc', 'rfm', 'frequency', 'value', 'lifecycle'],
    listing: parsed && classScheme ? classListing(db, classScheme, parsed.value, p.limit) : null,
    migration: segmentMigration(db, scheme ?? classScheme ?? 'abc', p.migrationFrom ?? shift(to, -3), to),
  };
}
