/** ABC analysis against hand-computed fixtures (amounts in yuan × 100 = cents). */
import { describe, expect, it } from 'vitest';
import { classifyAbc, ratioReached } from '../../../electron/core/segments/abc';
import { DEFAULT_SEGMENT_SETTINGS, type SegmentSettings } from '../../../shared/segments/settings';

const yuan = (v: number) => v * 100;
const cumulative: SegmentSettings['abc'] = DEFAULT_SEGMENT_SETTINGS.abc;
const ratio: SegmentSettings['abc'] = { ...cumulative, method: 'ratio' };

function run(bases: Record<string, number>, settings = cumulative) {
  const input = Object.entries(bases).map(([id, v]) => ({ id, basis: yuan(v) }));
  const outcome = classifyAbc(input, settings);
  const classes = Object.fromEntries(input.map((c, i) => [c.id, outcome.results[i]!.abc]));
  return { outcome, classes, result: (id: string) => outcome.results[input.findIndex((c) => c.id === id)]! };
}

describe('ABC by cumulative share (A ≤ 80 %, B ≤ 95 %)', () => {
  it('makes A the top customers up to 80 % of the revenue, B up to 95 %, the tail and non-buyers C', () => {
    // Total ¥100,000: 50 000 | 20 000 | 10 000 (reaches 80 %) | 8 000 | 5 000 | 4 000 (reaches 97 %) | 3 000 | 0
    const { classes, result, outcome } = run({
      张伟: 50_000,
      王芳: 20_000,
      李娜: 10_000,
      'Emily Carter': 8_000,
      刘洋: 5_000,
      陈静: 4_000,
      杨磊: 3_000,
      赵敏: 0,
    });
    expect(classes).toEqual({
      张伟: 'A',
      王芳: 'A',
      李娜: 'A',
      'Emily Carter': 'B',
      刘洋: 'B',
      陈静: 'B',
      杨磊: 'C',
      赵敏: 'C',
    });
    expect(result('李娜')).toEqual({ abc: 'A', rank: 3, cumulativePpm: 800_000 });
    expect(result('陈静')).toEqual({ abc: 'B', rank: 6, cumulativePpm: 970_000 });
    expect(result('赵敏')).toEqual({ abc: 'C', rank: null, cumulativePpm: null });
    expect(outcome.ranked).toBe(7);
    expect(outcome.pareto[0]).toEqual({ customerShare: 0, cumulativeShare: 0 });
    expect(outcome.pareto[100]).toEqual({ customerShare: 1, cumulativeShare: 1 });
    // The top quarter of the 8 customers (2 of them) bring 70 %.
    expect(outcome.pareto[25]!.cumulativeShare).toBeCloseTo(0.7);
  });

  it('gives equal amounts at a cut point the same class and the same rank', () => {
    // 70 | 10 = 10 (the tie straddles 80 %) | 5 = 5 (the tie straddles 95 %)
    const { classes, result } = run({ 张伟: 70, 王芳: 10, 'Li Na': 10, 刘洋: 5, 陈静: 5 });
    expect(classes).toEqual({ 张伟: 'A', 王芳: 'A', 'Li Na': 'A', 刘洋: 'B', 陈静: 'B' });
    expect(result('王芳')).toEqual({ abc: 'A', rank: 2, cumulativePpm: 900_000 });
    expect(result('Li Na').rank).toBe(2);
    expect(result('陈静')).toEqual({ abc: 'B', rank: 4, cumulativePpm: 1_000_000 });
  });

  it('keeps a branch where one customer holds most of the revenue: that customer alone is A', () => {
    expect(run({ 大客户集团: 85_000, 王芳: 10_000, 李娜: 5_000 }).classes).toEqual({
      大客户集团: 'A',
      王芳: 'B',
      李娜: 'C',
    });
    // Exactly 80 %: A is reached with the first customer, the next starts B.
    expect(run({ 大客户集团: 80_000, 王芳: 15_000, 李娜: 5_000 }).classes).toEqual({
      大客户集团: 'A',
      王芳: 'B',
      李娜: 'C',
    });
  });

  it('ranks by gross profit when asked, leaving loss-making customers unranked in C', () => {
    const profit = { ...cumulative, basis: 'profit' as const };
    // Profit: 6 000 | 3 000 | 1 000 | −500: A reaches 80 % with the second (90 %)
    const { classes, result } = run({ 王芳: 3_000, 张伟: 6_000, 李娜: 1_000, 刘洋: -500 }, profit);
    expect(classes).toEqual({ 张伟: 'A', 王芳: 'A', 李娜: 'B', 刘洋: 'C' });
    expect(result('王芳')).toEqual({ abc: 'A', rank: 2, cumulativePpm: 900_000 });
    expect(result('刘洋').rank).toBeNull();
  });
});

describe('ABC by the count guideline A:B:C = 1:2:2', () => {
  it('splits the ranked customers by count and reports the ratio reached', () => {
    const bases = Object.fromEntries(
      [900, 800, 700, 600, 500, 400, 300, 200, 100, 50, 0, 0].map((v, i) => [`客户${i + 1}`, v]),
    );
    const { classes } = run(bases, ratio);
    // 10 ranked: A = 2, B = 4, C = 4 + the 2 without purchases.
    expect(Object.values(classes).join('')).toBe('AABBBBCCCCCC');
    expect(ratioReached({ A: 2, B: 4, C: 6 })).toEqual([1, 2, 3]);
    expect(ratioReached({ A: 0, B: 4, C: 6 })).toBeNull();
  });

  it('keeps a tie at the count cut point together, in the class of its first member', () => {
    // 5 ranked: A = 1, B = 2 (positions 2–3), C = 2; the tie at positions 1–2 is all A.
    const { classes } = run({ 张伟: 500, 王芳: 500, 李娜: 300, 刘洋: 200, 陈静: 100 }, ratio);
    expect(classes).toEqual({ 张伟: 'A', 王芳: 'A', 李娜: 'B', 刘洋: 'C', 陈静: 'C' });
  });
});
