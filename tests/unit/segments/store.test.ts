/** Computing through the handlers: stored classes, their history, the migration matrix, the overview and settings. */
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { computeCurrent } from '../../../electron/core/segments/compute';
import { DEFAULT_SEGMENT_SETTINGS } from '../../../shared/segments/settings';
import type { Customer } from '../../../shared/customers/types';
import { customer, memoryCore, type TestCore } from '../helpers';

const yuan = (v: number) => v * 100;

function branch() {
  const core = memoryCore();
  const { db, handlers } = core;
  const add = (name: string, mobile: string | null): Customer => createCustomer(db, customer({ name, mobile }), null);
  const zhang = add('张伟', '13812345678');
  const wang = add('王芳', '13987654321');
  const emily = add('Emily Carter', null);
  const li = add('李娜', '13700001111');
  // Filed long ago: the relationships are old.
  db.prepare("UPDATE customers SET created_at = '2023-05-01T02:00:00.000Z'").run();
  const buy = (c: Customer, occurredOn: string, amount: number, profit: number) =>
    handlers['purchases.save']({
      id: null,
      customerId: c.id,
      occurredOn,
      maturesOn: null,
      product: '稳健理财A款',
      amountCents: yuan(amount),
      profitCents: yuan(profit),
      channel: null,
      notes: null,
    });
  buy(zhang, '2025-11-20', 80_000, 1_600);
  buy(wang, '2025-06-01', 15_000, 300);
  buy(emily, '2025-03-01', 5_000, 100);
  return { ...core, zhang, wang, emily, li, buy };
}

const call = async <T>(core: TestCore, channel: string, input: unknown): Promise<T> => {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as T;
};

const abcChanges = (core: TestCore, on: string) =>
  core.db
    .prepare(
      `SELECT c.name, h.old_class AS old, h.new_class AS new FROM class_changes h JOIN customers c ON c.id = h.customer_id
       WHERE h.scheme = 'abc' AND h.changed_on = ? ORDER BY c.name`,
    )
    .all(on);

describe('computing and storing the classes', () => {
  it('stores every customer’s classes with the figures behind them, and first classes as changes from nothing', async () => {
    const b = branch();
    const result = await call<{ customers: number; changes: number; period: { from: string } }>(b, 'segments.compute', {
      asOf: '2025-12-31',
    });
    expect(result).toMatchObject({ customers: 4, changes: 20, period: { from: '2025-01-01' } });
    const row = b.db
      .prepare('SELECT abc, abc_rank, abc_cumulative_ppm, rfm, frequency FROM customer_segments WHERE customer_id = ?')
      .get(b.zhang.id);
    expect(row).toMatchObject({ abc: 'A', abc_rank: 1, abc_cumulative_ppm: 800_000, frequency: 'low' });
    const zhang = await call<{ reasons: Record<string, unknown> }>(b, 'segments.customer', { customerId: b.zhang.id });
    // "A by collections: ¥80,000 in the period, rank 1 of 3, cumulative 80.0 %"
    expect(zhang.reasons.abc).toEqual({
      basis: 'amount',
      method: 'cumulative',
      valueCents: yuan(80_000),
      rank: 1,
      of: 3,
      cumulativePpm: 800_000,
    });
    // Bought 41 days before the period end, once, ¥80,000; filed in May 2023 (31 months).
    expect(zhang.reasons.rfm).toMatchObject({ recencyDays: 41, purchases: 1, amountCents: yuan(80_000) });
    expect(zhang.reasons.value).toMatchObject({ rule: 'core_abc', relationshipMonths: 31, growthPercent: null });
    expect(zhang.reasons.lifecycle).toMatchObject({
      rule: 'first_purchase_recent',
      daysSinceFirstPurchase: 41,
      previousAmountCents: 0,
    });
    expect(abcChanges(b, '2025-12-31')).toEqual([
      { name: 'Emily Carter', old: null, new: 'C' },
      { name: '张伟', old: null, new: 'A' },
      { name: '李娜', old: null, new: 'C' },
      { name: '王芳', old: null, new: 'B' },
    ]);
    const li = await call<{ classes: unknown; reasons: { rfm: unknown; lifecycle: { rule: string } } }>(
      b,
      'segments.customer',
      { customerId: b.li.id },
    );
    expect(li.classes).toEqual({
      abc: 'C',
      rfm: 'none',
      frequency: 'zero',
      value: 'general',
      lifecycle: 'exploration',
    });
    expect(li.reasons.rfm).toMatchObject({ recencyDays: null, r: null, f: null, m: null });
    expect(li.reasons.lifecycle.rule).toBe('no_purchase');
  });

  it('records only the classes that changed, dated with the period end, and shows the migration across the year end', async () => {
    const b = branch();
    await call(b, 'segments.compute', { asOf: '2025-12-31' });
    b.buy(b.emily, '2026-01-15', 90_000, 2_000);
    await call(b, 'segments.compute', { asOf: '2026-01-31' });
    // 95 000 + 80 000 + 15 000: Emily and 张伟 are A, 王芳 stays B.
    expect(abcChanges(b, '2026-01-31')).toEqual([{ name: 'Emily Carter', old: 'C', new: 'A' }]);
    const migration = await call<Record<string, unknown>>(b, 'segments.migration', {
      scheme: 'abc',
      from: '2025-12',
      to: '2026-01',
    });
    expect(migration).toMatchObject({ fromDate: '2025-12-31', toDate: '2026-01-31', complete: true });
    expect(migration.cells).toEqual([
      { from: 'A', to: 'A', customers: 1 },
      { from: 'B', to: 'B', customers: 1 },
      { from: 'C', to: 'A', customers: 1 },
      { from: 'C', to: 'C', customers: 1 },
    ]);
    expect(migration.stability).toEqual([
      { class: 'A', customers: 1, stayed: 1, share: 1 },
      { class: 'B', customers: 1, stayed: 1, share: 1 },
      { class: 'C', customers: 2, stayed: 1, share: 0.5 },
    ]);
    const emily = await call<{ history: { scheme: string; changedOn: string; direction: string }[] }>(
      b,
      'segments.customer',
      { customerId: b.emily.id },
    );
    expect(emily.history.find((h) => h.scheme === 'abc')).toEqual({
      scheme: 'abc',
      changedOn: '2026-01-31',
      oldClass: 'C',
      newClass: 'A',
      direction: 'up',
    });

    // Recomputing the same day after the purchase is deleted takes the change back.
    const purchase = b.db.prepare("SELECT id FROM transactions WHERE occurred_on = '2026-01-15'").get() as {
      id: string;
    };
    b.handlers['purchases.delete']({ id: purchase.id });
    await call(b, 'segments.compute', { asOf: '2026-01-31' });
    expect(abcChanges(b, '2026-01-31')).toEqual([]);
  });

  it('fills in every missing month end before computing as of today', () => {
    const b = branch();
    computeCurrent(b.db, '2026-03-10', null);
    const days = b.db.prepare('SELECT DISTINCT changed_on AS d FROM class_changes ORDER BY d').all();
    // The first purchase was in March 2025: month ends from then on, and today.
    expect(days.map((r) => (r as { d: string }).d)).toContain('2025-03-31');
    expect(b.db.prepare("SELECT value FROM settings WHERE key = 'segments.lastMonthEnd'").get()).toEqual({
      value: '2026-02-28',
    });
    const audits = b.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'segments'").get() as { n: number };
    // 2025-03-31 … 2026-02-28 (12 month ends) and 2026-03-10.
    expect(audits.n).toBe(13);
  });
});

