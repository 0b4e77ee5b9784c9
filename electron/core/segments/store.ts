/**
 * Storing a computation: every live customer's row of customer_segments replaced in one transaction, a class_changes
 * row for each class that changed (dated with the period end; a customer's first classes have old_class null), and
 * the summary the overview shows beside the counts.
 */
import type { ComputedScheme, ComputeResult, SegmentPeriod } from '../../../shared/segments/types';
import { COMPUTED_SCHEMES } from '../../../shared/segments/types';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { readSetting, writeSetting } from '../settings/settings';
import type { ClassifiedCustomer, SegmentSummary } from './classify';
import { storedReasons } from './reasons';

const SUMMARY = 'segments.summary';
const STALE = 'segments.staleSince';

export interface StoredSummary extends SegmentSummary {
  readonly computedAt: string;
  readonly period: SegmentPeriod;
}

type Classes = Readonly<Record<ComputedScheme, string>>;

export function readSummary(db: Db): StoredSummary | null {
  const text = readSetting(db, SUMMARY);
  if (text === null) return null;
  try {
    return JSON.parse(text) as StoredSummary;
  } catch {
    return null;
  }
}

/** Since when stored classes are behind the data (purchases, imports, settings); null when they are not. */
export function staleSince(db: Db): string | null {
  return readSetting(db, STALE);
}

export function markStale(db: Db, at: string): void {
  if (readSetting(db, STALE) === null) writeSetting(db, STALE, at);
}

/** Each customer's class per scheme before this computation: the stored row, or as of the day when going back. */
function classesBefore(db: Db, to: string): Map<string, Classes> {
  const out = new Map<string, Classes>();
  const latest = (stmt(db, 'SELECT MAX(period_to) AS d FROM customer_segments').get() as { d: string | null }).d;
  if (latest === null || latest <= to) {
    const rows = stmt(db, 'SELECT customer_id, abc, rfm, frequency, value, lifecycle FROM customer_segments')
      .raw()
      .all() as [string, string, string, string, string, string][];
    for (const [id, abc, rfm, frequency, value, lifecycle] of rows)
      out.set(id, { abc, rfm, frequency, value, lifecycle });
    return out;
  }
  // Backfilling an earlier day: the classes as of that day come from the history.
  const partial = new Map<string, Record<string, string>>();
  for (const scheme of COMPUTED_SCHEMES) {
    const rows = stmt(
      db,
      `SELECT customer_id, new_class, MAX(changed_on) FROM class_changes
       WHERE scheme = ? AND changed_on < ? GROUP BY customer_id`,
    )
      .raw()
      .all(scheme, to) as [string, string][];
    for (const [id, cls] of rows) {
      let entry = partial.get(id);
      if (!entry) partial.set(id, (entry = {}));
      entry[scheme] = cls;
    }
  }
  for (const [id, entry] of partial) out.set(id, entry as Classes);
  return out;
}

const ROW_COLUMNS = `period_from, period_to, computed_at, purchases, amount_cents, profit_cents, first_purchase_on,
  last_purchase_on, abc, abc_rank, abc_cumulative_ppm, r_score, f_score, m_score, rfm, frequency, value, lifecycle,
  reasons`;
