/**
 * The numbers of the Segments page: per scheme the counts and shares of each class, the Pareto curve, the R×F grid.
 * They are tallied when the classes are computed (a pass over 100,000 rows here would take a second); customers
 * deleted since are taken away, so a count is always the number of live customers a class filter lists.
 */
import { CLASSES, type AbcClass } from '../../../shared/segments/classes';
import { COMPUTED_SCHEMES } from '../../../shared/segments/types';
import type {
  AbcOverview,
  ClassCount,
  ComputedScheme,
  RfmGridCell,
  RfmOverview,
  SegmentsOverview,
} from '../../../shared/segments/types';
import { customerScope } from '../auth/acting';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { ratioReached } from './abc';
import { decodeClassCode } from './class-code';
import { readSegmentSettings } from './settings';
import { readSummary } from './store';
import { tally } from './classify';

/** Customers deleted since the classes were computed still have a row: the overview takes them away. */
const DELETED = `
  SELECT s.abc, s.rfm, s.frequency, s.value, s.lifecycle, s.amount_cents, s.profit_cents, s.r_score, s.f_score
  FROM customers c JOIN customer_segments s ON s.customer_id = c.id
  WHERE c.deleted_at IS NOT NULL`;

interface DeletedRow {
  readonly abc: string;
  readonly rfm: string;
  readonly frequency: string;
  readonly value: string;
  readonly lifecycle: string;
  readonly amount_cents: number;
  readonly profit_cents: number;
  readonly r_score: number | null;
  readonly f_score: number | null;
}

/**
 * A staff member's customers (their own and unassigned ones, live) counted when asked, by their classes and R×F
 * cell: a few hundred groups, added up in SQL rather than a row per customer. Grouped by the one number coding them
 * (class-code.ts): sorting 100k customers by seven text columns was most of the cost.
 */
const SCOPED = `
  SELECT s.class_code AS code, count(*) AS n, sum(s.amount_cents) AS amountCents, sum(s.profit_cents) AS profitCents
  FROM customers c JOIN customer_segments s ON s.customer_id = c.id
  WHERE c.deleted_at IS NULL AND (c.owner_id = ? OR c.owner_id IS NULL)
  GROUP BY 1`;

interface ScopedGroup {
  readonly code: number | null;
  readonly n: number;
  readonly amountCents: number;
  readonly profitCents: number;
}

/** A staff member's tallies and R×F grid, from their customers' groups. */
function scopedTallies(
  db: Db,
  staffId: string,
  tallies: Record<string, [number, number, number]>,
  cells: Record<string, number>,
): void {
  for (const group of stmt(db, SCOPED).all(staffId) as ScopedGroup[]) {
    // No code: a stored class this version does not know (none is written), left out.
    if (group.code === null) continue;
    const g = { ...group, ...decodeClassCode(group.code) };
    for (const s of COMPUTED_SCHEMES) {
      const t = (tallies[`${s}:${g[s]}`] ??= [0, 0, 0]);
      t[0] += g.n;
      t[1] += g.amountCents;
      t[2] += g.profitCents;
    }
    if (g.r !== null && g.f !== null) cells[`${g.r}${g.f}`] = (cells[`${g.r}${g.f}`] ?? 0) + g.n;
  }
}

const classified = (row: DeletedRow): Parameters<typeof tally>[2] =>
  ({
    abc: row.abc,
    rfm: row.rfm,
    frequency: row.frequency,
    value: row.value,
    lifecycle: row.lifecycle,
    amountCents: row.amount_cents,
    profitCents: row.profit_cents,
    r: row.r_score,
    f: row.f_score,
  }) as Parameters<typeof tally>[2];

export function segmentsOverview(db: Db, current: boolean, scheme?: ComputedScheme): SegmentsOverview {
  const summary = readSummary(db);
  const tallies: Record<string, [number, number, number]> = {};
  const cells: Record<string, number> = {};
  const staffId = customerScope();
  if (staffId !== null) {
    // A staff member's figures: their own and unassigned customers' classes, added up now.
    scopedTallies(db, staffId, tallies, cells);
  } else {
    // The counts stored with the computation, less the customers deleted since (found through their index).
    for (const [key, t] of Object.entries(summary?.tallies ?? {})) tallies[key] = [...t];
    Object.assign(cells, summary?.grid);
    for (const row of stmt(db, DELETED).all() as DeletedRow[]) tally(tallies, cells, classified(row), -1);
  }
  let customers = 0;
  let amountCents = 0;
  let profitCents = 0;
  for (const cls of CLASSES.abc) {
    const t = tallies[`abc:${cls}`];
    if (t) [customers, amountCents, profitCents] = [customers + t[0], amountCents + t[1], profitCents + t[2]];
  }
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const classesOf = (s: ComputedScheme): ClassCount[] =>
    CLASSES[s].map((cls) => {
      const [n, amount, profit] = tallies[`${s}:${cls}`] ?? [0, 0, 0];
      return {
        class: cls,
        customers: n,
        amountCents: amount,
        profitCents: profit,
        revenueShare: share(amount, amountCents),
        profitShare: share(profit, profitCents),
      };
    });
  const wanted = (s: ComputedScheme) => scheme === undefined || scheme === s;
  const settings = readSegmentSettings(db);
  const out: { -readonly [K in keyof SegmentsOverview]: SegmentsOverview[K] } = {
    computedAt: summary?.computedAt ?? null,
    period: summary?.period ?? null,
    current,
    scoped: staffId !== null,
    customers,
    amountCents,
    profitCents,
  };
  if (wanted('abc')) {
    const classes = classesOf('abc');
    const count = (c: AbcClass) => classes.find((x) => x.class === c)!.customers;
    out.abc = {
      scheme: 'abc',
      classes,
      basis: settings.abc.basis,
      method: settings.abc.method,
      // The Pareto curve is the branch's, drawn when the classes were computed: not a staff member's figure.
      pareto: staffId === null ? (summary?.pareto ?? []) : [],
      ratioReached: ratioReached({ A: count('A'), B: count('B'), C: count('C') }),
      ratioGuideline: settings.abc.ratio,
    } satisfies AbcOverview;
  }
  if (wanted('rfm')) {
    const grid: RfmGridCell[] = [];
    for (let r = 5; r >= 1; r--) for (let f = 1; f <= 5; f++) grid.push({ r, f, customers: cells[`${r}${f}`] ?? 0 });
    out.rfm = {
      scheme: 'rfm',
      classes: classesOf('rfm'),
      method: settings.rfm.method,
      tieRule: settings.rfm.tieRule,
      groupBasis: settings.rfm.groupBasis,
      grid,
      averages: summary?.averages ?? null,
    } satisfies RfmOverview;
  }
  for (const s of ['frequency', 'value', 'lifecycle'] as const)
    if (wanted(s)) out[s] = { scheme: s, classes: classesOf(s) };
  return out;
}
