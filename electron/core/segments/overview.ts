/** The numbers of the Segments page: per scheme the counts and shares of each class, the Pareto curve, the R×F grid. */
import { CLASSES, type AbcClass } from '../../../shared/segments/classes';
import type { ClassCount, ComputedScheme, RfmGridCell, SegmentsOverview } from '../../../shared/segments/types';
import { COMPUTED_SCHEMES } from '../../../shared/segments/types';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { ratioReached } from './abc';
import { readSegmentSettings } from './settings';
import { readSummary } from './store';

/** One pass over the live customers' classes: counts, amount and profit per combination of classes. */
const COMBINATIONS = `
  SELECT s.abc, s.rfm, s.frequency, s.value, s.lifecycle, COUNT(*), SUM(s.amount_cents), SUM(s.profit_cents)
  FROM customer_segments s JOIN customers c ON c.id = s.customer_id AND c.deleted_at IS NULL
  GROUP BY s.abc, s.rfm, s.frequency, s.value, s.lifecycle`;

const GRID = `
  SELECT s.r_score, s.f_score, COUNT(*)
  FROM customer_segments s JOIN customers c ON c.id = s.customer_id AND c.deleted_at IS NULL
  WHERE s.r_score IS NOT NULL GROUP BY s.r_score, s.f_score`;

type Combination = [string, string, string, string, string, number, number, number];

export function segmentsOverview(db: Db, current: boolean, scheme?: ComputedScheme): SegmentsOverview {
  const summary = readSummary(db);
  const rows = stmt(db, COMBINATIONS).raw().all() as Combination[];
  const tally = new Map<string, { customers: number; amount: number; profit: number }>();
  let customers = 0;
  let amountCents = 0;
  let profitCents = 0;
  for (const row of rows) {
    const [n, amount, profit] = [row[5], row[6], row[7]];
    customers += n;
    amountCents += amount;
    profitCents += profit;
    COMPUTED_SCHEMES.forEach((s, i) => {
      const key = `${s}:${row[i]}`;
      const t = tally.get(key) ?? { customers: 0, amount: 0, profit: 0 };
      t.customers += n;
      t.amount += amount;
      t.profit += profit;
      tally.set(key, t);
    });
  }
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const classesOf = (s: ComputedScheme): ClassCount[] =>
    CLASSES[s].map((cls) => {
      const t = tally.get(`${s}:${cls}`) ?? { customers: 0, amount: 0, profit: 0 };
      return {
        class: cls,
        customers: t.customers,
        amountCents: t.amount,
        profitCents: t.profit,
        revenueShare: share(t.amount, amountCents),
        profitShare: share(t.profit, profitCents),
      };
    });
  const wanted = (s: ComputedScheme) => scheme === undefined || scheme === s;
  const settings = readSegmentSettings(db);
  const out: { -readonly [K in keyof SegmentsOverview]: SegmentsOverview[K] } = {
    computedAt: summary?.computedAt ?? null,
    period: summary?.period ?? null,
    current,
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
      pareto: summary?.pareto ?? [],
      ratioReached: ratioReached({ A: count('A'), B: count('B'), C: count('C') }),
      ratioGuideline: settings.abc.ratio,
    };
  }
  if (wanted('rfm')) {
    const cells = new Map<string, number>();
    for (const [r, f, n] of stmt(db, GRID).raw().all() as [number, number, number][]) cells.set(`${r}${f}`, n);
    const grid: RfmGridCell[] = [];
    for (let r = 5; r >= 1; r--)
      for (let f = 1; f <= 5; f++) grid.push({ r, f, customers: cells.get(`${r}${f}`) ?? 0 });
    out.rfm = {
      scheme: 'rfm',
      classes: classesOf('rfm'),
      method: settings.rfm.method,
      tieRule: settings.rfm.tieRule,
      groupBasis: settings.rfm.groupBasis,
      grid,
      averages: summary?.averages ?? null,
    };
  }
  for (const s of ['frequency', 'value', 'lifecycle'] as const)
    if (wanted(s)) out[s] = { scheme: s, classes: classesOf(s) };
  return out;
}
