/**
 * RFM over the customers who bought in the period: recency (days from the last purchase to the period end), frequency
 * (purchases) and monetary (amount, cents). Customers with no purchase get group `none` and no scores, never 1.
 *
 * Quintile scores (1 = worst, 5 = best; for recency fewer days is better). Equal values always share a score:
 * - `distinct_values`: the distinct values are ranked and each takes the fifth its middle falls in
 *   (score = ⌊(j + ½) · 5 / k⌋ + 1 for the j-th of k distinct values), so when most customers bought once, "once"
 *   is one score and two, three, … purchases still spread over the others; one distinct value scores 3.
 * - `rank`: customers are ranked, a tie taking its first (lowest) position p of n: score = ⌊p · 5 / n⌋ + 1.
 * Fixed scores count the cut points passed (see shared/segments/settings.ts).
 *
 * The eight groups: R, F and M each high when at or above the average of the buyers (recency: at or below the
 * average days), comparing scores (`score`) or the figures themselves (`value`).
 */
import type { RfmGroup } from '../../../shared/segments/classes';
import type { SegmentSettings } from '../../../shared/segments/settings';
import type { RfmAverages } from '../../../shared/segments/types';

export interface RfmInput {
  /** Null when the customer bought nothing in the period. */
  readonly recencyDays: number | null;
  readonly purchases: number;
  readonly amountCents: number;
}

interface RfmResult {
  readonly group: RfmGroup;
  readonly r: number | null;
  readonly f: number | null;
  readonly m: number | null;
  readonly rHigh: boolean | null;
  readonly fHigh: boolean | null;
  readonly mHigh: boolean | null;
}

export interface RfmOutcome {
  readonly results: readonly RfmResult[];
  readonly averages: RfmAverages | null;
}

const NONE: RfmResult = { group: 'none', r: null, f: null, m: null, rHigh: null, fHigh: null, mHigh: null };

/** R, F and M high (H) or low (L) → the group. */
export const GROUPS: Readonly<Record<string, RfmGroup>> = {
  HHH: 'important_value',
  HLH: 'important_development',
  LHH: 'important_retention',
  LLH: 'important_winback',
  HHL: 'general_value',
  HLL: 'general_development',
  LHL: 'general_retention',
  LLL: 'general_winback',
};

/** Index of the first element of `sorted` (ascending) not below `v`. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quintile scores of `values` (higher is better), in their order. Each value's place is found by binary search in
 * the sorted values (or the sorted distinct values): no map from 100,000 amounts to their scores.
 */
export function quintiles(values: ArrayLike<number>, tieRule: SegmentSettings['rfm']['tieRule']): number[] {
  const sorted = Float64Array.from(values).sort();
  const scores = new Array<number>(values.length);
  if (tieRule === 'distinct_values') {
    let k = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i]!;
    const distinct = sorted.subarray(0, k);
    for (let i = 0; i < values.length; i++)
      scores[i] = Math.floor(((lowerBound(distinct, values[i]!) + 0.5) * 5) / k) + 1;
    return scores;
  }
  const n = sorted.length;
  for (let i = 0; i < values.length; i++) scores[i] = Math.floor((lowerBound(sorted, values[i]!) * 5) / n) + 1;
  return scores;
}

/** 1 + the number of cut points at or below the value (higher is better). */
function fixedUp(value: number, cuts: readonly number[]): number {
  let score = 1;
  for (const c of cuts) if (value >= c) score++;
  return score;
}

/** Recency: 5 at or under the first cut point, 1 over the last. */
function fixedDays(days: number, cuts: readonly number[]): number {
  let score = 5;
  for (const c of cuts) if (days > c) score--;
  return score;
}

const mean = (values: ArrayLike<number>): number => {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
};

