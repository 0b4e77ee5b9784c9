/** Exports read their rows a page at a time: every row once, in order, with nothing held open between pages. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer } from '../../../electron/core/customers/records';
import { customerPages, iterateCustomers } from '../../../electron/core/customers/list';
import { openDatabase } from '../../../electron/core/db/open';
import { exportData } from '../../../electron/core/export/exports';
import { readTable } from '../../../electron/core/import/table';
import { seedDemo } from '../../../electron/core/seed/demo';
import { customer } from '../helpers';

const ALL = { query: '', kind: null, ownerId: null, region: null, tag: null };

describe('paged export reads', () => {
  it('yields every customer once, in name order, and lets the connection write between pages', () => {
    const db = openDatabase(':memory:');
    for (const name of ['王芳', '李娜', 'Emily Chen', '张伟', '欧阳明华', '赵敏', '陈静', '周杰'])
      createCustomer(db, customer({ name, region: '杭州市' }), null);
    const oneQuery = db
      .prepare('SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY name_pinyin, name, id')
      .all()
      .map((r) => (r as { name: string }).name);
    const pages = customerPages(db, ALL, 3);
    const first = pages.next();
    const seen = first.done ? [] : first.value.map((c) => c.name);
    expect(seen).toEqual(oneQuery.slice(0, 3));
    // A statement left open would make these writes fail ("connection is busy").
    const later = iterateCustomers(db, ALL).next().value;
    expect(later?.name).toBe(oneQuery[0]);
    const gone = db.prepare('SELECT id FROM customers WHERE name = ?').get(oneQuery[5]) as { id: string };
    deleteCustomer(db, gone.id, null);
    createCustomer(db, customer({ name: '阿杰' }), null);
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(3);
      seen.push(...page.map((c) => c.name));
    }
    // Deleted meanwhile: left out. Created meanwhile: not in the export that had already begun.
    expect(seen).toEqual(oneQuery.filter((n) => n !== oneQuery[5]));
  });

  it('exports more customers than a page holds, each once and in order, with custom fields found on any page', async () => {
    const db = openDatabase(':memory:');
    seedDemo(db, { customers: 4500, seed: 11, interactionsPerCustomer: 0 });
    // Last in name order (pinyin zz…), so its field is on the last page only.
    createCustomer(db, customer({ name: '左左', customFields: { 微信号: 'wx_zz01' } }), null);
    const expected = db
      .prepare('SELECT name, mobile FROM customers WHERE deleted_at IS NULL ORDER BY name_pinyin, name, id')
      .all() as { name: string; mobile: string | null }[];
    expect(expected.length).toBe(4501);
    const file = await exportData(db, {
      what: 'customers',
      format: 'csv',
      encoding: 'gbk',
      language: 'zh-CN',
      filter: ALL,
    });
    expect(file.rows).toBe(4501);
    expect(iconv.decode(file.bytes, 'gbk').split('\r\n')[0]).toMatch(/^姓名,/);
    const table = await readTable(file.fileName, file.bytes);
    const rows = [...table.rows];
    const header = rows[0] ?? [];
    const [name, mobile, wechat] = ['姓名', '手机', '微信号'].map((h) => header.indexOf(h));
    expect(wechat).toBeGreaterThan(0);
    const body = rows.slice(1).filter((r) => r.some((c) => c !== ''));
    expect(body.map((r) => [r[name ?? -1], r[mobile ?? -1] || null])).toEqual(expected.map((c) => [c.name, c.mobile]));
    expect(body.at(-1)?.[wechat ?? -1]).toBe('wx_zz01');
  }, 30_000);

  it('exports more transactions than a page holds, by date', async () => {
    const db = openDatabase(':memory:');
    const { id } = createCustomer(db, customer({ name: '张伟', mobile: '13800138000' }), null);
    const insert = db.prepare(
      `INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
    );
    // Inserted in reverse date order, so the file's order comes from the export.
    for (let i = 2499; i >= 0; i--) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      insert.run(`t${i}`, id, day, `理财${i}`, (i + 1) * 100);
    }
    const file = await exportData(db, {
      what: 'transactions',
      format: 'xlsx',
      encoding: 'utf8',
      language: 'zh-CN',
      filter: ALL,
    });
    expect(file.rows).toBe(2500);
    const rows = [...(await readTable(file.fileName, file.bytes)).rows].slice(1);
    expect(rows.length).toBe(2500);
    expect(rows.map((r) => r[4])).toEqual(Array.from({ length: 2500 }, (_, i) => `理财${i}`));
    expect(rows[2499]?.[5]).toBe('2500');
  }, 30_000);
});
