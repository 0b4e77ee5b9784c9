/** RFM scores and the eight groups against hand-computed fixtures. */
import { describe, expect, it } from 'vitest';
import { classifyRfm, quintiles } from '../../../electron/core/segments/rfm';
import { DEFAULT_SEGMENT_SETTINGS, type SegmentSettings } from '../../../shared/segments/settings';

const rfm: SegmentSettings['rfm'] = DEFAULT_SEGMENT_SETTINGS.rfm;

describe('RFM quintile scores', () => {
  it('spread five different values over 1–5 under either tie rule', () => {
    expect(quintiles([30, 10, 50, 20, 40], 'distinct_values')).toEqual([3, 1, 5, 2, 4]);
    expect(quintiles([30, 10, 50, 20, 40], 'rank')).toEqual([3, 1, 5, 2, 4]);
  });

  it('do not collapse when most customers bought once (ranks on distinct values)', () => {
    // 6 bought once, 2 twice, 1 three times, 1 eight times: distinct values 1, 2, 3, 8.
    const purchases = [1, 1, 1, 1, 1, 1, 2, 2, 3, 8];
    expect(quintiles(purchases, 'distinct_values')).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 4, 5]);
    // By customer rank, the tie of 1s takes position 0 (score 1), the 2s position 6 (score 4).
    expect(quintiles(purchases, 'rank')).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    // Everyone equal is the middle score, not the worst.
    expect(quintiles([4, 4, 4], 'distinct_values')).toEqual([3, 3, 3]);
  });

  it('give customers without a purchase in the period no scores and the group none', () => {
    const { results, averages } = classifyRfm(
      [
        { recencyDays: 5, purchases: 3, amountCents: 300_000 },
        { recencyDays: null, purchases: 0, amountCents: 0 },
        { recencyDays: 200, purchases: 1, amountCents: 50_000 },
      ],
      rfm,
    );
    expect(results[1]).toEqual({ group: 'none', r: null, f: null, m: null, rHigh: null, fHigh: null, mHigh: null });
    expect(results[0]).toMatchObject({ r: 4, f: 4, m: 4, group: 'important_value' });
    expect(results[2]).toMatchObject({ r: 2, f: 2, m: 2, group: 'general_winback' });
    // The averages are of the two who bought.
    expect(averages).toMatchObject({ recencyDays: 102.5, frequency: 2, monetaryCents: 175_000 });
  });

  it('score by fixed cut points, recency by days (fewer is better)', () => {
    const fixed = { ...rfm, method: 'fixed' as const };
    const { results } = classifyRfm(
      [
        // 30 days is still within the first cut (≤ 30 → 5); 11 purchases reach the last (≥ 11 → 5).
        { recencyDays: 30, purchases: 11, amountCents: 10_000_000 },
        { recencyDays: 31, purchases: 10, amountCents: 9_999_999 },
        { recencyDays: 400, purchases: 1, amountCents: 99_999 },
      ],
      fixed,
    );
    expect(results.map((r) => [r.r, r.f, r.m])).toEqual([
      [5, 5, 5],
      [4, 4, 4],
      [1, 1, 1],
    ]);
  });
});

describe('the eight RFM groups', () => {
  it('name every combination of R, F and M high or low against the buyers’ average', () => {
    // Recency 10 or 100 days, 1 or 9 purchases, ¥100 or ¥900: averages 55 days, 5 purchases, ¥500.
    const combos = [
      [10, 9, 900, 'important_value'],
      [10, 1, 900, 'important_development'],
      [100, 9, 900, 'important_retention'],
      [100, 1, 900, 'important_winback'],
      [10, 9, 100, 'general_value'],
      [10, 1, 100, 'general_development'],
      [100, 9, 100, 'general_retention'],
      [100, 1, 100, 'general_winback'],
    ] as const;
    const input = combos.map(([days, n, money]) => ({ recencyDays: days, purchases: n, amountCents: money * 100 }));
    for (const groupBasis of ['value', 'score'] as const) {
      const { results, averages } = classifyRfm(input, { ...rfm, groupBasis });
      expect(results.map((r) => r.group)).toEqual(combos.map((c) => c[3]));
      expect(averages).toMatchObject({ recencyDays: 55, frequency: 5, monetaryCents: 50_000 });
    }
  });
});