/** The scores of customers given by column (0: no score) and which of R, F and M are high (bits 4, 2 and 1). */
export interface RfmColumns {
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  /** Customers with scores have a group: GROUP_OF_HIGHS[highs]. */
  readonly highs: Uint8Array;
  readonly averages: RfmAverages | null;
}

/** R, F and M high by bit (4, 2, 1) → the group. */
export const GROUP_OF_HIGHS: readonly RfmGroup[] = Array.from(
  { length: 8 },
  (_, h) => GROUPS[(h & 4 ? 'H' : 'L') + (h & 2 ? 'H' : 'L') + (h & 1 ? 'H' : 'L')]!,
);

export function classifyRfm(customers: readonly RfmInput[], settings: SegmentSettings['rfm']): RfmOutcome {
  const columns = scoreRfm(
    Float64Array.from(customers, (c) => c.recencyDays ?? NaN),
    Float64Array.from(customers, (c) => c.purchases),
    Float64Array.from(customers, (c) => c.amountCents),
    settings,
  );
  const results = customers.map((_, i): RfmResult => {
    if (columns.r[i] === 0) return NONE;
    const h = columns.highs[i]!;
    return {
      group: GROUP_OF_HIGHS[h]!,
      r: columns.r[i]!,
      f: columns.f[i]!,
      m: columns.m[i]!,
      rHigh: (h & 4) !== 0,
      fHigh: (h & 2) !== 0,
      mHigh: (h & 1) !== 0,
    };
  });
  return { results, averages: columns.averages };
}

/**
 * classifyRfm over columns (recency NaN when the customer bought nothing in the period): no object per customer (a
 * computation scores 100,000).
 */
export function scoreRfm(
  recencyDays: Float64Array,
  purchases: ArrayLike<number>,
  amountCents: ArrayLike<number>,
  settings: SegmentSettings['rfm'],
): RfmColumns {
  const count = recencyDays.length;
  const out = {
    r: new Uint8Array(count),
    f: new Uint8Array(count),
    m: new Uint8Array(count),
    highs: new Uint8Array(count),
  };
  const buyers: number[] = [];
  for (let i = 0; i < count; i++) if (purchases[i]! > 0 && !Number.isNaN(recencyDays[i]!)) buyers.push(i);
  if (buyers.length === 0) return { ...out, averages: null };
  const days = Float64Array.from(buyers, (i) => recencyDays[i]!);
  const counts = Float64Array.from(buyers, (i) => purchases[i]!);
  const money = Float64Array.from(buyers, (i) => amountCents[i]!);
  let r: ArrayLike<number>, f: ArrayLike<number>, m: ArrayLike<number>;
  if (settings.method === 'quintile') {
    r = quintiles(
      days.map((d) => -d),
      settings.tieRule,
    );
    f = quintiles(counts, settings.tieRule);
    m = quintiles(money, settings.tieRule);
  } else {
    r = days.map((d) => fixedDays(d, settings.recencyDays));
    f = counts.map((v) => fixedUp(v, settings.frequency));
    m = money.map((v) => fixedUp(v, settings.monetaryCents));
  }
  const averages: RfmAverages = {
    recencyDays: mean(days),
    frequency: mean(counts),
    monetaryCents: mean(money),
    rScore: mean(r),
    fScore: mean(f),
    mScore: mean(m),
  };
  const byScore = settings.groupBasis === 'score';
  buyers.forEach((i, k) => {
    const rHigh = byScore ? r[k]! >= averages.rScore : days[k]! <= averages.recencyDays;
    const fHigh = byScore ? f[k]! >= averages.fScore : counts[k]! >= averages.frequency;
    const mHigh = byScore ? m[k]! >= averages.mScore : money[k]! >= averages.monetaryCents;
    out.r[i] = r[k]!;
    out.f[i] = f[k]!;
    out.m[i] = m[k]!;
    out.highs[i] = (rHigh ? 4 : 0) | (fHigh ? 2 : 0) | (mHigh ? 1 : 0);
  });
  return { ...out, averages };
}
