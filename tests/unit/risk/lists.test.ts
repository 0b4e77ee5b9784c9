/** The risk lists: mismatched purchases with their reasons, expired assessments, and those expiring within 30 days. */
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { insertPurchaseRow } from '../../../electron/core/purchases/purchases';
import { createStaff } from '../../../electron/core/staff/staff';
import { uuidv7 } from '../../../electron/core/ids';
import { unwrap } from '../../../shared/result';
import { customer, memoryCore } from '../helpers';
import { typed } from './call';

const TODAY = '2026-06-15';

async function branch() {
  const core = memoryCore();
  const { db } = core;
  const dispatch = typed(core.dispatch);
  const liu = createStaff(db, '刘敏');
  const add = (name: string, mobile: string) => createCustomer(db, customer({ name, mobile, ownerId: liu.id }), null);
  const zhang = add('张伟', '138 1234 5678');
  const emily = add('Emily Chen', '139 0013 9000');
  const wang = add('王芳', '137 0013 7000');
  const li = add('李娜', '136 0013 6000');
  const assess = async (customerId: string, level: number, assessedOn: string, expiresOn?: string) =>
    unwrap(await dispatch('risk.assess', { customerId, level, assessedOn, expiresOn }));
  const product = async (name: string, riskRating: number) =>
    unwrap(await dispatch('products.save', { name, riskRating }));
  return { db, dispatch, liu, zhang, emily, wang, li, assess, product };
}

describe('the mismatch list', () => {
  it('lists purchases above the level in effect on their day, with the reason given, newest first', async () => {
    const { db, dispatch, zhang, emily, wang, assess, product } = await branch();
    await product('私募股权', 5);
    await product('债券基金', 2);
    const stock = await product('股票基金', 4);
    await assess(zhang.id, 2, '2025-01-05');
    await assess(emily.id, 4, '2024-03-01'); // expired on 2025-03-01
    await assess(wang.id, 4, '2026-01-05');
    const reason = '客户坚持购买，已签署风险揭示书';
    unwrap(
      await dispatch('purchases.save', {
        customerId: zhang.id,
        occurredOn: '2025-11-02',
        product: '私募股权',
        amountCents: 100_000_000,
        riskOverride: reason,
      }),
    );
    // Suitable: on the level.
    unwrap(
      await dispatch('purchases.save', {
        customerId: zhang.id,
        occurredOn: '2025-11-03',
        product: '债券基金',
        amountCents: 5_000_000,
      }),
    );
    unwrap(
      await dispatch('purchases.save', {
        customerId: wang.id,
        occurredOn: '2026-02-01',
        product: '股票基金',
        amountCents: 20_000_000,
      }),
    );
    // An imported purchase on Emily's expired assessment: written without the check, listed without a reason.
    insertPurchaseRow(
      db,
      uuidv7(),
      {
        customerId: emily.id,
        occurredOn: '2025-12-20',
        maturesOn: null,
        product: 'Stock fund',
        amountCents: 3_000_000,
        profitCents: null,
        channel: null,
        notes: null,
        productId: stock.id,
      },
      null,
      '2025-12-20T00:00:00Z',
    );
    const page = unwrap(await dispatch('risk.mismatches', {}));
    expect(page.total).toBe(2);
    expect(page.rows).toMatchObject([
      { customerName: 'Emily Chen', product: 'Stock fund', rating: 4, level: 4, code: 'risk.expired', override: null },
      {
        customerName: '张伟',
        product: '私募股权',
        rating: 5,
        level: 2,
        code: 'risk.unsuitable',
        override: reason,
        amountCents: 100_000_000,
      },
    ]);
    expect(page.rows[1]?.purchaseId).toBeDefined();
    // A deleted purchase leaves the list.
    unwrap(await dispatch('purchases.delete', { id: page.rows[1]?.purchaseId ?? '' }));
    expect(unwrap(await dispatch('risk.mismatches', {})).total).toBe(1);
  });
});

describe('the assessments due', () => {
  it('lists the newest assessment of each customer that has expired, or expires within 30 days, soonest first', async () => {
    const { dispatch, zhang, emily, wang, li, assess } = await branch();
    await assess(zhang.id, 2, '2025-01-05'); // expired 2026-01-05…
    await assess(zhang.id, 3, '2025-07-01'); // …renewed: expires 2026-07-01, within 30 days
    await assess(emily.id, 4, '2025-06-15'); // expires today: expired
    await assess(wang.id, 1, '2025-07-16'); // expires 2026-07-16, 31 days away: not due
    await assess(li.id, 5, '2025-07-15'); // expires 2026-07-15, 30 days away: due
    const expired = unwrap(await dispatch('risk.due', { list: 'expired', today: TODAY }));
    expect(expired.rows.map((r) => [r.customerName, r.expiresOn])).toEqual([['Emily Chen', '2026-06-15']]);
    const expiring = unwrap(await dispatch('risk.due', { list: 'expiring', today: TODAY }));
    expect(expiring).toMatchObject({
      total: 2,
      rows: [
        { customerName: '张伟', mobile: '13812345678', ownerName: '刘敏', level: 3, expiresOn: '2026-07-01' },
        { customerName: '李娜', mobile: '13600136000', level: 5, expiresOn: '2026-07-15' },
      ],
      customerIds: [zhang.id, li.id],
    });
    const paged = unwrap(await dispatch('risk.due', { list: 'expiring', today: TODAY, offset: 1, limit: 1 }));
    expect(paged).toMatchObject({ total: 2, rows: [{ customerName: '李娜' }], customerIds: [zhang.id, li.id] });
  });
});
