/**
 * Storing a computation: every live customer's row of customer_segments replaced in one transaction, a class_changes
 * row for each class that changed (dated with the period end; a customer's first classes have old_class null), and
 * the summary the overview shows beside the counts.
 */
import type { ComputeResult, SegmentPeriod } from '../../../shared/segments/types';
import { COMPUTED_SCHEMES } from '../../../shared/segments/types';
import { CLASSES } from '../../../shared/segments/classes';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { readSetting, writeSetting } from '../settings/settings';
import { classCode } from './class-code';
import { classifiedAt, type ClassifiedCustomer, type ClassifiedCustomers, type SegmentSummary } from './classify';
import { storedReasons } from './reasons';

const SUMMARY = 'segments.summary';
const STALE = 'segments.staleSince';

export interface StoredSummary extends SegmentSummary {
  readonly computedAt: string;
  readonly period: SegmentPeriod;
}

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

/**
 * Each customer's classes packed in one number, four bits per scheme in COMPUTED_SCHEMES order: the class's index in
 * CLASSES, NONE when the customer had no class in that scheme (no number at all: never classified), OTHER for a
 * stored class this version does not know (kept as text in `Before.other`). One number per customer rather than an
 * object keeps 100,000 customers' classes small and compares them at once. Above the classes, the recency score
 * (0 for none): the ABC index carries it (migration 024), so a row whose classes and score are unchanged is updated
 * without touching any index.
 */
const NONE = 15;
const OTHER = 14;
const CLASS_BITS = 4 * COMPUTED_SCHEMES.length;
const CLASS_MASK = (1 << CLASS_BITS) - 1;

interface Before {
  readonly codes: Map<string, number>;
  /** `customer\0scheme` → a stored class coded OTHER. */
  readonly other: Map<string, string>;
}
const CODES: ReadonlyArray<ReadonlyMap<string, number>> = COMPUTED_SCHEMES.map(
  (scheme) => new Map(CLASSES[scheme].map((c, i) => [c, i])),
);

function codeOf(scheme: number, cls: string): number {
  return CODES[scheme]!.get(cls) ?? OTHER;
}

/** The packed classes and recency score of a classified customer. */
function packed(c: ClassifiedCustomer): number {
  let code = (c.r ?? 0) << CLASS_BITS;
  for (let s = 0; s < COMPUTED_SCHEMES.length; s++) code |= codeOf(s, c[COMPUTED_SCHEMES[s]!]) << (4 * s);
  return code;
}

function unpacked(before: Before, id: string, code: number | undefined, scheme: number): string | null {
  if (code === undefined) return null;
  const index = (code >> (4 * scheme)) & 15;
  if (index === NONE) return null;
  if (index === OTHER) return before.other.get(`${id}\u0000${COMPUTED_SCHEMES[scheme]}`)!;
  return CLASSES[COMPUTED_SCHEMES[scheme]!][index]!;
}

/** SQL giving the code of the class in `column` of scheme number `scheme` (OTHER for one not in CLASSES). */
function codeSql(scheme: number, column: string): string {
  const cases = CLASSES[COMPUTED_SCHEMES[scheme]!].map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ');
  return `CASE ${column} ${cases} ELSE ${OTHER} END`;
}

/** A stored row's classes and score packed in SQL (each shift in parentheses: `<<` and `|` bind alike). */
const STORED_CODE = `SELECT (COALESCE(r_score, 0) << ${CLASS_BITS}) | ${COMPUTED_SCHEMES.map((scheme, s) => `((${codeSql(s, scheme)}) << ${4 * s})`).join(' | ')}
  FROM customer_segments WHERE customer_id = ?`;

/** One customer's stored classes (undefined when they have no row), a class this version does not know kept aside. */
function storedBefore(db: Db, before: Before, id: string): number | undefined {
  const code = stmt(db, STORED_CODE).pluck().get(id) as number | undefined;
  if (code === undefined) return undefined;
  for (let s = 0; s < COMPUTED_SCHEMES.length; s++)
    if (((code >> (4 * s)) & 15) === OTHER) {
      const scheme = COMPUTED_SCHEMES[s]!;
      const row = stmt(db, `SELECT ${scheme} AS c FROM customer_segments WHERE customer_id = ?`).get(id) as {
        c: string;
      };
      before.other.set(`${id}\u0000${scheme}`, row.c);
    }
  return code;
}

/**
 * Each customer's classes before this computation when going back to a day before the stored rows: as of that day,
 * from the history. Null otherwise: the stored rows are the classes before, and each is compared as it is written.
 */
function classesBefore(db: Db, latest: string | null, to: string): Before | null {
  if (latest === null || latest <= to) return null;
  const out = new Map<string, number>();
  const other = new Map<string, string>();
  // The score as of that day is not kept (7: never equal to a computed one, so the row's score is always written).
  const all = CLASS_MASK | (7 << CLASS_BITS);
  for (let s = 0; s < COMPUTED_SCHEMES.length; s++) {
    const rows = stmt(
      db,
      `SELECT customer_id, ${codeSql(s, 'new_class')}, new_class, MAX(changed_on) FROM class_changes
       WHERE scheme = ? AND changed_on < ? GROUP BY customer_id`,
    )
      .raw()
      .iterate(COMPUTED_SCHEMES[s], to) as IterableIterator<[string, number, string]>;
    for (const [id, code, cls] of rows) {
      if (code === OTHER) other.set(`${id}\u0000${COMPUTED_SCHEMES[s]}`, cls);
      out.set(id, ((out.get(id) ?? all) & ~(15 << (4 * s))) | (code << (4 * s)));
    }
  }
  return { codes: out, other };
}

