import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { UsageError as CallbacksUsageError } from '../../../electron/cli/args';
import { callbacksCommand } from '../../../electron/cli/callbacks';
import { createCustomer, deleteCustomer } from '../../../electron/core/customers/records';
import { createStaff } from '../../../electron/core/staff/staff';
import type { Callback } from '../../../shared/callbacks/types';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { customer } from '../helpers';
import { HOLIDAYS_2025 } from './fixtures';
import { callbacksCore, type CallbacksCore } from './setup';

const TODAY = '2025-06-04'; // a Wednesday
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('the work queue', () => {
  let core: CallbacksCore;
  let li: string;
  let byDue: Record<string, Callback>;
  let zhang: string;
  beforeEach(() => {
    core = callbacksCore();
    li = createStaff(core.db, '李强').id;
    const wang = createCustomer(core.db, customer({ name: '王芳', mobile: '13800138000' }), null).id;
    zhang = createCustomer(core.db, customer({ name: '张伟', mobile: '13900139000' }), null).id;
    const make = (customerId: string, dueOn: string, extra: Record<string, unknown> = {}) =>
      core.call('callbacks.create', { customerId, dueOn, ...extra });
    byDue = {
      overdueOld: make(wang, '2025-06-02', { purpose: 'complaint_follow_up' }),
      overdue: make(zhang, '2025-06-03', { staffId: li }),
      todayNormal: make(wang, TODAY),
      todayHigh: make(zhang, TODAY, { priority: 'high', windowStart: '14:00', windowEnd: '15:00', staffId: li }),
      friday: make(wang, '2025-06-06', { purpose: 'birthday' }),
      nextWeek: make(zhang, '2025-06-09'),
      monthEnd: make(wang, '2025-06-30'),
      july: make(zhang, '2025-07-01'),
    };
  });
  const ids = (rows: readonly Callback[]) => rows.map((r) => Object.entries(byDue).find(([, c]) => c.id === r.id)?.[0]);

  it('shows overdue, today, this week, a month and everything, in call order', () => {
    const view = (v: 'overdue' | 'today' | 'week' | 'month' | 'all', extra: Record<string, unknown> = {}) =>
      core.call('callbacks.queue', { view: v, today: TODAY, ...extra });
    expect(ids(view('overdue').rows)).toEqual(['overdueOld', 'overdue']);
    expect(ids(view('today').rows)).toEqual(['todayHigh', 'todayNormal']);
    expect(view('today')).toMatchObject({ from: TODAY, to: TODAY, total: 2 });
    expect(ids(view('week').rows)).toEqual(['todayHigh', 'todayNormal', 'friday']);
    expect(view('week')).toMatchObject({ from: TODAY, to: '2025-06-08' });
    const month = view('month');
    expect(month.total).toBe(7);
    expect(month.days).toHaveLength(30);
    expect(month.days?.find((d) => d.date === TODAY)).toEqual({ date: TODAY, count: 2, working: true });
    expect(month.days?.find((d) => d.date === '2025-06-07')).toEqual({ date: '2025-06-07', count: 0, working: false });
    expect(view('month', { month: '2025-07' }).total).toBe(1);
    expect(view('all').total).toBe(8);
    expect(view('all', { limit: 3, offset: 3 }).rows).toHaveLength(3);
    const row = view('today').rows[0]!;
    expect(row).toMatchObject({
      customerName: '张伟',
      customerMobile: '13900139000',
      staffName: '李强',
      windowStart: '14:00',
      attempts: 0,
    });
  });

  it('sorts by customer name in pinyin order, staff, priority and purpose, ties in call order', () => {
    const chen = createStaff(core.db, '陈静').id;
    core.call('callbacks.reassign', { ids: [byDue.monthEnd!.id], staffId: chen });
    const sorted = (sort: 'dueOn' | 'customerName' | 'staffName' | 'priority' | 'purpose', direction = 'asc') =>
      ids(core.call('callbacks.queue', { view: 'all', today: TODAY, sort, direction: direction as 'asc' }).rows);
    // 王 (wáng) before 张 (zhāng), though 张 comes first in character order.
    expect(sorted('customerName')).toEqual([
      'overdueOld',
      'todayNormal',
      'friday',
      'monthEnd',
      'overdue',
      'todayHigh',
      'nextWeek',
      'july',
    ]);
    expect(sorted('customerName', 'desc').slice(0, 4)).toEqual(['overdue', 'todayHigh', 'nextWeek', 'july']);
    // The default staff member (no name) first, then 陈静 (chén) before 李强 (lǐ).
    expect(sorted('staffName')).toEqual([
      'overdueOld',
      'todayNormal',
      'friday',
      'nextWeek',
      'july',
      'monthEnd',
      'overdue',
      'todayHigh',
    ]);
    expect(sorted('priority')[0]).toBe('todayHigh');
    expect(sorted('priority', 'desc').at(-1)).toBe('todayHigh');
    expect(sorted('purpose').slice(-2)).toEqual(['overdueOld', 'friday']); // complaint follow-up, then birthday
    expect(sorted('dueOn', 'desc')).toEqual(sorted('dueOn').reverse());
    // Paging keeps the order.
    const page = core.call('callbacks.queue', { view: 'all', today: TODAY, sort: 'customerName', limit: 3, offset: 3 });
    expect(ids(page.rows)).toEqual(['monthEnd', 'overdue', 'todayHigh']);
  });

  it('filters by staff, purpose and campaign, and counts each view', () => {
    expect(ids(core.call('callbacks.queue', { view: 'all', staffId: li }).rows)).toEqual(['overdue', 'todayHigh']);
    expect(ids(core.call('callbacks.queue', { view: 'all', purpose: 'birthday' }).rows)).toEqual(['friday']);
    const counts = core.call('callbacks.counts', { today: TODAY });
    expect(counts).toMatchObject({ date: TODAY, overdue: 2, today: 2, week: 3, month: 7, open: 8 });
    expect(counts.byStaff.map((s) => [s.staffName, s.overdue, s.today])).toEqual([
      ['', 1, 1],
      ['李强', 1, 1],
    ]);
    expect(core.call('callbacks.counts', { today: TODAY, staffId: li })).toMatchObject({
      overdue: 1,
      today: 1,
      week: 1,
      open: 2,
    });
    expect(core.call('callbacks.counts', { today: TODAY, purpose: 'complaint_follow_up' })).toMatchObject({
      overdue: 1,
      open: 1,
    });
  });

  it('leaves closed call-backs and customers in the recycle bin out', () => {
    core.call('callbacks.log', { id: byDue.todayNormal!.id, outcome: 'reached', next: null });
    expect(core.call('callbacks.counts', { today: TODAY }).today).toBe(1);
    expect(core.call('callbacks.queue', { view: 'month', today: TODAY, includeClosed: true }).total).toBe(7);
    deleteCustomer(core.db, zhang, null);
    expect(core.call('callbacks.counts', { today: TODAY })).toMatchObject({ overdue: 1, today: 0, open: 3 });
    expect(ids(core.call('callbacks.queue', { view: 'overdue', today: TODAY }).rows)).toEqual(['overdueOld']);
    expect(
      core.call('callbacks.counts', { today: TODAY }).byStaff.map((x) => [x.staffName, x.overdue, x.today]),
    ).toEqual([['', 1, 0]]);
    const month = core.call('callbacks.queue', { view: 'month', today: TODAY });
    expect(month.total).toBe(3);
    expect(month.days?.filter((d) => d.count > 0).map((d) => d.date)).toEqual([
      '2025-06-02',
      '2025-06-06',
      '2025-06-30',
    ]);
    expect(core.call('callbacks.queue', { view: 'month', today: TODAY, includeClosed: true }).total).toBe(4);
  });

  it('reassigns, postpones and cancels in bulk, skipping what is not open', () => {
    const chen = createStaff(core.db, '陈静').id;
    const closed = byDue.todayNormal!;
    core.call('callbacks.log', { id: closed.id, outcome: 'reached', next: null });
    const unknown = '01900000-0000-7000-8000-000000000000';

    const r = core.call('callbacks.reassign', {
      ids: [byDue.overdue!.id, byDue.friday!.id, closed.id, unknown],
      staffId: chen,
      reason: '李强休假',
    });
    expect(r).toEqual({ updated: 2, skipped: [closed.id, unknown] });
    expect(core.call('callbacks.queue', { view: 'all', staffId: chen }).total).toBe(2);

    core.call('callbacks.holidays.set', { holidays: [{ date: '2025-06-09', kind: 'holiday', name: '测试假日' }] });
    const p = core.call('callbacks.postpone', { ids: [byDue.friday!.id, byDue.overdueOld!.id], days: 3 });
    expect(p.updated).toBe(2);
    const after = core
      .call('callbacks.queue', { view: 'all', staffId: chen })
      .rows.find((x) => x.id === byDue.friday!.id);
    expect(after).toMatchObject({ dueOn: '2025-06-10', plannedOn: '2025-06-10' }); // Fri + 3 = Mon, a holiday → Tue
    core.call('callbacks.postpone', { ids: [byDue.july!.id], to: '2025-07-05' }); // Saturday
    expect(core.call('callbacks.queue', { view: 'month', month: '2025-07' }).rows[0]?.dueOn).toBe('2025-07-07');

    expect(() => core.call('callbacks.cancel', { ids: [byDue.monthEnd!.id], reason: ' ' })).toThrow(ZodError);
    expect(() => core.call('callbacks.postpone', { ids: [byDue.monthEnd!.id] })).toThrow(/callbacks.postponeTarget/);
    const c = core.call('callbacks.cancel', { ids: [byDue.monthEnd!.id, byDue.nextWeek!.id], reason: '客户已销户' });
    expect(c.updated).toBe(2);
    const cancelled = core
      .call('callbacks.queue', { view: 'month', today: TODAY, includeClosed: true })
      .rows.find((x) => x.id === byDue.monthEnd!.id);
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelledReason: '客户已销户' });
    expect(core.call('callbacks.counts', { today: TODAY }).open).toBe(5);
    const audited = core.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'callback' AND action = 'update'")
      .get() as { n: number };
    expect(audited.n).toBe(1 + 2 + 2 + 1 + 2); // the logged call, reassign, postpone ×2, cancel
  });

  it('moves open call-backs off days that become holidays when a calendar is loaded', () => {
    const r = core.call('callbacks.holidays.set', {
      holidays: [{ date: '2025-06-30', kind: 'holiday', name: '分行活动日' }],
    });
    expect(r.moved).toBe(1);
    expect(core.call('callbacks.queue', { view: 'month', month: '2025-07' }).rows.map((x) => x.dueOn)).toEqual([
      '2025-07-01',
      '2025-07-01',
    ]);
    // Loading a year's calendar with replaceYears replaces that year's list; adding a date merges.
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025, replaceYears: true });
    core.call('callbacks.holidays.set', { holidays: [{ date: '2026-01-01', kind: 'holiday', name: '元旦' }] });
    expect(core.call('callbacks.settings.get', {}).holidays).toHaveLength(HOLIDAYS_2025.length + 1); // merged
    const settings = core.call('callbacks.settings.get', {});
    expect(settings.holidays.filter((h) => h.date.startsWith('2025'))).toHaveLength(HOLIDAYS_2025.length);
    expect(settings.holidays.some((h) => h.date === '2025-06-30')).toBe(false);
    expect(settings).toMatchObject({ retryLimit: 3, tagCadences: [] });
    expect(settings.answerCategories).toContain('satisfied');
    expect(
      core
        .call('callbacks.holidays.set', { holidays: [], remove: ['2026-01-01'] })
        .holidays.some((h) => h.date === '2026-01-01'),
    ).toBe(false);
  });

  it('lists what is due on a day on the command line', async () => {
    const json = JSON.parse(await callbacksCommand(['due', '--date', TODAY], core.dispatch, true, en)) as {
      overdue: number;
      today: number;
      rows: Callback[];
    };
    expect(json).toMatchObject({ overdue: 2, today: 2 });
    expect(json.rows.map((r) => r.dueOn)).toEqual(['2025-06-02', '2025-06-03', TODAY, TODAY]);
    const text = await callbacksCommand(['due', '--date', TODAY, '--staff', li], core.dispatch, false, en);
    expect(text.split('\n')[0]).toBe(`${TODAY}: 1 due, 1 overdue.`);
    expect(text).toContain('张伟');
    expect(text).toContain('14:00–15:00');
    expect(await callbacksCommand(['due', '--date', '2025-06-01'], core.dispatch, false, en)).toBe(
      'Nothing is due on 2025-06-01.',
    );
    // On a later day, what was not done is listed as overdue (marked !).
    expect(await callbacksCommand(['due', '--date', '2025-06-07'], core.dispatch, false, en)).toMatch(
      /^2025-06-07: 0 due, 5 overdue\./,
    );
    await expect(callbacksCommand(['due', '--date', '2025-02-30'], core.dispatch, false, en)).rejects.toThrow(
      /--date must be a date/,
    );
    await expect(callbacksCommand(['report'], core.dispatch, false, en)).rejects.toThrow(/Which period/);
    await expect(callbacksCommand(['nonsense'], core.dispatch, false, en)).rejects.toThrow(/Unknown callbacks command/);
    await expect(callbacksCommand(['due', '--staff', 'nobody'], core.dispatch, false, en)).rejects.toThrow(
      '--staff: Invalid record id.',
    );
    await expect(
      callbacksCommand(['report', '--from', '2025-06-30', '--to', '2025-06-01'], core.dispatch, false, en),
    ).rejects.toThrow('--to: The end date is before the start date.');
    await expect(callbacksCommand(['due', '--bogus'], core.dispatch, false, en)).rejects.toBeInstanceOf(
      CallbacksUsageError,
    );
  });
});

