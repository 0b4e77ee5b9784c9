import { describe, expect, it } from 'vitest';
import { barChart, groupedBarChart, lineChart, niceScale, paretoChart } from '../../../electron/core/reports/charts';

const bars = (svg: string) => [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/g)];

describe('report charts', () => {
  it('rounds the axis to readable steps', () => {
    expect(niceScale(1837)).toEqual({ max: 2000, step: 500 });
    expect(niceScale(31_000)).toEqual({ max: 40_000, step: 10_000 });
    expect(niceScale(0)).toEqual({ max: 1, step: 0.2 });
  });

  it('draws one bar per month and year, taller for more, none for an empty month', () => {
    const svg = groupedBarChart(
      ['1月', '2月', '3月'],
      [
        { name: '2024', values: [100, 0, 300] },
        { name: '2025', values: [200, 50, 0] },
      ],
      { title: '按月购买金额' },
    ).toString();
    const heights = bars(svg).map((m) => Number(m[2]));
    expect(heights).toHaveLength(4);
    expect(heights[1]).toBeGreaterThan(heights[0] ?? Infinity); // 300 > 100 (2024)
    expect(svg).toContain('>2024</text>');
    expect(svg).toContain('<title>按月购买金额</title>');
  });

  it('escapes labels and titles', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    for (const svg of [
      barChart([hostile], [1], { title: hostile }),
      lineChart(
        [hostile],
        [
          { name: hostile, values: [1] },
          { name: 'b', values: [2] },
        ],
        { title: 't' },
      ),
      paretoChart([hostile, 'b'], [3, 1], { title: 't' }),
    ]) {
      expect(svg.toString()).not.toContain('<img');
      expect(svg.toString()).toContain('&lt;img');
    }
  });

  it('ends the Pareto line at 100 % of the total', () => {
    const svg = paretoChart(['A', 'B', 'C'], [60, 30, 10], { title: 'ABC' }).toString();
    const points = /<polyline points="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
    const ys = points.map((p) => Number(p.split(',')[1]));
    // SVG y grows downwards: the cumulative share rises, and the last point is the top of the plot (100 %).
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[2]).toBe(16);
  });
});