const INSERT_ROW = `INSERT INTO customer_segments (${ROW_COLUMNS}, customer_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** An update leaves the key alone, so it costs no foreign-key check (an upsert's insert attempt does). */
const UPDATE_ROW = `UPDATE customer_segments SET (${ROW_COLUMNS}) =
  (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE customer_id = ?`;
/** Most customers keep their classes: updating the figures alone leaves the five class indexes untouched. */
const UPDATE_FIGURES = `UPDATE customer_segments SET (period_from, period_to, computed_at, purchases, amount_cents,
  profit_cents, first_purchase_on, last_purchase_on, abc_rank, abc_cumulative_ppm, r_score, f_score, m_score,
  reasons) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE customer_id = ?`;

export function storeClasses(
  db: Db,
  customers: readonly ClassifiedCustomer[],
  summary: SegmentSummary,
  period: SegmentPeriod,
  computedAt: string,
  actor: string | null,
): ComputeResult {
  let changes = 0;
  // Every id written was read from the live customers inside this transaction: checking each of up to 600,000
  // rows against customers again is most of the write's cost. The setting is restored right after.
  const checking = !db.inTransaction && db.pragma('foreign_keys', { simple: true }) === 1;
  if (checking) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      const before = classesBefore(db, period.to);
      // A change already recorded on this day (an earlier computation today) keeps its old class.
      const sameDay = new Map<string, [old: string | null, now: string]>();
      for (const [id, scheme, old, now] of stmt(
        db,
        `SELECT customer_id, scheme, old_class, new_class FROM class_changes
         WHERE scheme IN ('abc', 'rfm', 'frequency', 'value', 'lifecycle') AND changed_on = ?`,
      )
        .raw()
        .all(period.to) as [string, string, string | null, string][])
        sameDay.set(`${id}\u0000${scheme}`, [old, now]);
      const insert = stmt(db, INSERT_ROW);
      const update = stmt(db, UPDATE_ROW);
      const updateFigures = stmt(db, UPDATE_FIGURES);
      const upsertChange = stmt(
        db,
        `INSERT INTO class_changes (customer_id, scheme, changed_on, old_class, new_class) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (customer_id, scheme, changed_on) DO UPDATE SET new_class = excluded.new_class`,
      );
      const dropChange = stmt(db, 'DELETE FROM class_changes WHERE customer_id = ? AND scheme = ? AND changed_on = ?');
      for (const c of customers) {
        const old = before.get(c.id);
        if (old && COMPUTED_SCHEMES.every((scheme) => old[scheme] === c[scheme])) {
          updateFigures.run(
            period.from,
            period.to,
            computedAt,
            c.purchases,
            c.amountCents,
            c.profitCents,
            c.firstPurchaseOn,
            c.lastPurchaseOn,
            c.abcRank,
            c.abcCumulativePpm,
            c.r,
            c.f,
            c.m,
            storedReasons(c),
            c.id,
          );
          if (sameDay.size === 0) continue;
        } else {
          const values = [
            period.from,
            period.to,
            computedAt,
            c.purchases,
            c.amountCents,
            c.profitCents,
            c.firstPurchaseOn,
            c.lastPurchaseOn,
            c.abc,
            c.abcRank,
            c.abcCumulativePpm,
            c.r,
            c.f,
            c.m,
            c.rfm,
            c.frequency,
            c.value,
            c.lifecycle,
            storedReasons(c),
            c.id,
          ];
          if (update.run(values).changes === 0) insert.run(values);
        }
        for (const scheme of COMPUTED_SCHEMES) {
          const now = c[scheme];
          const recorded = sameDay.size === 0 ? undefined : sameDay.get(`${c.id}\u0000${scheme}`);
          const was = recorded ? recorded[0] : (old?.[scheme] ?? null);
          if (was === now) {
            if (recorded) dropChange.run(c.id, scheme, period.to);
            continue;
          }
          changes++;
          if (recorded?.[1] !== now) upsertChange.run(c.id, scheme, period.to, was, now);
        }
      }
      // Customers no longer classified (deleted, or filed after the day computed as of) leave.
      stmt(db, 'DELETE FROM customer_segments WHERE computed_at <> ?').run(computedAt);
      const stored: StoredSummary = { ...summary, computedAt, period };
      writeSetting(db, SUMMARY, JSON.stringify(stored));
      // Changes made while this ran leave the classes behind them still.
      const stale = readSetting(db, STALE);
      if (stale !== null && stale <= computedAt) writeSetting(db, STALE, null);
      audit(db, {
        entity: 'segments',
        entityId: period.to,
        action: 'update',
        staffId: actor,
        changes: { period, customers: customers.length, classChanges: changes },
      });
    })();
  } finally {
    if (checking) db.pragma('foreign_keys = ON');
  }
  return { computedAt, period, customers: customers.length, changes };
}