const ROW_COLUMNS = `period_from, period_to, computed_at, purchases, amount_cents, profit_cents, first_purchase_on,
  last_purchase_on, abc, abc_rank, abc_cumulative_ppm, r_score, f_score, m_score, rfm, frequency, value, lifecycle,
  reasons, class_code`;
const INSERT_ROW = `INSERT INTO customer_segments (${ROW_COLUMNS}, customer_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** An update leaves the key alone, so it costs no foreign-key check (an upsert's insert attempt does). */
const UPDATE_ROW = `UPDATE customer_segments SET (${ROW_COLUMNS}) =
  (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE customer_id = ?`;
/**
 * Most customers keep their classes and recency score: updating the other figures alone leaves every index untouched
 * (SQLite rewrites an index entry whenever one of its columns is set, even to the same value). A changed score alone
 * is set with the figures, touching only the ABC index. The class code (class-code.ts) holds the F score: set with
 * them too (no index holds it).
 */
const UPDATE_FIGURES = `UPDATE customer_segments SET (period_from, period_to, computed_at, purchases, amount_cents,
  profit_cents, first_purchase_on, last_purchase_on, abc_rank, abc_cumulative_ppm, f_score, m_score,
  reasons, class_code) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE customer_id = ?`;
/**
 * The figures, when the stored row holds exactly these classes and score (one change: the customer kept them). Read
 * and compared by SQLite on the row it updates, rather than every row's classes read first into a map.
 */
const UPDATE_FIGURES_IF_SAME = `${UPDATE_FIGURES} AND abc = ? AND rfm = ? AND frequency = ? AND value = ?
  AND lifecycle = ? AND r_score IS ?`;
const UPDATE_FIGURES_AND_R = `UPDATE customer_segments SET (period_from, period_to, computed_at, purchases,
  amount_cents, profit_cents, first_purchase_on, last_purchase_on, abc_rank, abc_cumulative_ppm, f_score, m_score,
  reasons, class_code, r_score) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE customer_id = ?`;

export function storeClasses(
  db: Db,
  customers: ClassifiedCustomers,
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
      const latest = (stmt(db, 'SELECT MAX(period_to) AS d FROM customer_segments').get() as { d: string | null }).d;
      const history = classesBefore(db, latest, period.to);
      const before: Before = history ?? { codes: new Map(), other: new Map() };
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
      const updateIfSame = stmt(db, UPDATE_FIGURES_IF_SAME);
      const updateFiguresAndR = stmt(db, UPDATE_FIGURES_AND_R);
      const upsertChange = stmt(
        db,
        `INSERT INTO class_changes (customer_id, scheme, changed_on, old_class, new_class) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (customer_id, scheme, changed_on) DO UPDATE SET new_class = excluded.new_class`,
      );
      const dropChange = stmt(db, 'DELETE FROM class_changes WHERE customer_id = ? AND scheme = ? AND changed_on = ?');
      // Nobody classified before and nothing recorded on the day (a first computation): every customer's five
      // classes are new, recorded below from the rows in five statements rather than one upsert each.
      const fresh = (history === null ? latest === null : history.codes.size === 0) && sameDay.size === 0;
      for (let i = 0; i < customers.count; i++) {
        // One customer's classes as an object while it is written, not every customer's at once.
        const c = classifiedAt(customers, i);
        const now = packed(c);
        const code = classCode(c);
        const figures = [
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
          c.f,
          c.m,
          storedReasons(c),
          code,
        ];
        let old: number | undefined;
        let kept = false;
        if (history === null && !fresh) {
          kept = updateIfSame.run(figures, c.id, c.abc, c.rfm, c.frequency, c.value, c.lifecycle, c.r).changes === 1;
          old = kept ? now : storedBefore(db, before, c.id);
        } else old = history?.codes.get(c.id);
        if (old === now) {
          if (!kept) updateFigures.run(figures, c.id);
          if (sameDay.size === 0) continue;
        } else if (old !== undefined && (old & CLASS_MASK) === (now & CLASS_MASK)) {
          updateFiguresAndR.run(figures, c.r, c.id);
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
            code,
            c.id,
          ];
          if (update.run(values).changes === 0) insert.run(values);
        }
        if (fresh) continue;
        for (let s = 0; s < COMPUTED_SCHEMES.length; s++) {
          const scheme = COMPUTED_SCHEMES[s]!;
          const now = c[scheme];
          const recorded = sameDay.size === 0 ? undefined : sameDay.get(`${c.id}\u0000${scheme}`);
          const was = recorded ? recorded[0] : unpacked(before, c.id, old, s);
          if (was === now) {
            if (recorded) dropChange.run(c.id, scheme, period.to);
            continue;
          }
          changes++;
          if (recorded?.[1] !== now) upsertChange.run(c.id, scheme, period.to, was, now);
        }
      }
      if (fresh)
        for (const scheme of COMPUTED_SCHEMES)
          changes += stmt(
            db,
            `INSERT INTO class_changes (customer_id, scheme, changed_on, old_class, new_class)
             SELECT customer_id, '${scheme}', ?, NULL, ${scheme} FROM customer_segments WHERE computed_at = ?`,
          ).run(period.to, computedAt).changes;
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
        changes: { period, customers: customers.count, classChanges: changes },
      });
    })();
  } finally {
    if (checking) db.pragma('foreign_keys = ON');
  }
  return { computedAt, period, customers: customers.count, changes };
}
