import { beforeEach, describe, expect, it } from 'vitest';
import { HOLIDAYS_2025 } from '../callbacks/fixtures';
import { at, complaintsCore, type ComplaintsCore } from './setup';

describe('the follow-up call of a resolved complaint', () => {
  let core: ComplaintsCore;
  let customerId: string;
  beforeEach(() => {
    core = complaintsCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    customerId = core.addCustomer('Emily Chen', '13700001111');
  });
  const resolved = (followUp?: { dueOn?: string | null; staffId?: string | null } | null) => {
    const c = core.call('complaints.create', {
      customerId,
      receivedAt: at('2025-09-29', '11:00'),
      channel: 'online',
      category: 'service_attitude',
      severity: 'high',
      words: 'The teller was rude when I asked about my deposit.',
      ownerId: core.otherId,
    });
    return core.call('complaints.resolve', {
      id: c.id,
      rootCause: 'staff_conduct',
      countermeasure: 'Talked with the teller; service training on Friday',
      customerTold: 'Apologised by phone',
      at: at('2025-09-30', '17:00'),
      ...(followUp === undefined ? {} : { followUp }),
    });
  };

  it('goes into the call-back queue for the owner on the next working day after resolving', () => {
    const { complaint, followUp } = resolved();
    // Resolved Tuesday 09-30; National Day is off until 10-08.
    expect(followUp).toMatchObject({
      purpose: 'complaint_follow_up',
      dueOn: '2025-10-09',
      staffId: core.otherId,
      priority: 'high',
      customerName: 'Emily Chen',
      state: 'open',
    });
    expect(complaint).toMatchObject({ followUpId: followUp?.id, followUpDueOn: '2025-10-09' });
    const queue = core.call('callbacks.queue', { view: 'all', purpose: 'complaint_follow_up' });
    expect(queue.rows.map((r) => r.id)).toEqual([followUp?.id]);
  });

  it('can be planned for a chosen day and person, or not at all', () => {
    expect(resolved({ dueOn: '2025-10-04', staffId: core.actorId }).followUp).toMatchObject({
      dueOn: '2025-10-09', // a holiday moves to the next working day
      staffId: core.actorId,
    });
    expect(resolved(null).followUp).toBeNull();
  });

  it('closes the complaint with the satisfaction logged on the call', () => {
    const { complaint, followUp } = resolved();
    core.call('callbacks.log', {
      id: followUp?.id ?? '',
      at: at('2025-10-09', '10:20'),
      outcome: 'reached',
      satisfaction: 2,
      notes: '客户认为道歉不够诚恳',
      next: null,
    });
    const { complaint: after, events } = core.call('complaints.get', { id: complaint.id });
    expect(after).toMatchObject({ status: 'closed', satisfaction: 2, closedAt: '2025-10-09T02:20:00.000Z' });
    expect(events.at(-1)).toMatchObject({
      action: 'closed',
      fromStatus: 'resolved',
      toStatus: 'closed',
      staffName: '王丽',
    });
    // Counted once in the satisfaction figures, as a complaint follow-up of its category.
    const report = core.call('complaints.report', { from: '2025-09-01', to: '2025-10-31', today: '2025-10-31' });
    expect(report.satisfaction).toMatchObject({
      count: 1,
      average: 2,
      satisfiedPercent: 0,
      fromComplaints: 1,
      fromCallbacks: 0,
    });
    expect(report.satisfaction.byCategory).toEqual([
      { category: 'service_attitude', count: 1, average: 2, satisfiedPercent: 0 },
    ]);
    expect(report.satisfaction.byStaff[0]).toMatchObject({ staffName: 'Li Lei', count: 1 });
  });

  it('leaves the complaint resolved when the call did not reach the customer or gave no score', () => {
    const { complaint, followUp } = resolved();
    core.call('callbacks.log', { id: followUp?.id ?? '', outcome: 'not_reached', reason: 'no_answer' });
    expect(core.call('complaints.get', { id: complaint.id }).complaint.status).toBe('resolved');
    core.call('callbacks.log', { id: followUp?.id ?? '', outcome: 'reached', next: null });
    expect(core.call('complaints.get', { id: complaint.id }).complaint).toMatchObject({
      status: 'resolved',
      satisfaction: null,
    });
    // Closing by hand then asks for the score.
    expect(core.call('complaints.close', { id: complaint.id, satisfaction: 5 }).satisfaction).toBe(5);
  });
});
