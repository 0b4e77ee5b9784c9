/**
 * The purchases export reads back in: exported from one branch's database, imported into another that holds the
 * same customers (by ID number, mobile or a name only one customer has), the purchases are the same.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import type { Db } from '../../../electron/core/db/open';
import { deletePurchase, listPurchases, savePurchase } from '../../../electron/core/purchases/purchases';
import { exportData } from '../../../electron/core/export/exports';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import type { Language } from '../../../shared/i18n/languages';
import { customerListQuery, type CustomerValues } from '../../../shared/customers/schemas';
import { residentId } from '../../fixtures/spreadsheets';
import { customer, memoryCore } from '../helpers';

const CUSTOMERS: CustomerValues[] = [
  customer({ name: '张伟', mobile: '138 0013 8000', idNumber: residentId('110105', '19491231', '001') }),
  customer({ name: 'Emily Chen', mobile: '+86 139-0013-9000', email: 'emily@example.com' }),
  // Namesakes: told apart by their mobiles.
  customer({ name: '王芳', mobile: '137 0013 7000', employer: '杭州恒达机械有限公司' }),
  customer({ name: '王芳', mobile: '136 0013 6000', employer: '中国建设银行上海分行' }),
  // A company without a mobile: found by its credit code.
  customer({ kind: 'company', name: '上海锦程贸易有限公司', idNumber: '91350100M000100Y43', phone: '021-54321098' }),
  // No mobile, no ID number: found by a name nobody else has.
  customer({ name: '欧阳娜娜', region: '北京市朝阳区' }),
];

type Purchase = Omit<Parameters<typeof savePurchase>[1], 'customerId' | 'id'>;
const buy = (occurredOn: string, product: string, amountCents: number, extra: Partial<Purchase> = {}): Purchase => ({
  occurredOn,
  maturesOn: null,
  product,
  amountCents,
  profitCents: null,
  channel: null,
  notes: null,
  ...extra,
});

/** Purchases per customer (the index in CUSTOMERS): cents, refunds, commas, quotes, line breaks, formula-like text. */
const PURCHASES: Record<number, Purchase[]> = {
  0: [
    buy('2026-03-01', '稳健理财A款', 5_000_000, {
      maturesOn: '2026-09-01',
      profitCents: 30_000,
      channel: '网点',
      notes: '客户经理推荐',
    }),
    buy('2026-04-02', '基金定投', 200_000, { channel: '手机银行' }),
    buy('2026-04-20', '基金定投', -50_000, { notes: '-500 元退款：定投暂停' }),
  ],
  1: [
    buy('2026-05-10', 'Travel insurance, family plan "Gold"', 120_050, { profitCents: 8_000, channel: 'Online' }),
    buy('2026-05-11', '=HYPERLINK("http://example.com")', 1_999, { notes: '第一期\n第二期' }),
  ],
  2: [
    buy('2026-01-15', '存单 三年期', 123_456, { profitCents: 1_234 }),
    // An apostrophe typed before = is the product's own, in .xlsx and .csv alike.
    buy('2026-01-16', "'=不是公式", 100, { notes: "'单引号开头", channel: '@网点' }),
  ],
  3: [buy('2026-01-15', '存单 三年期', 10_000_000, { maturesOn: '2029-01-15', profitCents: 0, channel: '网点' })],
  4: [buy('2025-12-31', '企业网银年费', 60_000, { channel: '对公柜台', notes: '+86 21 5432 1098 财务室' })],
  5: [buy('2026-02-28', '黄金积存', 48_800)],
};

function branch(withPurchases: boolean): { db: Db; ids: string[] } {
  const { db } = memoryCore();
  const ids = CUSTOMERS.map((c) => createCustomer(db, c, null).id);
  if (withPurchases) {
    for (const [index, list] of Object.entries(PURCHASES))
      for (const p of list) savePurchase(db, { ...p, customerId: ids[Number(index)] ?? '' }, null);
    // A deleted purchase is not exported.
    const gone = savePurchase(db, { ...buy('2026-05-12', '已撤销的保单', 100), customerId: ids[1] ?? '' }, null);
    deletePurchase(db, gone.id, null);
  }
  return { db, ids };
}

/** Each customer's purchases, by the customer's name and mobile, without ids and times. */
function purchases(db: Db): Record<string, Purchase[]> {
  const out: Record<string, Purchase[]> = {};
  for (const c of listCustomers(db, customerListQuery.parse({ pageSize: 100 })).rows)
    out[`${c.name} ${c.mobile ?? ''}`] = listPurchases(db, c.id)
      .map(({ occurredOn, maturesOn, product, amountCents, profitCents, channel, notes }) => ({
        occurredOn,
        maturesOn,
        product,
        amountCents,
        profitCents,
        channel,
        notes,
      }))
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.amountCents - b.amountCents);
  return out;
}

describe('purchases exported and imported into another database with the same customers', () => {
  it.each([
    ['xlsx', 'utf8', 'zh-CN'],
    ['xlsx', 'utf8', 'en'],
    ['csv', 'gbk', 'zh-CN'],
    ['csv', 'utf8', 'en'],
  ] as const)('as %s (%s, %s): every purchase comes back on the right customer', async (format, encoding, language) => {
    const source = branch(true);
    const file = await exportData(source.db, {
      what: 'transactions',
      format,
      encoding,
      language: language as Language,
      filter: { query: '', kind: null, ownerId: null, region: null, tag: null },
    });
    expect(file.rows).toBe(10);
    if (encoding === 'gbk') expect(iconv.decode(file.bytes, 'gbk')).toContain('稳健理财A款');

    const target = branch(false);
    const prepared = await prepareFile(target.db, file.fileName, file.bytes, { target: 'transactions' });
    expect(prepared.mapping).toEqual([
      'name',
      'mobile',
      'idNumber',
      'date',
      'product',
      'amount',
      'profit',
      'channel',
      'notes',
      'maturesOn',
    ]);
    const summary = runImport(target.db, prepared, { fileName: file.fileName, policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 10, rejected: 0 });
    expect(summary.rejectedRows).toEqual([]);
    const expected = purchases(source.db);
    expect(Object.values(expected).every((list) => list.length > 0)).toBe(true);
    expect(purchases(target.db)).toEqual(expected);
  });
});
