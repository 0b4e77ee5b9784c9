/** Demo purchases, products and risk assessments: deterministic, a long tail, seasons, lapsed buyers, due assessments. */
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { createHandlers } from '../../../electron/core/handlers';
import { seedDemo } from '../../../electron/core/seed/demo';
import { seedPurchases } from '../../../electron/core/seed/purchases';
import { addDays } from '../../../shared/risk/matching';

/** A fixed clock (2026-11-22), so the checks cannot straddle midnight. */
const NOW = Date.UTC(2026, 10, 22);
const TODAY = '2026-11-22';

function seeded(seed: number) {
  const db = openDatabase(':memory:');
  seedDemo(db, { customers: 600, seed, now: NOW });
  return { db, result: seedPurchases(db, { seed, now: NOW }) };
}

/** The purchases by customer name and what they bought, without ids or times. */
const content = (db: Db) =>
  db
    .prepare(
      `SELECT c.name, t.occurred_on, t.matures_on, t.product, t.amount_cents, t.profit_cents, t.channel, t.risk_override
       FROM transactions t JOIN customers c ON c.id = t.customer_id ORDER BY c.rowid, t.rowid`,
    )
    .raw()
    .all();

describe('seedPurchases', () => {
  const { db, result } = seeded(3);

  it('gives the same purchases and assessments for the same seed, and others for another', () => {
    const again = seeded(3).db;
    expect(content(again)).toEqual(content(db));
    const levels = (d: Db) =>
      d.prepare('SELECT level, assessed_on, expires_on FROM risk_assessments ORDER BY rowid').raw().all();
    expect(levels(again)).toEqual(levels(db));
    expect(content(seeded(4).db)).not.toEqual(content(db));
  });

  it('writes a catalogue with ratings R1–R5 and links every purchase to it', () => {
    expect(result.products).toBeGreaterThanOrEqual(9);
    const ratings = db.prepare('SELECT name, risk_rating FROM products').raw().all() as [string, number][];
    expect(new Map(ratings).get('活期存款')).toBe(1);
    expect(new Map(ratings).get('私募股权')).toBe(5);
    expect(new Set(ratings.map(([, r]) => r))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(db.prepare('SELECT count(*) FROM transactions WHERE product_id IS NULL').pluck().get()).toBe(0);
    expect(result.purchases).toBeGreaterThan(1000);
  });

  it('has a long tail: the top 20 % of customers hold most of the amount', () => {
    const sums = (
      db.prepare('SELECT sum(amount_cents) FROM transactions GROUP BY customer_id').pluck().all() as number[]
    ).sort((a, b) => b - a);
    const total = sums.reduce((a, b) => a + b, 0);
    const top = sums.slice(0, Math.ceil(600 * 0.2)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.7);
    // Many customers buy a little: the median buyer spends far less than the mean.
    const median = sums[Math.floor(sums.length / 2)] ?? 0;
    expect(median).toBeLessThan(total / sums.length / 3);
  });

  it('spans two years, busier before the Spring Festival than after it, with profits and maturities', () => {
    const span = db.prepare('SELECT min(occurred_on), max(occurred_on) FROM transactions').raw().get() as string[];
    expect(span[0]! >= addDays(TODAY, -730) && span[0]! < addDays(TODAY, -700)).toBe(true);
    expect(span[1]! <= TODAY).toBe(true);
    const inRange = (a: string, b: string) =>
      db
        .prepare('SELECT count(*) FROM transactions WHERE occurred_on >= ? AND occurred_on < ?')
        .pluck()
        .get(a, b) as number;
    // Spring Festival 2026 is 17 February: the four weeks before it against the four after.
    expect(inRange('2026-01-20', '2026-02-17')).toBeGreaterThan(1.5 * inRange('2026-02-17', '2026-03-17'));
    expect(db.prepare('SELECT count(*) FROM transactions WHERE profit_cents > 0').pluck().get()).toBe(result.purchases);
    expect(
      db.prepare("SELECT count(*) FROM transactions WHERE product = '定期存款' AND matures_on IS NULL").pluck().get(),
    ).toBe(0);
  });

  it('has customers who stopped buying 12–20 months ago', () => {
    const lapsed = db
      .prepare(
        `SELECT count(*) FROM (SELECT max(occurred_on) AS last FROM transactions GROUP BY customer_id)
         WHERE last <= ? AND last >= ?`,
      )
      .pluck()
      .get(addDays(TODAY, -365), addDays(TODAY, -610)) as number;
    expect(lapsed).toBeGreaterThan(20);
  });

  it('assesses most customers, some expired and some expiring within 30 days, as the risk lists show', async () => {
    const assessed = db.prepare('SELECT count(DISTINCT customer_id) FROM risk_assessments').pluck().get() as number;
    expect(assessed).toBeGreaterThan(600 / 2);
    const handlers = createHandlers({ db, dbPath: ':memory:', host: 'web', version: 'test' });
    const expired = await handlers['risk.due']({ list: 'expired', today: TODAY, offset: 0, limit: 10 });
    const expiring = await handlers['risk.due']({ list: 'expiring', today: TODAY, offset: 0, limit: 10 });
    expect(expired.total).toBeGreaterThan(20);
    expect(expiring.total).toBeGreaterThan(10);
    // The few purchases above the level are the ones with a reason; the mismatch list shows exactly them.
    const mismatches = await handlers['risk.mismatches']({ offset: 0, limit: 500 });
    const overridden = db.prepare('SELECT count(*) FROM transactions WHERE risk_override IS NOT NULL').pluck().get();
    expect(mismatches.total).toBe(overridden);
    expect(mismatches.total).toBeGreaterThan(0);
    expect(mismatches.rows.every((m) => m.override !== null)).toBe(true);
    // Each level recorded as a class change of the risk scheme.
    expect(
      db.prepare("SELECT count(DISTINCT customer_id) FROM class_changes WHERE scheme = 'risk'").pluck().get(),
    ).toBe(assessed);
  });
});
