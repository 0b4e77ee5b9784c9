/**
 * Every scheme for every customer, from per-customer aggregates of one period: pure, no database, so the core, the
 * worker and the settings preview classify alike.
 */
import type { AbcClass, FrequencyClass, LifecycleStage, RfmGroup, ValueClass } from '../../../shared/segments/classes';
import type { SegmentSettings } from '../../../shared/segments/settings';
import { CLASSES } from '../../../shared/segments/classes';
import { COMPUTED_SCHEMES, type ComputedScheme } from '../../../shared/segments/types';
import type { LifecycleRule, ParetoPoint, RfmAverages, SegmentPeriod, ValueRule } from '../../../shared/segments/types';
import { rankAbc } from './abc';
import { classifyLifecycle } from './lifecycle';
import { dayNumber, monthsBetween } from './period';
import { GROUP_OF_HIGHS, scoreRfm } from './rfm';
import { classifyFrequency, classifyValue } from './value';

/**
 * The live customers' purchases as of the period end, one column per figure (customer i's in position i): 100,000
 * customers' figures held as a few arrays rather than 100,000 objects.
 */
export interface CustomerAggregates {
  readonly count: number;
  readonly ids: readonly string[];
  /** First contact: the day the customer was filed (YYYY-MM-DD). */
  readonly createdOn: readonly string[];
  /** In the period. */
  readonly purchases: Int32Array;
  readonly amountCents: Float64Array;
  readonly profitCents: Float64Array;
  /** Ever, up to the period end. */
  readonly firstPurchaseOn: readonly (string | null)[];
  readonly lastPurchaseOn: readonly (string | null)[];
  readonly previousAmountCents: Float64Array;
}

export interface ClassifiedCustomer {
  readonly id: string;
  readonly purchases: number;
  readonly amountCents: number;
  readonly profitCents: number;
  readonly firstPurchaseOn: string | null;
  readonly lastPurchaseOn: string | null;
  readonly abc: AbcClass;
  readonly abcRank: number | null;
  readonly abcCumulativePpm: number | null;
  readonly r: number | null;
  readonly f: number | null;
  readonly m: number | null;
  readonly rfm: RfmGroup;
  readonly frequency: FrequencyClass;
  readonly value: ValueClass;
  readonly lifecycle: LifecycleStage;
  /** What the reasons need beyond the row's columns (stored as the reasons JSON, see reasons.ts). */
  readonly previousAmountCents: number;
  readonly relationshipMonths: number;
  readonly valueRule: ValueRule;
  readonly lifecycleRule: LifecycleRule;
}

/** What the overview shows beside the counts, computed with the classes. */
export interface SegmentSummary {
  readonly pareto: readonly ParetoPoint[];
  readonly averages: RfmAverages | null;
  readonly ranked: number;
  /** The settings the classes were computed with (the period as computed, when it was given for once). */
  readonly settings: SegmentSettings;
  /** Per `scheme:class`: [customers, amount, profit]; the overview starts from these. */
  readonly tallies: Readonly<Record<string, readonly [number, number, number]>>;
  /** Customers per R×F cell (`"51"`: R 5, F 1). */
  readonly grid: Readonly<Record<string, number>>;
}

/** `scheme:class` keys made once, not once per customer. */
const TALLY_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  COMPUTED_SCHEMES.map((s) => [s, Object.fromEntries(CLASSES[s].map((c) => [c, `${s}:${c}`]))]),
);

/** Adds (sign 1) or takes away (sign −1) one customer's classes in the tallies and the grid. */
export function tally(
  tallies: Record<string, [number, number, number]>,
  grid: Record<string, number>,
  c: Pick<ClassifiedCustomer, ComputedScheme | 'amountCents' | 'profitCents' | 'r' | 'f'>,
  sign: 1 | -1,
): void {
  for (const scheme of COMPUTED_SCHEMES) {
    const key = TALLY_KEYS[scheme]![c[scheme]] ?? `${scheme}:${c[scheme]}`;
    const t = (tallies[key] ??= [0, 0, 0]);
    t[0] += sign;
    t[1] += sign * c.amountCents;
    t[2] += sign * c.profitCents;
  }
  if (c.r !== null && c.f !== null) grid[`${c.r}${c.f}`] = (grid[`${c.r}${c.f}`] ?? 0) + sign;
}

/** Spend growth against the previous period in percent (one decimal); null when the previous period had none. */
export function growthPercent(amount: number, previous: number): number | null {
  return previous > 0 ? Math.round(((amount - previous) / previous) * 1000) / 10 : null;
}

/**
 * Every customer's classes, column by column like the aggregates (which they keep): `classifiedAt` gives one
 * customer's as an object, made when it is used (stored, tallied) and dropped after.
 */
export interface ClassifiedCustomers {
  readonly count: number;
  readonly aggregates: CustomerAggregates;
  readonly abc: readonly AbcClass[];
  readonly abcRank: readonly (number | null)[];
  readonly abcCumulativePpm: readonly (number | null)[];
  /** 0 for no score. */
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  readonly rfm: readonly RfmGroup[];
  readonly frequency: readonly FrequencyClass[];
  readonly value: readonly ValueClass[];
  readonly lifecycle: readonly LifecycleStage[];
  readonly relationshipMonths: Int32Array;
  readonly valueRule: readonly ValueRule[];
  readonly lifecycleRule: readonly LifecycleRule[];
}

