/**
 * Purchase frequency and customer value.
 * Frequency: high at `highMin` purchases in the period or more, low from one, zero without any.
 * Value, first rule that applies: core when in one of the core ABC classes or RFM groups; potential when spend grew
 * by at least `growthPercent` against a previous period with some spend, or when the relationship is younger than
 * `youngMonths` with at least `youngMinPurchases` purchases in the period; general otherwise.
 */
import type { AbcClass, FrequencyClass, RfmGroup, ValueClass } from '../../../shared/segments/classes';
import type { SegmentSettings } from '../../../shared/segments/settings';
import type { ValueRule } from '../../../shared/segments/types';

export function classifyFrequency(purchases: number, settings: SegmentSettings['frequency']): FrequencyClass {
  return purchases >= settings.highMin ? 'high' : purchases >= 1 ? 'low' : 'zero';
}

export interface ValueInput {
  readonly abc: AbcClass;
  readonly rfm: RfmGroup;
  readonly growthPercent: number | null;
  readonly relationshipMonths: number;
  readonly purchases: number;
}

export function classifyValue(
  c: ValueInput,
  settings: SegmentSettings['value'],
): { value: ValueClass; rule: ValueRule } {
  if (settings.coreAbc.includes(c.abc)) return { value: 'core', rule: 'core_abc' };
  if (settings.coreRfm.includes(c.rfm)) return { value: 'core', rule: 'core_rfm' };
  if (c.growthPercent !== null && c.growthPercent >= settings.growthPercent)
    return { value: 'potential', rule: 'growth' };
  if (c.relationshipMonths < settings.youngMonths && c.purchases >= settings.youngMinPurchases)
    return { value: 'potential', rule: 'young' };
  return { value: 'general', rule: 'rest' };
}
