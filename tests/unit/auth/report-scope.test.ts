import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { call } from './auth-helpers';
import { OTHERS_NAMES, scopedBranch } from './scope-branch';

// Each password is hashed with scrypt (N = 2^15): slow on purpose, slower on a busy machine (the timeouts).
let core: Core | undefined;
afterEach(() => core?.close());

const branch = async () => {
  const b = await scopedBranch();
  core = b.core;
  return b;
};

describe('reports and statistics for staff', { timeout: 60_000 }, () => {
  it('counts the call-back report over their own and unassigned customers, and says so', async () => {
    const b = await branch();
    const mine = await call(b.core, 'callbacks.report', {}, b.asWang);
    const all = await call(b.core, 'callbacks.report', {}, b.asManager);
    // 张伟's and 刘洋's two call-backs each (one reached, one planned for 2030): not 陈磊's customers'.
    expect([mine.planned, mine.reached, mine.scoped]).toEqual([4, 2, true]);
    expect([all.planned, all.reached, all.scoped]).toEqual([8, 4, false]);
    expect(mine.perStaff.map((s) => s.staffName)).toEqual(['王芳']);
  });

  it('counts complaints over their own customers and names no other’s repeat complainer', async () => {
    const b = await branch();
    const mine = await call(b.core, 'complaints.report', { from: '2026-11-01', to: '2026-11-30' }, b.asWang);
    expect([mine.total, mine.customers, mine.scoped]).toEqual([2, 2, true]);
    expect(mine.repeatComplainers.map((r) => r.customerName)).toEqual(['张伟']);
    expect(mine.byOwner.map((o) => o.staffName)).toEqual(['王芳']);
    // The scores of the month: 张伟's and 刘洋's reached call-backs, not 陈磊's customers'.
    expect([mine.satisfaction.count, mine.satisfaction.fromCallbacks]).toEqual([2, 2]);
    const all = await call(b.core, 'complaints.report', { from: '2026-11-01', to: '2026-11-30' }, b.asManager);
    expect([all.total, all.customers, all.scoped]).toEqual([4, 4, false]);
    expect(all.satisfaction.count).toBe(4);
    expect(all.repeatComplainers.map((r) => r.customerName).sort()).toEqual(['上海星辰贸易有限公司', '张伟'].sort());
  });

  it('tallies the segments page and the class migration over their own customers', async () => {
    const b = await branch();
    const mine = await call(b.core, 'segments.overview', {}, b.asWang);
    const all = await call(b.core, 'segments.overview', {}, b.asManager);
    expect([mine.customers, mine.amountCents, mine.scoped]).toEqual([2, 600_000, true]);
    expect([all.customers, all.amountCents, all.scoped]).toEqual([4, 3_400_000, false]);
    expect(mine.abc?.classes.reduce((n, c) => n + c.customers, 0)).toBe(2);
    expect(mine.rfm?.grid.reduce((n, c) => n + c.customers, 0)).toBe(2);
    expect(all.rfm?.grid.reduce((n, c) => n + c.customers, 0)).toBe(4);
    const migration = { scheme: 'abc', from: '2026-10', to: '2026-11' } as const;
    const moved = await call(b.core, 'segments.migration', migration, b.asWang);
    expect([moved.cells.reduce((n, c) => n + c.customers, 0), moved.scoped]).toEqual([2, true]);
    const everyone = await call(b.core, 'segments.migration', migration, b.asManager);
    expect(everyone.cells.reduce((n, c) => n + c.customers, 0)).toBe(4);
  });

  it('prints the complaints, segments and call-back reports without another’s customer, saying whose figures', async () => {
    const b = await branch();
    const previews = [
      { kind: 'complaints', params: { from: '2026-11-01', to: '2026-11-30' } },
      { kind: 'segments', params: { classKey: 'abc:A', limit: 50 } },
      { kind: 'segments', params: { classKey: 'abc:C', limit: 50 } },
      { kind: 'callbacks', params: {} },
    ];
    for (const preview of previews) {
      const { html } = await call(b.core, 'reports.preview', preview as never, b.asWang);
      for (const name of OTHERS_NAMES)
        expect(html.includes(name) ? `${preview.kind} names ${name}` : 'not named').toBe('not named');
      expect(html).toContain('以上数据仅包含您负责的客户和未分配的客户。');
      const managers = (await call(b.core, 'reports.preview', preview as never, b.asManager)).html;
      expect(managers).not.toContain('以上数据仅包含');
    }
    // The manager's complaints printout lists 上海星辰's countermeasures; 王芳's only 张伟's.
    const params = { kind: 'complaints', params: { from: '2026-11-01', to: '2026-11-30' } } as const;
    expect((await call(b.core, 'reports.preview', params, b.asManager)).html).toContain('核对星辰的账单流程');
    expect((await call(b.core, 'reports.preview', params, b.asWang)).html).toContain('核对张伟的账单流程');
  });

  it('reminds a staff member only of call-backs of their own and unassigned customers', async () => {
    const b = await branch();
    // Late on the due day wherever the machine's clock is: every call-back of that day has come due.
    const input = { now: '2030-03-04T23:00:00+08:00', peek: true };
    const mine = await call(b.core, 'callbacks.reminders', input, b.asWang);
    expect([mine.total, mine.dueNow.map((c) => c.customerName).sort()]).toEqual([2, ['刘洋', '张伟'].sort()]);
    expect((await call(b.core, 'callbacks.reminders', input, b.asManager)).total).toBe(4);
  });

  it('keeps what a staff member was reminded of apart from what the manager was shown', async () => {
    const b = await branch();
    const deliver = { now: '2030-03-04T23:00:00+08:00', peek: false };
    expect((await call(b.core, 'callbacks.reminders', deliver, b.asManager)).total).toBe(4);
    // The manager's delivery does not silence 王芳's: she has not seen hers yet.
    expect((await call(b.core, 'callbacks.reminders', deliver, b.asWang)).total).toBe(2);
    // Once delivered to her, hers are not repeated.
    expect((await call(b.core, 'callbacks.reminders', deliver, b.asWang)).total).toBe(0);
  });

  it('answers a staff member only their own share of a campaign’s assignees; handing over stays a manager’s', async () => {
    const b = await branch();
    const { campaign } = await call(
      b.core,
      'campaigns.create',
      {
        name: '年末回访',
        fromOn: '2030-03-04',
        toOn: '2030-03-29',
        staffIds: [b.wangId, b.chenId],
        perDayCap: 10,
        selection: { customerIds: [b.xingchen, b.emily, b.zhang, b.liu] },
        excludeOpen: false,
        preferOwner: true,
        today: '2030-03-01',
      },
      b.asManager,
    );
    const mine = await call(b.core, 'campaigns.assignees', { id: campaign.id }, b.asWang);
    expect(mine.map((a) => [a.staffName, a.open])).toEqual([['王芳', 2]]);
    const all = await call(b.core, 'campaigns.assignees', { id: campaign.id }, b.asManager);
    expect(all.map((a) => a.staffName).sort()).toEqual(['王芳', '陈磊'].sort());
    const handOver = await b.core.dispatch(
      'campaigns.handOver',
      { id: campaign.id, fromStaffId: b.chenId, toStaffIds: [b.wangId] },
      b.asWang,
    );
    expect(handOver.ok ? 'handed over' : handOver.error.code).toBe('auth.forbidden');
  });

  it('keeps her own audit entries to customers still in her scope', async () => {
    const b = await branch();
    await call(
      b.core,
      'interactions.create',
      { customerId: b.liu, kind: 'call', occurredAt: '2026-11-30T02:00:00Z', summary: '约了下周面谈' },
      b.asWang,
    );
    const before = await call(b.core, 'audit.list', {}, b.asWang);
    expect(before.rows.map((r) => r.customerName)).toContain('刘洋');
    // 刘洋 is handed to 陈磊: what 王芳 wrote about him leaves her view, and stays in the manager's.
    const liu = (await call(b.core, 'customers.get', { id: b.liu }, b.asManager)).customer;
    await call(
      b.core,
      'customers.update',
      { id: b.liu, customer: { ...liu, tags: [...liu.tags], ownerId: b.chenId } },
      b.asManager,
    );
    const after = await call(b.core, 'audit.list', {}, b.asWang);
    expect(JSON.stringify(after)).not.toContain('刘洋');
    expect(after.total).toBe(before.total - 1);
    const managers = await call(b.core, 'audit.list', { staffId: b.wangId }, b.asManager);
    expect(managers.rows.map((r) => r.customerName)).toContain('刘洋');
  });
});