describe('campaigns', () => {
  let core: CallbacksCore;
  let staff: string[];
  beforeEach(() => {
    core = callbacksCore();
    staff = [createStaff(core.db, '王丽').id, createStaff(core.db, '李强').id];
    for (let i = 0; i < 50; i += 1)
      createCustomer(
        core.db,
        customer({
          name: `客户${String(i).padStart(2, '0')}`,
          tags: i % 2 === 0 ? ['沉睡客户'] : ['VIP'],
          ownerId: staff[i % 2],
        }),
        null,
      );
  });
  const input = (extra: Record<string, unknown> = {}) => ({
    name: '沉睡客户唤醒',
    fromOn: '2025-09-26',
    toOn: '2025-10-10',
    staffIds: staff,
    perDayCap: 2,
    selection: { tag: '沉睡客户' },
    today: '2025-09-24',
    ...extra,
  });

  it('previews the plan over working days and staff, then creates exactly that', () => {
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    const preview = core.call('campaigns.preview', input());
    // 09-26, 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10: 6 days × 2 staff × 2 = 24 slots for 25 customers.
    expect(preview.days).toEqual(['2025-09-26', '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10']);
    expect(preview).toMatchObject({ capacity: 24, selected: 25, skippedOpen: 0, assigned: 24, overflow: 1 });
    expect(preview.perStaff.map((s) => [s.staffName, s.count, s.minPerDay, s.maxPerDay])).toEqual([
      ['王丽', 12, 2, 2],
      ['李强', 12, 2, 2],
    ]);
    expect(preview.overflowSample).toHaveLength(1);
    const created = core.call('campaigns.create', input());
    expect(created).toMatchObject({ created: 24, overflow: 1 });
    expect(created.campaign).toMatchObject({
      name: '沉睡客户唤醒',
      purpose: 'lapsed_customer',
      total: 24,
      open: 24,
      progress: 0,
    });
    const rows = core.call('callbacks.queue', { view: 'all', campaignId: created.campaign.id, limit: 500 }).rows;
    const key = (x: { customerId: string; staffId: string; dueOn: string }) =>
      `${x.customerId}|${x.staffId}|${x.dueOn}`;
    expect(rows.map(key).sort()).toEqual(preview.sample.map(key).sort());
    expect(rows.every((r) => r.campaignName === '沉睡客户唤醒')).toBe(true);

    // Progress, and a second campaign leaves out customers already planned.
    core.call('callbacks.log', { id: rows[0]!.id, outcome: 'reached', next: null });
    core.call('callbacks.log', { id: rows[1]!.id, outcome: 'not_reached', reason: 'wrong_number' });
    core.call('callbacks.cancel', { ids: [rows[2]!.id], reason: '客户要求不再来电' });
    expect(core.call('campaigns.list', {})[0]).toMatchObject({
      total: 24,
      done: 1,
      unreachable: 1,
      cancelled: 1,
      open: 21,
      progress: 2 / 23,
    });
    // Its report: the cancelled one is counted apart; both ways of reading agree.
    const report = core.call('callbacks.report', { campaignId: created.campaign.id });
    expect(report).toMatchObject({ planned: 23, reached: 1, notReached: 1, pending: 21, cancelled: 1, reachRate: 50 });
    expect(report.notReachedByReason).toEqual([{ reason: 'wrong_number', count: 1, percent: 100 }]);
    const byPeriod = core.call('callbacks.report', { from: '2025-09-01', to: '2025-10-31' });
    expect(byPeriod).toMatchObject({ planned: 23, reached: 1, notReached: 1, pending: 21, cancelled: 1 });
    expect(byPeriod.perStaff.map((x) => x.planned).reduce((a, b) => a + b, 0)).toBe(23);
    expect(byPeriod.attempts).toEqual({ total: 2, reached: 1, notReached: 1 });
    const again = core.call('campaigns.preview', input({ toOn: '2025-10-31' }));
    expect(again).toMatchObject({ selected: 25, skippedOpen: 21, assigned: 4 });
  });

  it('respects existing bookings, leaves past days out and can give customers to their account manager', () => {
    const preview = core.call(
      'campaigns.preview',
      input({ fromOn: '2025-09-01', toOn: '2025-09-30', today: '2025-09-26', perDayCap: 5, preferOwner: true }),
    );
    expect(preview.days).toEqual(['2025-09-26', '2025-09-29', '2025-09-30']);
    // Even-numbered customers (the tag) all belong to 王丽: 15 fit with her, the other 10 go to 李强.
    expect(preview.perStaff.map((s) => s.count)).toEqual([15, 10]);
    const all = core.call(
      'campaigns.create',
      input({ selection: { customerIds: [], query: '客户' }, fromOn: '2025-09-29', toOn: '2025-09-29', perDayCap: 10 }),
    );
    expect(all.created).toBe(20);
    const full = core.call(
      'campaigns.preview',
      input({ selection: { tag: 'VIP' }, fromOn: '2025-09-29', toOn: '2025-09-30', perDayCap: 10, excludeOpen: false }),
    );
    expect(full).toMatchObject({ capacity: 20, assigned: 20, overflow: 5 });
    expect(full.perDay).toEqual([
      { date: '2025-09-29', count: 0 },
      { date: '2025-09-30', count: 20 },
    ]);
  });

  it('refuses a campaign with nothing to schedule and checks its form', () => {
    expect(() => core.call('campaigns.create', input({ selection: { tag: '不存在' } }))).toThrow(/Nothing to schedule/);
    expect(() => core.call('campaigns.preview', input({ selection: {} }))).toThrow(/callbacks.noSelection/);
    expect(() => core.call('campaigns.preview', input({ staffIds: [] }))).toThrow(/campaigns.noStaff/);
    expect(() => core.call('campaigns.preview', input({ fromOn: '2025-10-10', toOn: '2025-10-01' }))).toThrow(
      /callbacks.dateRange/,
    );
    expect(() => core.call('campaigns.preview', input({ toOn: '2026-12-31' }))).toThrow(/callbacks.rangeTooLong/);
    expect(core.call('campaigns.list', {})).toEqual([]);
  });
});
