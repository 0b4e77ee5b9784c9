/**
 * A recomputation compares each stored row with the new classes as it writes it: what did not change stays exactly
 * as it was (apart from when it was computed), and what changed is written in full, the class filters included.
 */
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { classCode, type CodedClasses } from '../../../electron/core/segments/class-code';
import { DEFAULT_SEGMENT_SETTINGS } from '../../../shared/segments/settings';
import type { Customer, CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import { customer, memoryCore, type TestCore } from '../helpers';

const yuan = (v: number) => v * 100;

const call = async <T>(core: TestCore, channel: string, input: unknown): Promise<T> => {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
};

function branch() {
  const core = memoryCore();
  const { db, handlers } = core;
  const add = (name: string, mobile: string | null): Customer => createCustomer(db, customer({ name, mobile }), null);
  const zhang = add('张伟', '13812345678');
  const wang = add('王芳', '13987654321');
  const emily = add('Emily Carter', null);
  const li = add('李娜', '13700001111');
  db.prepare("UPDATE customers SET created_at = '2023-05-01T02:00:00.000Z'").run();
  const purchases = new Map<string, string>();
  const buy = (c: Customer, occurredOn: string, amount: number, profit: number) => {
    const saved = handlers['purchases.save']({
      id: purchases.get(c.id) ?? null,
      customerId: c.id,
      occurredOn,
      maturesOn: null,
      product: '稳健理财A款',
      productId: null,
      riskOverride: null,
      amountCents: yuan(amount),
      profitCents: yuan(profit),
      channel: null,
      notes: null,
    }) as { id: string };
    purchases.set(c.id, saved.id);
  };
  buy(zhang, '2025-11-20', 80_000, 1_600);
  buy(wang, '2025-06-01', 15_000, 300);
  buy(emily, '2025-03-01', 5_000, 100);
  return { ...core, zhang, wang, emily, li, buy };
}

type Row = Record<string, unknown> & { customer_id: string; computed_at: string };

/** Every stored row by customer name, and the whole history, as a person would compare them. */
function snapshot(b: ReturnType<typeof branch>) {
  const rows = b.db
    .prepare(`SELECT c.name, s.* FROM customer_segments s JOIN customers c ON c.id = s.customer_id ORDER BY c.name`)
    .all() as (Row & { name: string })[];
  const history = b.db
    .prepare(
      `SELECT c.name, h.scheme, h.changed_on, h.old_class, h.new_class FROM class_changes h
       JOIN customers c ON c.id = h.customer_id ORDER BY c.name, h.scheme, h.changed_on`,
    )
    .all();
  const withoutTime = Object.fromEntries(rows.map(({ computed_at: _, ...rest }) => [rest.name, rest]));
  return { rows: withoutTime, computedAt: new Set(rows.map((r) => r.computed_at)), history };
}

describe('recomputing the classes', () => {
  it('leaves every row and the history as they were when nothing changed, and says when it computed them', async () => {
    const b = branch();
    await call(b, 'segments.compute', { asOf: '2025-12-31' });
    const first = snapshot(b);
    const again = await call<{ computedAt: string; customers: number }>(b, 'segments.compute', { asOf: '2025-12-31' });
    const second = snapshot(b);
    expect(again.customers).toBe(4);
    expect(second.rows).toEqual(first.rows);
    expect(second.history).toEqual(first.history);
    // Every row carries the new computation's time.
    expect([...second.computedAt]).toEqual([again.computedAt]);
  });

  it('changes only the row of the customer whose purchase moved, and records only that class change', async () => {
    const b = branch();
    await call(b, 'segments.compute', { asOf: '2025-12-31' });
    await call(b, 'segments.compute', { asOf: '2026-01-31' });
    const before = snapshot(b);
    expect(before.rows['王芳']).toMatchObject({ lifecycle: 'decline', last_purchase_on: '2025-06-01', r_score: 3 });
    // 王芳's purchase was on 15 August, not 1 June: 169 days before the period end instead of 244, no longer inactive
    // (over 180 days); still between 张伟 and Emily, so every score and the other schemes stay as they were.
    b.buy(b.wang, '2025-08-15', 15_000, 300);
    await call(b, 'segments.compute', { asOf: '2026-01-31' });
    const after = snapshot(b);
    const was = before.rows['王芳']!;
    expect(after.rows['王芳']).toEqual({
      ...was,
      lifecycle: 'stable',
      first_purchase_on: '2025-08-15',
      last_purchase_on: '2025-08-15',
      reasons: expect.stringContaining('"life":"steady"'),
      // The classes' code, which a staff member's overview counts by, follows the lifecycle stage.
      class_code: classCode({
        ...(was as unknown as CodedClasses),
        lifecycle: 'stable',
        r: was.r_score as number,
        f: was.f_score as number,
      }),
    });
    for (const name of ['张伟', 'Emily Carter', '李娜']) expect(after.rows[name]).toEqual(before.rows[name]);
    const added = (after.history as { name: string }[]).filter(
      (h) => !before.history.some((o) => JSON.stringify(o) === JSON.stringify(h)),
    );
    expect(added).toEqual([
      { name: '王芳', scheme: 'lifecycle', changed_on: '2026-01-31', old_class: 'decline', new_class: 'stable' },
    ]);
  });

  it('writes a recency score that changed without a class, so the class filter with R finds the customer', async () => {
    const b = branch();
    // Fixed recency cuts (30/90/180/270 days): Emily's purchase 305 days before the year end scores R 1.
    const fixed = { ...DEFAULT_SEGMENT_SETTINGS, rfm: { ...DEFAULT_SEGMENT_SETTINGS.rfm, method: 'fixed' } };
    await call(b, 'segments.saveSettings', fixed);
    await call(b, 'segments.compute', { asOf: '2025-12-31' });
    const cWithR2 = async () =>
      (
        await call<Page<CustomerRow>>(b, 'customers.list', {
          classes: ['abc:C'],
          rMin: 2,
          sort: 'name',
          direction: 'asc',
        })
      ).rows.map((r) => r.name);
    expect(await cWithR2()).toEqual([]);
    const before = snapshot(b);
    // Bought on 15 April instead: 260 days, R 2; still C, general, declining, and below the average R (2.7).
    b.buy(b.emily, '2025-04-15', 5_000, 100);
    await call(b, 'segments.compute', { asOf: '2025-12-31' });
    const after = snapshot(b);
    expect(after.rows['Emily Carter']).toMatchObject({
      abc: 'C',
      rfm: before.rows['Emily Carter']!.rfm,
      value: before.rows['Emily Carter']!.value,
      lifecycle: before.rows['Emily Carter']!.lifecycle,
      r_score: 2,
      last_purchase_on: '2025-04-15',
    });
    expect(await cWithR2()).toEqual(['Emily Carter']);
  });
});
