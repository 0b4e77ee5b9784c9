import { describe, expect, it } from 'vitest';
import { customerReportData } from '../../../electron/core/reports/customer-report';
import { call, reportFixture, WANG_PURCHASES } from './fixture';

describe('customer analysis report: the figures', () => {
  it('adds up purchases by month for each year, products, profit and the average order', async () => {
    const { core, wangId } = await reportFixture();
    const d = customerReportData(core.db, wangId);
    expect(d.firstPurchaseOn).toBe('2024-03-15');
    expect(d.lastPurchaseOn).toBe('2025-06-30');
    expect(d.purchases).toBe(WANG_PURCHASES.length);
    expect(d.amountCents).toBe(44_200_050);
    // The gold purchase has no recorded profit: the sum is of the others, not "unknown".
    expect(d.profitCents).toBe(520_000);
    expect(d.averageOrderCents).toBe(8_840_010);
    expect(d.byYear.map((y) => y.year)).toEqual([2024, 2025]);
    expect(d.byYear[0]?.months[2]).toBe(25_000_000); // March 2024: two purchases
    expect(d.byYear[0]?.months[10]).toBe(8_000_000);
    expect(d.byYear[1]?.months[0]).toBe(1_200_050);
    expect(d.byYear[1]?.totalCents).toBe(11_200_050);
    expect(d.products.map((p) => [p.product, p.purchases, p.amountCents, p.profitCents])).toEqual([
      ['大额存单 3 年', 2, 30_000_000, 370_000],
      ['稳盈理财 90 天', 2, 13_000_000, 150_000],
      ['黄金积存', 1, 1_200_050, null],
    ]);
    expect(d.channels).toEqual([
      { channel: '柜台', purchases: 3 },
      { channel: '手机银行', purchases: 2 },
    ]);
  });

  it('dates the relationship from the earliest trace and counts visits, call-backs and complaints', async () => {
    const { core, wangId } = await reportFixture();
    const d = customerReportData(core.db, wangId);
    // Created today, but visited in March 2024 before the first purchase.
    expect(d.firstContactOn).toBe('2024-03-10');
    expect(d.visits).toBe(2);
    expect(d.recentVisits.map((v) => v.summary)).toEqual(['Annual review with her husband', '上门拜访，介绍大额存单']);
    expect(d.callbacks.map((c) => [c.dueOn, c.purpose, c.notes])).toEqual([
      ['2025-07-15', 'after_sale', '确认存单到账'],
    ]);
    expect(d.complaintCount).toBe(1);
    expect(d.complaints[0]).toMatchObject({ receivedOn: '2025-02-08', category: 'waiting_time' });
    expect(d.contacts).toEqual([]);
    expect(d.draft).toBeNull();
  });

  it('fills years without purchases and lists a company’s contacts with their roles', async () => {
    const { core } = await reportFixture();
    const company = await call(core, 'customers.create', {
      customer: { kind: 'company', name: '北京华联贸易有限公司' },
    });
    await call(core, 'contacts.save', {
      customerId: company.id,
      name: 'Zhang Wei',
      role: 'decision_maker',
      mobile: '13912345678',
    });
    for (const day of ['2022-05-01', '2024-05-01'])
      await call(core, 'purchases.save', {
        customerId: company.id,
        occurredOn: day,
        product: '对公结算',
        amountCents: 100,
      });
    const d = customerReportData(core.db, company.id);
    expect(d.byYear.map((y) => [y.year, y.totalCents])).toEqual([
      [2022, 100],
      [2023, 0],
      [2024, 100],
    ]);
    expect(d.contacts.map((c) => [c.name, c.role])).toEqual([['Zhang Wei', 'decision_maker']]);
  });
});
