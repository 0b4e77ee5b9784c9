import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteCustomer } from '../../../electron/core/customers/records';
import { exportData } from '../../../electron/core/export/exports';
import { birthdayMonthDays } from '../../../electron/core/customers/segment-filters';
import type { BulkResult, CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import { memoryCore, type TestCore } from '../helpers';
import { addCustomer, assess, classify, purchase } from '../segments/fixtures';

async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { body: reply.error });
  return reply.value as T;
}

/** The names the list shows for the filter, in name order, and its total. */
async function names(core: TestCore, filter: Record<string, unknown>): Promise<string[]> {
  const page = await call<Page<CustomerRow>>(core, 'customers.list', { ...filter, sort: 'name', direction: 'asc' });
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.name);
}

describe('class and purchase filters on the customer list', () => {
  let core: TestCore;
  const ids: Record<string, string> = {};
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-12-20T10:00:00+08:00'));
    core = memoryCore();
    const db = core.db;
    const add = (name: string, extra: Record<string, unknown> = {}) => {
      ids[name] = addCustomer(db, { name, ...extra });
    };
    add('张伟', { mobile: '13812345678', birthDate: '1980-12-28', customFields: { 学历: '本科', 职业: '教师' } });
    add('李娜', { mobile: '13987654321', birthDate: '1992-01-03', customFields: { 学历: '硕士' } });
    add('王芳', { mobile: '15012345678', birthDate: '1988-02-29' });
    add('Emily Chen', { mobile: '13700001111', birthDate: '1990-06-15', customFields: { Degree: 'MBA' } });
    add('赵敏', { mobile: '13600002222' });
    classify(db, ids['张伟']!, {
      abc: 'A',
      rfm: 'important_value',
      value: 'core',
      r: 5,
      f: 5,
      m: 5,
      amountCents: 12_840_000,
    });
    classify(db, ids['李娜']!, {
      abc: 'A',
      rfm: 'important_retention',
      value: 'core',
      r: 2,
      f: 4,
      m: 5,
      amountCents: 6_500_000,
    });
    classify(db, ids['王芳']!, {
      abc: 'B',
      rfm: 'general_value',
      lifecycle: 'decline',
      r: 4,
      f: 3,
      m: 2,
      amountCents: 800_000,
    });
    classify(db, ids['Emily Chen']!, {
      abc: 'C',
      rfm: 'general_winback',
      lifecycle: 'decline',
      r: 1,
      f: 1,
      m: 1,
      amountCents: 15_000,
    });
    classify(db, ids['赵敏']!, { abc: 'C' });
    purchase(db, ids['张伟']!, '2025-11-30', '稳健理财30天', 5_000_000);
    purchase(db, ids['张伟']!, '2025-03-02', '黄金积存', 7_840_000);
    purchase(db, ids['李娜']!, '2025-06-18', '稳健理财30天', 6_500_000);
    purchase(db, ids['王芳']!, '2025-01-09', 'Gold Savings', 800_000);
    purchase(db, ids['Emily Chen']!, '2024-08-01', '黄金积存', 15_000);
    assess(db, ids['张伟']!, 2, '2023-05-01', '2024-05-01');
    assess(db, ids['张伟']!, 4, '2025-05-01', '2026-05-01');
    assess(db, ids['李娜']!, 3, '2024-12-20', '2025-12-20');
    assess(db, ids['王芳']!, 1, '2025-02-01', '2026-02-01');
  });
  afterEach(() => vi.useRealTimers());

  it('filters by class: several of one scheme is any of them, different schemes must all hold', async () => {
    expect(await names(core, { classes: ['abc:A'] })).toEqual(['李娜', '张伟']);
    expect(await names(core, { classes: ['abc:A', 'abc:B'] })).toEqual(['李娜', '王芳', '张伟']);
    expect(await names(core, { classes: ['abc:A', 'abc:B', 'rfm:important_value'] })).toEqual(['张伟']);
    expect(await names(core, { classes: ['lifecycle:decline'] })).toEqual(['Emily Chen', '王芳']);
    expect(await names(core, { classes: ['rfm:none'] })).toEqual(['赵敏']);
  });

  it('refuses an unknown class key with a specific message', async () => {
    await expect(call(core, 'customers.list', { classes: ['abc:D'] })).rejects.toMatchObject({
      body: { code: 'validation', issues: [{ code: 'filter.classInvalid' }] },
    });
  });

  it('filters by RFM score ranges and by spend in the period (cents)', async () => {
    expect(await names(core, { rMin: 4 })).toEqual(['王芳', '张伟']);
    expect(await names(core, { fMin: 3, fMax: 4 })).toEqual(['李娜', '王芳']);
    expect(await names(core, { mMax: 2 })).toEqual(['Emily Chen', '王芳']);
    // ¥8,000 up to ¥65,000 inclusive.
    expect(await names(core, { spendMin: 800_000, spendMax: 6_500_000 })).toEqual(['李娜', '王芳']);
    await expect(call(core, 'customers.list', { rMin: 6 })).rejects.toMatchObject({
      body: { issues: [{ path: 'rMin', code: 'filter.score' }] },
    });
  });

  it('filters by the last purchase date, leaving out customers who never bought', async () => {
    expect(await names(core, { lastPurchaseAfter: '2025-06-18' })).toEqual(['李娜', '张伟']);
    expect(await names(core, { lastPurchaseBefore: '2025-06-17' })).toEqual(['Emily Chen', '王芳']);
    expect(await names(core, { lastPurchaseAfter: '2025-01-01', lastPurchaseBefore: '2025-06-30' })).toEqual([
      '李娜',
      '王芳',
    ]);
  });

  it('filters by a product bought or never bought, by name in any case or by catalogue id', async () => {
    expect(await names(core, { bought: '黄金积存' })).toEqual(['Emily Chen', '张伟']);
    expect(await names(core, { bought: 'gold savings' })).toEqual(['王芳']);
    expect(await names(core, { notBought: '稳健理财30天' })).toEqual(['Emily Chen', '王芳', '赵敏']);
    core.db
      .prepare(
        "INSERT INTO products (id, name, risk_rating, created_at, updated_at) VALUES ('p-1', '安心存', 1, 'x', 'x')",
      )
      .run();
    core.db
      .prepare("UPDATE transactions SET product_id = 'p-1' WHERE customer_id = ? AND product = 'Gold Savings'")
      .run(ids['王芳']);
    expect(await names(core, { bought: 'p-1' })).toEqual(['王芳']);
    expect(await names(core, { bought: '安心存' })).toEqual(['王芳']);
  });

  it('filters by the level of the newest risk assessment, and by expired assessments', async () => {
    // 张伟 was C2 before; his newest assessment says C4.
    expect(await names(core, { risk: ['C2'] })).toEqual([]);
    expect(await names(core, { risk: ['C4'] })).toEqual(['张伟']);
    expect(await names(core, { classes: ['risk:C1', 'risk:C3'] })).toEqual(['李娜', '王芳']);
    // 李娜's assessment ran out today (2025-12-20).
    expect(await names(core, { risk: ['expired'] })).toEqual(['李娜']);
    expect(await names(core, { risk: ['expired'], classes: ['abc:A'] })).toEqual(['李娜']);
  });

  it('finds birthdays within N days across the year end, 29 February falling on the 28th', async () => {
    // From 20 December: 28 December and 3 January are within 14 days, not 29 February.
    expect(await names(core, { birthdayWithin: 14 })).toEqual(['李娜', '张伟']);
    expect(await names(core, { birthdayWithin: 8 })).toEqual(['张伟']);
    expect(await names(core, { birthdayWithin: 0 })).toEqual([]);
    // 2026 has no 29 February: the window that holds its 28 February holds 王芳's birthday.
    expect(birthdayMonthDays('2026-02-27', 1)).toEqual(['02-27', '02-28', '02-29']);
    expect(birthdayMonthDays('2028-02-27', 1)).toEqual(['02-27', '02-28']);
    expect(birthdayMonthDays('2025-12-30', 3)).toEqual(['01-01', '01-02', '12-30', '12-31']);
  });

  it('filters by custom field values (case aside) or by holding a field at all', async () => {
    expect(await names(core, { fields: [{ name: '学历', value: '本科' }] })).toEqual(['张伟']);
    expect(await names(core, { fields: [{ name: '学历' }] })).toEqual(['李娜', '张伟']);
    expect(await names(core, { fields: [{ name: 'Degree', value: 'mba' }] })).toEqual(['Emily Chen']);
    expect(
      await names(core, {
        fields: [
          { name: '学历', value: '本科' },
          { name: '职业', value: '教师' },
        ],
      }),
    ).toEqual(['张伟']);
  });

  it('combines with the text and tag filters, and leaves out deleted customers', async () => {
    expect(await names(core, { classes: ['abc:A'], query: '张' })).toEqual(['张伟']);
    deleteCustomer(core.db, ids['李娜']!, null);
    expect(await names(core, { classes: ['abc:A'] })).toEqual(['张伟']);
    const page = await call<Page<CustomerRow>>(core, 'customers.list', { classes: ['abc:A'], pageSize: 1 });
    expect(page.total).toBe(1);
  });

  it('takes the same customers in a bulk change and an export', async () => {
    const result = await call<BulkResult>(core, 'customers.bulk', {
      target: { filter: { query: '', classes: ['lifecycle:decline'] } },
      action: { kind: 'addTag', tag: '挽回' },
    });
    expect(result.changed).toBe(2);
    expect(await names(core, { tag: '挽回' })).toEqual(['Emily Chen', '王芳']);
    const file = await exportData(core.db, {
      what: 'customers',
      format: 'csv',
      encoding: 'utf8',
      language: 'zh-CN',
      filter: { query: '', classes: ['abc:A'], risk: ['C4'] },
    });
    expect(file.rows).toBe(1);
    expect(file.bytes.toString('utf8')).toContain('13812345678');
  });
});