export function classifiedAt(all: ClassifiedCustomers, i: number): ClassifiedCustomer {
  const a = all.aggregates;
  const score = (s: number) => (s === 0 ? null : s);
  return {
    id: a.ids[i]!,
    purchases: a.purchases[i]!,
    amountCents: a.amountCents[i]!,
    profitCents: a.profitCents[i]!,
    firstPurchaseOn: a.firstPurchaseOn[i] ?? null,
    lastPurchaseOn: a.lastPurchaseOn[i] ?? null,
    abc: all.abc[i]!,
    abcRank: all.abcRank[i]!,
    abcCumulativePpm: all.abcCumulativePpm[i]!,
    r: score(all.r[i]!),
    f: score(all.f[i]!),
    m: score(all.m[i]!),
    rfm: all.rfm[i]!,
    frequency: all.frequency[i]!,
    value: all.value[i]!,
    lifecycle: all.lifecycle[i]!,
    previousAmountCents: a.previousAmountCents[i]!,
    relationshipMonths: all.relationshipMonths[i]!,
    valueRule: all.valueRule[i]!,
    lifecycleRule: all.lifecycleRule[i]!,
  };
}

export function classifyAll(
  customers: CustomerAggregates,
  settings: SegmentSettings,
  period: SegmentPeriod,
): { customers: ClassifiedCustomers; summary: SegmentSummary } {
  const end = dayNumber(period.to);
  const n = customers.count;
  const abc = rankAbc(
    customers.ids,
    settings.abc.basis === 'amount' ? customers.amountCents : customers.profitCents,
    settings.abc,
  );
  const recency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const last = customers.lastPurchaseOn[i] ?? null;
    // The last purchase in the period is the last one up to its end when that falls in it.
    recency[i] = last !== null && last >= period.from ? end - dayNumber(last) : NaN;
  }
  const rfm = scoreRfm(recency, customers.purchases, customers.amountCents, settings.rfm);
  const rfmGroup = new Array<RfmGroup>(n);
  const frequency = new Array<FrequencyClass>(n);
  const value = new Array<ValueClass>(n);
  const valueRule = new Array<ValueRule>(n);
  const lifecycle = new Array<LifecycleStage>(n);
  const lifecycleRule = new Array<LifecycleRule>(n);
  const relationship = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const purchases = customers.purchases[i]!;
    const amountCents = customers.amountCents[i]!;
    const previousAmountCents = customers.previousAmountCents[i]!;
    const createdOn = customers.createdOn[i]!;
    const firstPurchaseOn = customers.firstPurchaseOn[i] ?? null;
    const lastPurchaseOn = customers.lastPurchaseOn[i] ?? null;
    const group = rfm.r[i] === 0 ? 'none' : GROUP_OF_HIGHS[rfm.highs[i]!]!;
    const firstContact = firstPurchaseOn !== null && firstPurchaseOn < createdOn ? firstPurchaseOn : createdOn;
    const relationshipMonths = Math.max(0, monthsBetween(firstContact, period.to));
    const growth = growthPercent(amountCents, previousAmountCents);
    const v = classifyValue(
      { abc: abc.abc[i]!, rfm: group, growthPercent: growth, relationshipMonths, purchases },
      settings.value,
    );
    const life = classifyLifecycle(
      {
        daysSinceFirstPurchase: firstPurchaseOn === null ? null : end - dayNumber(firstPurchaseOn),
        daysSinceLastPurchase: lastPurchaseOn === null ? null : end - dayNumber(lastPurchaseOn),
        relationshipMonths,
        amountCents,
        previousAmountCents,
        growthPercent: growth,
      },
      settings.lifecycle,
    );
    rfmGroup[i] = group;
    frequency[i] = classifyFrequency(purchases, settings.frequency);
    value[i] = v.value;
    valueRule[i] = v.rule;
    lifecycle[i] = life.stage;
    lifecycleRule[i] = life.rule;
    relationship[i] = relationshipMonths;
  }
  const out: ClassifiedCustomers = {
    count: n,
    aggregates: customers,
    abc: abc.abc,
    abcRank: abc.rank,
    abcCumulativePpm: abc.cumulativePpm,
    r: rfm.r,
    f: rfm.f,
    m: rfm.m,
    rfm: rfmGroup,
    frequency,
    value,
    lifecycle,
    relationshipMonths: relationship,
    valueRule,
    lifecycleRule,
  };
  const tallies: Record<string, [number, number, number]> = {};
  const grid: Record<string, number> = {};
  for (let i = 0; i < n; i++) tally(tallies, grid, classifiedAt(out, i), 1);
  return {
    customers: out,
    summary: { pareto: abc.pareto, averages: rfm.averages, ranked: abc.ranked, settings, tallies, grid },
  };
}