describe('the overview', () => {
  it('counts live customers per class with their share of revenue, and says when classes are behind', async () => {
    const b = branch();
    await call(b, 'segments.compute', { asOf: '2025-12-31' });
    const overview = await call<{
      current: boolean;
      customers: number;
      abc: { classes: { class: string; customers: number; revenueShare: number }[]; ratioReached: number[] };
    }>(b, 'segments.overview', { scheme: 'abc' });
    expect(overview).toMatchObject({ current: true, customers: 4 });
    expect(overview.abc.classes.map((c) => [c.class, c.customers])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 2],
    ]);
    expect(overview.abc.classes[0]!.revenueShare).toBeCloseTo(0.8);
    expect(overview.abc.ratioReached).toEqual([1, 1, 2]);
    b.buy(b.li, '2026-01-02', 1_000, 20);
    expect((await call<{ current: boolean }>(b, 'segments.overview', {})).current).toBe(false);
    b.handlers['customers.delete']({ id: b.li.id });
    expect((await call<{ customers: number }>(b, 'segments.overview', {})).customers).toBe(3);
  });
});

describe('segment settings', () => {
  it('refuses contradictory thresholds with a specific message and stores nothing', async () => {
    const b = branch();
    const bad = {
      ...DEFAULT_SEGMENT_SETTINGS,
      abc: { ...DEFAULT_SEGMENT_SETTINGS.abc, aMaxPercent: 95, bMaxPercent: 80 },
      rfm: { ...DEFAULT_SEGMENT_SETTINGS.rfm, recencyDays: [30, 20, 180, 270] },
      period: { kind: 'range', from: '2026-02-01', to: '2026-01-01' },
    };
    const reply = await b.dispatch('segments.saveSettings', bad);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'abc.bMaxPercent', code: 'segments.settings.abcOrder' },
        { path: 'rfm.recencyDays', code: 'segments.settings.cutOrder' },
        { path: 'period.to', code: 'segments.settings.periodOrder' },
      ]),
    );
    expect(b.db.prepare("SELECT 1 FROM settings WHERE key = 'segments.settings'").get()).toBeUndefined();
  });

  it('saves and audits valid settings, and previews how many customers a change moves', async () => {
    const b = branch();
    const year2025 = { ...DEFAULT_SEGMENT_SETTINGS, period: { kind: 'range', from: '2025-01-01', to: '2025-12-31' } };
    await call(b, 'segments.saveSettings', year2025);
    const looser = { ...year2025, abc: { ...DEFAULT_SEGMENT_SETTINGS.abc, aMaxPercent: 90 } };
    const preview = await call<{
      moved: number;
      schemes: { scheme: string; current: object; proposed: object; moved: number }[];
    }>(b, 'segments.preview', looser);
    const abc = preview.schemes.find((s) => s.scheme === 'abc')!;
    // 王芳 (80 % before her) becomes A.
    expect(abc).toMatchObject({ current: { A: 1, B: 1, C: 2 }, proposed: { A: 2, B: 0, C: 2 }, moved: 1 });
    expect(preview.moved).toBeGreaterThanOrEqual(1);
    const saved = await call<{ settings: { abc: { aMaxPercent: number } } }>(b, 'segments.saveSettings', looser);
    expect(saved.settings.abc.aMaxPercent).toBe(90);
    expect(b.db.prepare("SELECT action FROM audit_log WHERE entity = 'segmentSettings'").all()).toEqual([
      { action: 'update' },
      { action: 'update' },
    ]);
  });
});
