/** A purchase's maturity (end) date: typed in the form, read from an import's column, refused when not a date. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { up as occasionsMigration } from '../../../electron/core/db/migrations/011-occasions';
import { migrate, schemaVersion } from '../../../electron/core/db/open';
import { registerFunctions } from '../../../electron/core/search/functions';
import { createCustomer } from '../../../electron/core/customers/records';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { listPurchases, savePurchase } from '../../../electron/core/purchases/purchases';
import { purchaseInput } from '../../../shared/purchases/schemas';
import { customer, memoryCore } from '../helpers';

describe('the migration that adds maturity dates and the occasions ledger', () => {
  it('keeps existing purchases, without a maturity date, and searches the new indexes', () => {
    const version = MIGRATIONS.findIndex((m) => m.up === occasionsMigration) + 1;
    const db = new Database(':memory:');
    registerFunctions(db);
    migrate(db, version - 1);
    db.exec(`INSERT INTO customers (id, kind, name, birth_date, created_at, updated_at)
      VALUES ('c1', 'person', '张伟', '1985-06-12', 'x', 'x');
      INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, created_at, updated_at)
      VALUES ('t1', 'c1', '2026-05-01', '稳健理财A款', 5000000, 'x', 'x')`);
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT product, matures_on AS maturesOn FROM transactions').all()).toEqual([
      { product: '稳健理财A款', maturesOn: null },
    ]);
    const plan = (query: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(
      plan(`SELECT id FROM customers WHERE substr(birth_date, 6) IN ('06-12')
        AND deleted_at IS NULL AND birth_date IS NOT NULL`),
    ).toContain('USING INDEX customers_live_birthday');
    expect(
      plan(`SELECT id FROM transactions WHERE matures_on >= '2026-06-01' AND matures_on <= '2026-06-08'
        AND deleted_at IS NULL AND matures_on IS NOT NULL`),
    ).toContain('USING INDEX transactions_live_maturity');
  });
});

describe('a purchase’s maturity date', () => {
  it('is optional, kept when given, cleared when emptied, and must be a real date', () => {
    const { db } = memoryCore();
    const zhang = createCustomer(db, customer({ name: '张伟', mobile: '138 0013 8000' }), null);
    const fields = { customerId: zhang.id, occurredOn: '2026-03-01', product: '稳健理财A款', amountCents: 5_000_000 };
    expect(purchaseInput.parse(fields).maturesOn).toBeNull();
    expect(purchaseInput.safeParse({ ...fields, maturesOn: '2026-02-30' }).error?.issues).toMatchObject([
      { path: ['maturesOn'], message: 'date.invalid' },
    ]);

    const saved = savePurchase(db, purchaseInput.parse({ ...fields, maturesOn: '2026-09-01' }), null);
    expect(saved.maturesOn).toBe('2026-09-01');
    savePurchase(db, purchaseInput.parse({ ...fields, id: saved.id, maturesOn: '' }), null);
    expect(listPurchases(db, zhang.id).map((p) => p.maturesOn)).toEqual([null]);
  });

  it.each([
    ['到期日', '2026/9/1'],
    ['结束日期', '2026年9月1日'],
    ['Maturity', '2026-09-01'],
    ['End date', '20260901'],
  ])('is imported from a “%s” column (%s)', async (header, value) => {
    const { db } = memoryCore();
    const emily = createCustomer(db, customer({ name: 'Emily Chen', mobile: '+86 139-0013-9000' }), null);
    const csv = `姓名,手机,日期,产品,金额,${header}\nEmily Chen,13900139000,2026-03-01,Travel insurance,1200.50,${value}\n`;
    const prepared = await prepareFile(db, 'purchases.csv', Buffer.from(csv), { target: 'transactions' });
    expect(prepared.mapping).toContain('maturesOn');
    const summary = runImport(db, prepared, { fileName: 'purchases.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 1, rejected: 0 });
    expect(listPurchases(db, emily.id)).toMatchObject([{ product: 'Travel insurance', maturesOn: '2026-09-01' }]);
  });

  it('that cannot be read rejects the row, naming the column', async () => {
    const { db } = memoryCore();
    createCustomer(db, customer({ name: '李娜', mobile: '139 1234 5678' }), null);
    const csv = '姓名,日期,产品,金额,到期日\n李娜,2026-03-01,三年期存单,100000,明年\n';
    const prepared = await prepareFile(db, 'purchases.csv', Buffer.from(csv), { target: 'transactions' });
    const summary = runImport(db, prepared, { fileName: 'purchases.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 0, rejected: 1 });
    expect(summary.rejectedRows[0]?.issues).toMatchObject([{ column: 4 }]);
  });
});
