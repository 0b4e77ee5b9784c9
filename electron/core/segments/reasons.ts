/**
 * The figures behind a customer's classes. Stored compactly: the row's columns already hold the purchases, amounts,
 * dates, rank, cumulative share and scores, and the computation's summary the settings, averages and the number
 * ranked; the reasons JSON adds only the previous period's amount, the relationship's age and the rule that gave
 * the value class and the lifecycle stage (`{"prev":…,"rel":…,"value":"growth","life":"steady"}`). `expandReasons`
 * puts them back together for the customer page.
 */
import type { AbcClass, RfmGroup } from '../../../shared/segments/classes';
import type {
  AbcReason,
  FrequencyReason,
  LifecycleReason,
  LifecycleRule,
  RfmReason,
  SegmentReasons,
  ValueReason,
  ValueRule,
} from '../../../shared/segments/types';
import { DEFAULT_SEGMENT_SETTINGS } from '../../../shared/segments/settings';
import { growthPercent, type ClassifiedCustomer, type SegmentSummary } from './classify';
import { dayNumber } from './period';
import { GROUPS } from './rfm';

export function storedReasons(c: ClassifiedCustomer): string {
  return `{"prev":${c.previousAmountCents},"rel":${c.relationshipMonths},"value":"${c.valueRule}","life":"${c.lifecycleRule}"}`;
}

interface Stored {
  readonly prev: number;
  readonly rel: number;
  readonly value: ValueRule;
  readonly life: LifecycleRule;
}

/** A customer_segments row as the customer page reads it. */
export interface SegmentRow {
  readonly period_to: string;
  readonly purchases: number;
  readonly amount_cents: number;
  readonly profit_cents: number;
  readonly first_purchase_on: string | null;
  readonly last_purchase_on: string | null;
  readonly abc: AbcClass;
  readonly abc_rank: number | null;
  readonly abc_cumulative_ppm: number | null;
  readonly r_score: number | null;
  readonly f_score: number | null;
  readonly m_score: number | null;
  readonly rfm: RfmGroup;
  readonly reasons: string;
}

const HIGHS = new Map(Object.entries(GROUPS).map(([key, group]) => [group, [...key].map((c) => c === 'H')]));

export function expandReasons(row: SegmentRow, summary: SegmentSummary | null): SegmentReasons {
  const stored = JSON.parse(row.reasons) as Stored;
  const settings = summary?.settings ?? DEFAULT_SEGMENT_SETTINGS;
  const end = dayNumber(row.period_to);
  const since = (day: string | null) => (day === null ? null : end - dayNumber(day));
  const growth = growthPercent(row.amount_cents, stored.prev);
  const highs = HIGHS.get(row.rfm);
  const abc: AbcReason = {
    basis: settings.abc.basis,
    method: settings.abc.method,
    valueCents: settings.abc.basis === 'amount' ? row.amount_cents : row.profit_cents,
    rank: row.abc_rank,
    of: summary?.ranked ?? 0,
    cumulativePpm: row.abc_cumulative_ppm,
  };
  const rfm: RfmReason = {
    // With purchases in the period, the last purchase up to its end is the last one in it.
    recencyDays: row.purchases > 0 ? since(row.last_purchase_on) : null,
    purchases: row.purchases,
    amountCents: row.amount_cents,
    profitCents: row.profit_cents,
    r: row.r_score,
    f: row.f_score,
    m: row.m_score,
    rHigh: highs?.[0] ?? null,
    fHigh: highs?.[1] ?? null,
    mHigh: highs?.[2] ?? null,
  };
  const frequency: FrequencyReason = { purchases: row.purchases, highMin: settings.frequency.highMin };
  const value: ValueReason = {
    rule: stored.value,
    abc: row.abc,
    rfm: row.rfm,
    growthPercent: growth,
    relationshipMonths: stored.rel,
    purchases: row.purchases,
  };
  const lifecycle: LifecycleReason = {
    rule: stored.life,
    firstPurchaseOn: row.first_purchase_on,
    lastPurchaseOn: row.last_purchase_on,
    daysSinceLastPurchase: since(row.last_purchase_on),
    daysSinceFirstPurchase: since(row.first_purchase_on),
    relationshipMonths: stored.rel,
    amountCents: row.amount_cents,
    previousAmountCents: stored.prev,
    growthPercent: growth,
  };
  return { abc, rfm, frequency, value, lifecycle };
}
