/** Lifecycle stages, customer value and purchase frequency from their rules. */
import { describe, expect, it } from 'vitest';
import { classifyLifecycle, type LifecycleInput } from '../../../electron/core/segments/lifecycle';
import { classifyFrequency, classifyValue } from '../../../electron/core/segments/value';
import { growthPercent } from '../../../electron/core/segments/classify';
import { DEFAULT_SEGMENT_SETTINGS } from '../../../shared/segments/settings';

const { lifecycle, value, frequency } = DEFAULT_SEGMENT_SETTINGS;

const steady: LifecycleInput = {
  daysSinceFirstPurchase: 800,
  daysSinceLastPurchase: 20,
  relationshipMonths: 26,
  amountCents: 1_200_000,
  previousAmountCents: 1_100_000,
  growthPercent: growthPercent(1_200_000, 1_100_000),
};

describe('lifecycle stages (exploration 90 days, formation 12 months, decline after 180 days or −50 %)', () => {
  it('moves a customer through exploration, formation, stable and decline', () => {
    expect(
      classifyLifecycle({ ...steady, daysSinceFirstPurchase: null, daysSinceLastPurchase: null }, lifecycle),
    ).toEqual({ stage: 'exploration', rule: 'no_purchase' });
    expect(classifyLifecycle({ ...steady, daysSinceFirstPurchase: 89, relationshipMonths: 2 }, lifecycle)).toEqual({
      stage: 'exploration',
      rule: 'first_purchase_recent',
    });
    const young = {
      ...steady,
      daysSinceFirstPurchase: 90,
      relationshipMonths: 7,
      previousAmountCents: 0,
      growthPercent: null,
    };
    expect(classifyLifecycle(young, lifecycle)).toEqual({ stage: 'formation', rule: 'growing' });
    expect(classifyLifecycle(steady, lifecycle)).toEqual({ stage: 'stable', rule: 'steady' });
    expect(classifyLifecycle({ ...steady, daysSinceLastPurchase: 181 }, lifecycle)).toEqual({
      stage: 'decline',
      rule: 'inactive',
    });
    // Spend halved against the previous period.
    expect(
      classifyLifecycle(
        { ...steady, amountCents: 550_000, growthPercent: growthPercent(550_000, 1_100_000) },
        lifecycle,
      ),
    ).toEqual({ stage: 'decline', rule: 'spend_fell' });
    // A young relationship whose spend is not growing is stable, not forming.
    expect(classifyLifecycle({ ...young, amountCents: 0, previousAmountCents: 0 }, lifecycle).stage).toBe('stable');
  });

  it('follows changed thresholds', () => {
    expect(classifyLifecycle({ ...steady, daysSinceLastPurchase: 100 }, { ...lifecycle, declineDays: 90 }).stage).toBe(
      'decline',
    );
  });
});

describe('customer value: core = A or 重要价值, potential = growing or young and buying often', () => {
  const base = {
    abc: 'C' as const,
    rfm: 'general_winback' as const,
    growthPercent: null,
    relationshipMonths: 30,
    purchases: 2,
  };
  it('applies the rules in order', () => {
    expect(classifyValue({ ...base, abc: 'A' }, value)).toEqual({ value: 'core', rule: 'core_abc' });
    expect(classifyValue({ ...base, rfm: 'important_value' }, value)).toEqual({ value: 'core', rule: 'core_rfm' });
    expect(classifyValue({ ...base, growthPercent: 20 }, value)).toEqual({ value: 'potential', rule: 'growth' });
    expect(classifyValue({ ...base, growthPercent: 19.9 }, value)).toEqual({ value: 'general', rule: 'rest' });
    expect(classifyValue({ ...base, relationshipMonths: 5, purchases: 3 }, value)).toEqual({
      value: 'potential',
      rule: 'young',
    });
    expect(classifyValue({ ...base, relationshipMonths: 6, purchases: 3 }, value).value).toBe('general');
    expect(classifyValue({ ...base, abc: 'B' }, { ...value, coreAbc: ['A', 'B'] }).value).toBe('core');
  });

  it('measures growth only against a previous period with spend', () => {
    expect(growthPercent(150_000, 100_000)).toBe(50);
    expect(growthPercent(100_000, 0)).toBeNull();
    expect(growthPercent(0, 100_000)).toBe(-100);
  });
});

describe('purchase frequency (high from 6 purchases)', () => {
  it('is high, low or zero', () => {
    expect([6, 5, 1, 0].map((n) => classifyFrequency(n, frequency))).toEqual(['high', 'low', 'low', 'zero']);
  });
});
