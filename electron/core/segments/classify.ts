/**
 * Every scheme for every customer, from per-customer aggregates of one period: pure, no database, so the core, the
 * worker and the settings preview classify alike.
 */
import type { AbcClass, FrequencyClass, LifecycleStage, RfmGroup, ValueClass } from '../../../shared/segments/classes';
import type { SegmentSettings } from '../../../shared/segments/settings';
import { CLASSES } from '../../../shared/segments/classes';
import { COMPUTED_SCHEMES, type ComputedScheme } from '../../../shared/segments/types';
import type { LifecycleRule, ParetoPoint, RfmAverages, SegmentPeriod, ValueRule } from '../../../shared/segments/types';
import { classifyAbc } from './abc';
import { classifyLifecycle } from './lifecycle';
import { dayNumber, monthsBetween } from './period';
import { classifyRfm } from './rfm';
import { classifyFrequency, classifyValue } from './value';

/** One live customer's purchases as of the period end. */
export interface CustomerAggregate {
  readonly id: string;
  /** First contact: the day the customer was filed (YYYY-MM-DD). */
  readonly createdOn: string;
  /** In the period. */
  readonly purchases: number;
  readonly amountCents: number;
  readonly profitCents: number;
  readonly lastInPeriod: string | null;
  /** Ever, up to the period end. */
  readonly firstPurchaseOn: string | null;
  readonly lastPurchaseOn: string | null;
  readonly previousAmountCents: number;
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

export function classifyAll(
  customers: readonly CustomerAggregate[],
  settings: SegmentSettings,
  period: SegmentPeriod,
): { customers: ClassifiedCustomer[]; summary: SegmentSummary } {
  const end = dayNumber(period.to);
  const abc = classifyAbc(
    customers.map((c) => ({ id: c.id, basis: settings.abc.basis === 'amount' ? c.amountCents : c.profitCents })),
    settings.abc,
  );
  const rfm = classifyRfm(
    customers.map((c) => ({
      recencyDays: c.lastInPeriod === null ? null : end - dayNumber(c.lastInPeriod),
      purchases: c.purchases,
      amountCents: c.amountCents,
    })),
    settings.rfm,
  );
  const out = customers.map((c, i): ClassifiedCustomer => {
    const a = abc.results[i]!;
    const g = rfm.results[i]!;
    const firstContact =
      c.firstPurchaseOn !== null && c.firstPurchaseOn < c.createdOn ? c.firstPurchaseOn : c.createdOn;
    const relationshipMonths = Math.max(0, monthsBetween(firstContact, period.to));
    const growth = growthPercent(c.amountCents, c.previousAmountCents);
    const frequency = classifyFrequency(c.purchases, settings.frequency);
    const value = classifyValue(
      { abc: a.abc, rfm: g.group, growthPercent: growth, relationshipMonths, purchases: c.purchases },
      settings.value,
    );
    const life = classifyLifecycle(
      {
        daysSinceFirstPurchase: c.firstPurchaseOn === null ? null : end - dayNumber(c.firstPurchaseOn),
        daysSinceLastPurchase: c.lastPurchaseOn === null ? null : end - dayNumber(c.lastPurchaseOn),
        relationshipMonths,
        amountCents: c.amountCents,
        previousAmountCents: c.previousAmountCents,
        growthPercent: growth,
      },
      settings.lifecycle,
    );
    return {
      id: c.id,
      purchases: c.purchases,
      amountCents: c.amountCents,
      profitCents: c.profitCents,
      firstPurchaseOn: c.firstPurchaseOn,
      lastPurchaseOn: c.lastPurchaseOn,
      abc: a.abc,
      abcRank: a.rank,
      abcCumulativePpm: a.cumulativePpm,
      r: g.r,
      f: g.f,
      m: g.m,
      rfm: g.group,
      frequency,
      value: value.value,
      lifecycle: life.stage,
      previousAmountCents: c.previousAmountCents,
      relationshipMonths,
      valueRule: value.rule,
      lifecycleRule: life.rule,
    };
  });
  const tallies: Record<string, [number, number, number]> = {};
  const grid: Record<string, number> = {};
  for (const c of out) tally(tallies, grid, c, 1);
  return {
    customers: out,
    summary: { pareto: abc.pareto, averages: rfm.averages, ranked: abc.ranked, settings, tallies, grid },
  };
}
