import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { listInteractions } from '../../../electron/core/interactions/timeline';
import { DossierError } from '../../../shared/result';
import { HOLIDAYS_2025 } from '../callbacks/fixtures';
import { at, complaintsCore, type ComplaintsCore } from './setup';

/** The i18n key a failed call reports. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof DossierError) return e.issues[0]?.code ?? e.code;
    if (e instanceof ZodError) return e.issues[0]?.message ?? 'zod';
    throw e;
  }
  throw new Error('expected a failure');
}

describe('working a complaint from receipt to closing', () => {
  let core: ComplaintsCore;
  let customerId: string;
  beforeEach(() => {
    core = complaintsCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    customerId = core.addCustomer('刘洋', '13912345678');
  });
  const receive = () =>
    core.call('complaints.create', {
      customerId,
      receivedAt: at('2025-09-22', '09:15'),
      channel: 'phone',
      category: 'billing_error',
      severity: 'normal',
      words: '信用卡账单重复扣款 300 元，要求退回',
    });
  const resolution = {
    rootCause: 'system_fault',
    countermeasure: '系统故障已修复，重复扣款已冲正',
    customerTold: '已致电客户说明原因，款项三个工作日内退回',
  };

  it('goes open → in progress → resolved → closed, each step on the timeline with who and when', () => {
    const c = receive();
    const started = core.call('complaints.start', { id: c.id, note: '已联系信用卡中心核查' });
    expect(started.status).toBe('in_progress');
    expect(started.firstResponseAt).not.toBeNull();
    const { complaint: resolved, followUp } = core.call('complaints.resolve', { id: c.id, ...resolution });
    expect(resolved).toMatchObject({
      status: 'resolved',
      rootCause: 'system_fault',
      customerTold: resolution.customerTold,
    });
    expect(followUp?.purpose).toBe('complaint_follow_up');
    const closed = core.call('complaints.close', { id: c.id, satisfaction: 4 });
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 4 });

    const { events } = core.call('complaints.get', { id: c.id });
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['received', null, 'open'],
      ['started', 'open', 'in_progress'],
      ['resolved', 'in_progress', 'resolved'],
      ['closed', 'resolved', 'closed'],
    ]);
    expect(events.every((e) => e.staffName === '王丽')).toBe(true);
    const timeline = listInteractions(core.db, customerId, 0, 20).rows;
    expect(timeline.map((i) => i.summary)).toEqual([
      '投诉已关闭，满意度 4/5',
      `投诉已解决：系统故障\n投诉回访 ${followUp?.dueOn ?? ''}`,
      '开始处理投诉\n已联系信用卡中心核查',
      '信用卡账单重复扣款 300 元，要求退回',
    ]);
    expect(timeline[3]).toMatchObject({ kind: 'complaint', occurredAt: '2025-09-22T01:15:00.000Z' });
    const audited = core.db
      .prepare(
        "SELECT action, json_extract(changes, '$.action') AS step FROM audit_log WHERE entity = 'complaint' ORDER BY seq",
      )
      .all();
    expect(audited).toEqual([
      { action: 'create', step: 'received' },
      { action: 'update', step: 'started' },
      { action: 'update', step: 'resolved' },
      { action: 'update', step: 'closed' },
    ]);
  });

  it('does not resolve without a cause, a countermeasure and what the customer was told', () => {
    const c = receive();
    expect(failure(() => core.call('complaints.resolve', { id: c.id, ...resolution, rootCause: '' }))).toBe(
      'complaints.causeRequired',
    );
    expect(failure(() => core.call('complaints.resolve', { id: c.id, ...resolution, countermeasure: '  ' }))).toBe(
      'complaints.countermeasureRequired',
    );
    expect(failure(() => core.call('complaints.resolve', { id: c.id, ...resolution, customerTold: '' }))).toBe(
      'complaints.toldRequired',
    );
    expect(failure(() => core.call('complaints.resolve', { id: c.id, ...resolution, rootCause: '天气' }))).toBe(
      'complaints.causeUnknown',
    );
    // Nothing was half-written.
    expect(core.call('complaints.get', { id: c.id }).complaint.status).toBe('open');
    expect(core.call('callbacks.queue', { view: 'all' }).total).toBe(0);
  });

  it('does not close without a cause and countermeasure, nor without the satisfaction', () => {
    const c = receive();
    expect(failure(() => core.call('complaints.close', { id: c.id, satisfaction: 5 }))).toBe(
      'complaints.closeUnresolved',
    );
    // The database refuses it too, whatever writes it.
    expect(() =>
      core.db.prepare("UPDATE complaints SET status = 'closed', satisfaction = 5 WHERE id = ?").run(c.id),
    ).toThrow(/CHECK/);
    core.call('complaints.resolve', { id: c.id, ...resolution, followUp: null });
    expect(failure(() => core.call('complaints.close', { id: c.id }))).toBe('complaints.satisfactionRequired');
    expect(failure(() => core.call('complaints.close', { id: c.id, satisfaction: 6 }))).toBe(
      'complaints.satisfactionRange',
    );
    expect(core.call('complaints.close', { id: c.id, satisfaction: 3 }).status).toBe('closed');
    expect(failure(() => core.call('complaints.close', { id: c.id, satisfaction: 3 }))).toBe('complaints.notOpen');
  });

  it('reopens a closed complaint and cancels its open follow-up call', () => {
    const c = receive();
    const { followUp } = core.call('complaints.resolve', { id: c.id, ...resolution });
    expect(failure(() => core.call('complaints.reopen', { id: c.id, reason: '' }))).toBe('complaints.reasonRequired');
    const reopened = core.call('complaints.reopen', { id: c.id, reason: '客户反映款项仍未退回' });
    expect(reopened).toMatchObject({ status: 'in_progress', resolvedAt: null, followUpId: null, satisfaction: null });
    // The cause stays as a starting point for the next resolution.
    expect(reopened.rootCause).toBe('system_fault');
    const queue = core.call('callbacks.queue', { view: 'all', includeClosed: true });
    expect(queue.rows.find((r) => r.id === followUp?.id)).toMatchObject({
      state: 'cancelled',
      cancelledReason: '客户反映款项仍未退回',
    });
    expect(failure(() => core.call('complaints.reopen', { id: c.id, reason: 'again' }))).toBe(
      'complaints.notReopenable',
    );
    expect(failure(() => core.call('complaints.start', { id: c.id, note: null }))).toBe('complaints.notOpen');
    // Resolved again, then closed, then reopened from closed.
    core.call('complaints.resolve', { id: c.id, ...resolution, followUp: null });
    core.call('complaints.close', { id: c.id, satisfaction: 2 });
    expect(core.call('complaints.reopen', { id: c.id, reason: '客户不满意处理结果' }).status).toBe('in_progress');
  });

  it('refuses unknown customers, categories and staff with their own messages', () => {
    const base = { customerId, channel: 'counter' as const, category: 'fees', words: 'ATM 跨行取款手续费过高' };
    expect(failure(() => core.call('complaints.create', { ...base, category: '停车' }))).toBe(
      'complaints.categoryUnknown',
    );
    expect(failure(() => core.call('complaints.create', { ...base, words: ' ' }))).toBe('complaints.wordsRequired');
    expect(
      failure(() => core.call('complaints.create', { ...base, customerId: '01890000-0000-7000-8000-000000000000' })),
    ).toBe('complaints.customerUnknown');
    expect(
      failure(() => core.call('complaints.create', { ...base, ownerId: '01890000-0000-7000-8000-000000000000' })),
    ).toBe('complaints.staffUnknown');
    expect(
      failure(() =>
        core.call('complaints.create', { ...base, receivedAt: new Date(Date.now() + 86_400_000).toISOString() }),
      ),
    ).toBe('complaints.receivedInFuture');
    // A category the branch added is accepted.
    core.call('complaints.settings.update', { categories: ['service_attitude', 'fees', '停车'] });
    expect(core.call('complaints.create', { ...base, category: '停车' }).category).toBe('停车');
  });
});
