/** The product catalogue: unique names, soft deletes, imported purchases matched by name and unknown names offered. */
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { listPurchases } from '../../../electron/core/purchases/purchases';
import { unwrap } from '../../../shared/result';
import { customer, memoryCore } from '../helpers';
import { typed } from '../risk/call';

describe('the catalogue', () => {
  it('keeps names unique among live products, trimmed and in any case', async () => {
    const dispatch = typed(memoryCore().dispatch);
    const bond = unwrap(
      await dispatch('products.save', { name: ' Bond Fund ', category: '基金', riskRating: 2, termDays: 365 }),
    );
    expect(bond).toMatchObject({ name: 'Bond Fund', category: '基金', riskRating: 2, termDays: 365, purchases: 0 });
    expect(await dispatch('products.save', { name: 'bond fund', riskRating: 3 })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'name', code: 'products.nameTaken' }] },
    });
    // Renaming itself to another case of its own name is fine.
    expect(unwrap(await dispatch('products.save', { id: bond.id, name: 'BOND FUND', riskRating: 3 }))).toMatchObject({
      name: 'BOND FUND',
      riskRating: 3,
      termDays: null,
    });
    expect(await dispatch('products.save', { name: '股票基金', riskRating: 6 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'riskRating', code: 'products.ratingInvalid' }] },
    });
    expect(await dispatch('products.save', { name: '  ', riskRating: 1 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'name', code: 'products.nameRequired' }] },
    });
  });

  it('deletes softly: purchases keep their product name and rating, and the name is free again', async () => {
    const core = memoryCore();
    const { db } = core;
    const dispatch = typed(core.dispatch);
    const zhang = createCustomer(db, customer({ name: '张伟', mobile: '138 1234 5678' }), null);
    const deposit = unwrap(await dispatch('products.save', { name: '定期存款', category: '存款', riskRating: 1 }));
    unwrap(
      await dispatch('purchases.save', {
        customerId: zhang.id,
        occurredOn: '2026-03-01',
        product: '定期存款',
        amountCents: 10_000_000,
      }),
    );
    expect(unwrap(await dispatch('products.list', {}))).toMatchObject([{ name: '定期存款', purchases: 1 }]);
    unwrap(await dispatch('products.delete', { id: deposit.id }));
    expect(unwrap(await dispatch('products.list', {}))).toEqual([]);
    expect(listPurchases(db, zhang.id)).toMatchObject([{ product: '定期存款', productId: deposit.id, riskRating: 1 }]);
    expect(unwrap(await dispatch('products.save', { name: '定期存款', riskRating: 1 })).id).not.toBe(deposit.id);
    expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'product' ORDER BY rowid").pluck().all()).toEqual([
      'create',
      'delete',
      'create',
    ]);
  });
});

describe('purchases imported from a spreadsheet', () => {
  it('find their product by name, and the names the catalogue lacks are counted and can be added', async () => {
    const core = memoryCore();
    const { db } = core;
    const dispatch = typed(core.dispatch);
    const zhang = createCustomer(db, customer({ name: '张伟', mobile: '138 1234 5678' }), null);
    const emily = createCustomer(db, customer({ name: 'Emily Chen', mobile: '139 0013 9000' }), null);
    const bond = unwrap(await dispatch('products.save', { name: 'Bond Fund', riskRating: 2 }));
    const csv = [
      '姓名,手机,日期,产品,金额',
      '张伟,13812345678,2026-03-01, bond fund ,50000',
      '张伟,13812345678,2026-03-02,黄金积存,8000',
      'Emily Chen,13900139000,2026-03-03,黄金积存,12000',
      'Emily Chen,13900139000,2026-03-04,Travel insurance,1200.50',
      'Emily Chen,13900139000,2026-03-05,Bond Fund A,3000',
    ].join('\n');
    const prepared = await prepareFile(db, 'purchases.csv', Buffer.from(csv), { target: 'transactions' });
    const summary = runImport(db, prepared, { fileName: 'purchases.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 5, rejected: 0 });
    // Exact but for spaces and case: “Bond Fund A” is another product.
    expect(summary.unknownProducts).toEqual([
      { name: '黄金积存', purchases: 2 },
      { name: 'Bond Fund A', purchases: 1 },
      { name: 'Travel insurance', purchases: 1 },
    ]);
    expect(listPurchases(db, zhang.id).find((p) => p.occurredOn === '2026-03-01')).toMatchObject({
      product: 'bond fund',
      productId: bond.id,
      riskRating: 2,
    });
    expect(unwrap(await dispatch('products.unknown', {}))).toEqual(summary.unknownProducts);

    // One click adds a name with a rating: its purchases are linked and it leaves the list.
    const gold = unwrap(await dispatch('products.save', { name: '黄金积存', riskRating: 3 }));
    expect(gold.purchases).toBe(2);
    expect(listPurchases(db, emily.id).find((p) => p.product === '黄金积存')).toMatchObject({ productId: gold.id });
    expect(unwrap(await dispatch('products.unknown', {})).map((u) => u.name)).toEqual([
      'Bond Fund A',
      'Travel insurance',
    ]);
  });
});

describe('the names purchases bear without a product', () => {
  it('are read from an index of the unlinked purchases only, not from every purchase', () => {
    const { db } = memoryCore();
    const plan = (query: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(
      plan(`SELECT product AS name, count(*) AS n FROM transactions WHERE product_id IS NULL AND deleted_at IS NULL
        GROUP BY product`),
    ).toContain('USING INDEX transactions_unlinked_product');
  });
});
