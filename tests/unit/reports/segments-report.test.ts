/**
 * The segment table for the branch meeting against a hand-computed year. Amounts in 2025 (yuan): 张伟 80,000 (two
 * purchases), 王芳 15,000, Emily Carter 5,000, a customer named like markup 1,000; 李娜 buys 60,000 on 2025-11-15.
 * ABC by collections (cut points 70% / 90%, the largest always A):
 * - at 2025-10-31 (101,000): 张伟 79.2% → A, 王芳 94.1% → A… as computed: A 张伟 王芳, B Emily, C the rest;
 * - at 2025-12-31 (161,000): 张伟 49.7% A, 李娜 87.0% A, 王芳 96.3% B, Emily and the last C.
 * So the migration Oct → Dec: A→A 1 (张伟), A→B 1 (王芳), B→C 1 (Emily), C→A 1 (李娜), C→C 1; A kept 1 of 2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentReportBody } from '../../../electron/core/reports/segments-body';
import { segmentReportData, type SegmentReportData } from '../../../electron/core/reports/segments-data';
import { segmentReportParams } from '../../../shared/reports/kind-params';
import { branch, numbersIn, purchases, sayer, yuan, type Branch } from './branch';

const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the segment table', () => {
  let b: Branch;
  let data: SegmentReportData;
  beforeAll(async () => {
    b = await branch();
    await purchases(b);
    data = segmentReportData(
      b.db,
      segmentReportParams.parse({ classKey: 'abc:A', migrationFrom: '2025-10', migrationTo: '2025-12' }),
      '2026-01-05',
    );
  });

  it('counts the classes with their revenue and shares as the Segments page does', () => {
    expect(data.overview.customers).toBe(5);
    expect(data.overview.amountCents).toBe(yuan(161_000));
    expect(data.overview.abc?.classes.map((c) => [c.class, c.customers, c.amountCents])).toEqual([
      ['A', 2, yuan(140_000)],
      ['B', 1, yuan(15_000)],
      ['C', 2, yuan(6_000)],
    ]);
    expect(data.schemes).toEqual(['abc', 'rfm', 'frequency', 'value', 'lifecycle']);
  });

  it('lists the customers of the chosen class, the largest first, with their figures and account manager', () => {
    expect(data.listing?.total).toBe(2);
    expect(
      data.listing?.customers.map((c) => [c.name, c.amountCents, c.purchases, c.lastPurchaseOn, c.ownerName]),
    ).toEqual([
      ['张伟', yuan(80_000), 2, '2025-08-20', '王丽'],
      ['李娜', yuan(60_000), 1, '2025-11-15', 'Li Lei'],
    ]);
  });

  it('builds the migration matrix between the two month ends', () => {
    expect(data.migration.cells).toEqual([
      { from: 'A', to: 'A', customers: 1 },
      { from: 'A', to: 'B', customers: 1 },
      { from: 'B', to: 'C', customers: 1 },
      { from: 'C', to: 'A', customers: 1 },
      { from: 'C', to: 'C', customers: 1 },
    ]);
    expect(data.migration.stability.find((s) => s.class === 'A')).toMatchObject({ customers: 2, stayed: 1 });
  });

  it('prints it in Chinese with yuan, shares and the matrix row by row', () => {
    const out = textOf(segmentReportBody(data, sayer('zh-CN'), numbersIn('zh-CN')).toString());
    expect(out).toContain('ABC客户分析法：各类客户');
    // A: 2 customers, 40% of them, ¥140,000.00, 87% of revenue, ¥3,100.00 profit, 88.1% of it.
    expect(out).toContain('A 类 2 40% ¥140,000.00 87% ¥3,100.00 88.1%');
    expect(out).toContain('合计 5 100% ¥161,000.00 100% ¥3,520.00 100%');
    expect(out).toContain('ABC客户分析法 A 类客户（共 2 户）');
    expect(out).toContain('1 张伟 ¥80,000.00 ¥1,600.00 2 2025-08-20 王丽');
    expect(out).toContain('类别迁移：ABC客户分析法 行：2025-10-31 的类别；列：2025-12-31 的类别。');
    // Row A of the matrix: 1 stayed in A, 1 went to B, none to C; stayed 50% (1 of 2); row C: 李娜 rose to A.
    expect(out).toContain('A 类 1 1 0 50%（1 / 2）');
    expect(out).toContain('C 类 1 0 1 50%（1 / 2）');
  });

  it('prints it in English and scopes the migration to one scheme when asked', () => {
    const rfm = segmentReportData(b.db, segmentReportParams.parse({ scheme: 'rfm' }), '2026-01-05');
    expect(rfm.schemes).toEqual(['rfm']);
    expect(rfm.migration.scheme).toBe('rfm');
    // Default months: four back to last month.
    expect([rfm.migration.from, rfm.migration.to]).toEqual(['2025-09', '2025-12']);
    expect(rfm.listing).toBeNull();
    const out = textOf(segmentReportBody(data, sayer('en'), numbersIn('en')).toString());
    expect(out).toContain('Customers of ABC analysis A (2 customers)');
    expect(out).toContain('Movement between classes: ABC analysis');
  });

  it('refuses a class that is not one', () => {
    expect(segmentReportParams.safeParse({ classKey: 'abc:D' }).success).toBe(false);
    expect(segmentReportParams.safeParse({ classKey: 'risk:C3' }).success).toBe(false);
    expect(segmentReportParams.safeParse({ migrationFrom: '2025-12', migrationTo: '2025-10' }).success).toBe(false);
  });
});
