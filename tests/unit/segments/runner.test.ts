/** When classes are recomputed by themselves: a burst of changes computes once, a few seconds after the last. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { openDatabase } from '../../../electron/core/db/open';
import { savePurchase } from '../../../electron/core/purchases/purchases';
import { SegmentRunner } from '../../../electron/core/segments/runner';
import { readSummary } from '../../../electron/core/segments/store';
import { purchaseInput } from '../../../shared/purchases/schemas';
import { localDate } from '../../../shared/rules/calendar';
import { customer } from '../helpers';

afterEach(() => void vi.useRealTimers());

describe('automatic recomputation', () => {
  it('marks the classes stale on a change and recomputes once after a burst of purchase edits', async () => {
    vi.useFakeTimers();
    const db = openDatabase(':memory:');
    const zhang = createCustomer(db, customer({ name: '张伟', mobile: '13812345678' }), null);
    const runner = new SegmentRunner(db, ':memory:', null, true);
    runner.catchUp();
    await vi.advanceTimersByTimeAsync(10);
    expect(readSummary(db)?.period.to).toBe(localDate());
    expect(runner.current()).toBe(true);
    const audits = () =>
      (db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'segments'").get() as { n: number }).n;
    const before = audits();

    for (const amount of [100_000, 200_000, 300_000]) {
      savePurchase(
        db,
        purchaseInput.parse({
          customerId: zhang.id,
          occurredOn: localDate(),
          product: '稳健理财A款',
          amountCents: amount,
        }),
        null,
      );
      runner.changed();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(runner.current()).toBe(false);
    expect(audits()).toBe(before);
    await vi.advanceTimersByTimeAsync(3000);
    expect(audits()).toBe(before + 1);
    expect(runner.current()).toBe(true);
    const row = db.prepare('SELECT purchases, amount_cents AS amount, frequency FROM customer_segments').get();
    expect(row).toEqual({ purchases: 3, amount: 600_000, frequency: 'low' });
    runner.close();
  });

  it('does nothing by itself where it is not automatic (the command line)', async () => {
    vi.useFakeTimers();
    const db = openDatabase(':memory:');
    const runner = new SegmentRunner(db, ':memory:', null, false);
    runner.catchUp();
    runner.changed();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(readSummary(db)).toBeNull();
    expect(runner.current()).toBe(false);
  });
});
