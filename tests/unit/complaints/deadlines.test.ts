import { beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays, dueOn, isOverdue } from '../../../electron/core/complaints/deadlines';
import { toCalendar, EMPTY_CALENDAR } from '../../../electron/core/callbacks/workdays';
import { DEFAULT_SEVERITY_LIMITS } from '../../../shared/complaints/types';
import { HOLIDAYS_2025 } from '../callbacks/fixtures';
import { at, complaintsCore, type ComplaintsCore } from './setup';

const calendar = toCalendar(HOLIDAYS_2025);

/** The before and after of a complaint's latest correction, as the audit log keeps them. */
function lastCorrection(core: ComplaintsCore, id: string): unknown {
  const row = core.db
    .prepare(
      `SELECT changes FROM audit_log WHERE entity = 'complaint' AND entity_id = ? AND action = 'update'
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(id) as { changes: string };
  const { before, after } = JSON.parse(row.changes) as Record<string, unknown>;
  return { before, after };
}

describe('complaint due dates in working days', () => {
  it('counts from the day after receipt and skips weekends', () => {
    // Friday 2025-06-06 + 3 working days: Mon 09, Tue 10, Wed 11.
    expect(addWorkingDays('2025-06-06', 3, EMPTY_CALENDAR)).toBe('2025-06-11');
    // Received on a Saturday: the first working day is Monday.
    expect(addWorkingDays('2025-06-07', 1, EMPTY_CALENDAR)).toBe('2025-06-09');
  });

  it('counts the make-up Sunday before 国庆 and skips the holiday week', () => {
    // Friday before National Day, 3 working days: Sunday 09-28 (调休 workday), Monday 09-29, Tuesday 09-30.
    expect(addWorkingDays('2025-09-26', 3, calendar)).toBe('2025-09-30');
    // Received the last day before the holiday: Thursday 10-09, Friday 10-10, make-up Saturday 10-11.
    expect(addWorkingDays('2025-09-30', 3, calendar)).toBe('2025-10-11');
    // Received during the holiday, urgent (1 day): the first working day after it.
    expect(dueOn('2025-10-03', 'urgent', DEFAULT_SEVERITY_LIMITS, calendar)).toBe('2025-10-09');
    // Normal (5 days) from the Friday before Spring Festival (01-28 … 02-04 off): make-up Sunday 01-26,
    // Mon 01-27, then Wed 02-05, Thu 02-06, Fri 02-07.
    expect(dueOn('2025-01-24', 'normal', DEFAULT_SEVERITY_LIMITS, calendar)).toBe('2025-02-07');
  });

  it('is overdue the day after the due date, only while not resolved', () => {
    const c = { status: 'in_progress' as const, dueOn: '2025-09-30' };
    expect(isOverdue(c, '2025-09-30')).toBe(false);
    expect(isOverdue(c, '2025-10-01')).toBe(true);
    expect(isOverdue({ ...c, status: 'resolved' }, '2025-10-09')).toBe(false);
  });
});

describe('a complaint received before a holiday', () => {
  let core: ComplaintsCore;
  let customerId: string;
  beforeEach(() => {
    core = complaintsCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    customerId = core.addCustomer('张伟', '13812345678');
  });

  it('takes its due date from the severity and the branch calendar, and moves it when corrected', () => {
    const c = core.call('complaints.create', {
      customerId,
      receivedAt: at('2025-09-26', '16:30'),
      channel: 'counter',
      category: 'waiting_time',
      severity: 'high',
      words: '排队一个多小时，只有一个窗口办理业务',
    });
    expect(c).toMatchObject({ receivedOn: '2025-09-26', dueOn: '2025-09-30', status: 'open', ownerId: core.actorId });
    // The log form shows the same date before saving.
    expect(core.call('complaints.dueDate', { receivedAt: at('2025-09-26', '16:30'), severity: 'high' })).toEqual({
      dueOn: '2025-09-30',
      days: 3,
    });
    const lowered = core.call('complaints.update', { id: c.id, severity: 'normal' });
    // 5 working days: 09-28, 09-29, 09-30, 10-09, 10-10.
    expect(lowered.dueOn).toBe('2025-10-10');
    // The audit log says what the correction moved: the severity, and the due date with it.
    expect(lastCorrection(core, c.id)).toEqual({
      before: { severity: 'high', dueOn: '2025-09-30' },
      after: { severity: 'normal', dueOn: '2025-10-10' },
    });
    // A correction of the customer's words leaves the due date where it was, and out of the entry.
    core.call('complaints.update', { id: c.id, words: '排队一个半小时，只开了一个窗口' });
    expect(lastCorrection(core, c.id)).toEqual({
      before: { words: '排队一个多小时，只有一个窗口办理业务' },
      after: { words: '排队一个半小时，只开了一个窗口' },
    });
    // A later receipt time: the day received follows the time, the entry names the time once.
    core.call('complaints.update', { id: c.id, receivedAt: at('2025-09-29', '09:15') });
    expect(lastCorrection(core, c.id)).toEqual({
      before: { receivedAt: expect.stringMatching(/^2025-09-26T08:30/), dueOn: '2025-10-10' },
      after: { receivedAt: expect.stringMatching(/^2025-09-29T01:15/), dueOn: '2025-10-13' },
    });
  });

  it('follows the time limits the branch set', () => {
    core.call('complaints.settings.update', { limits: { high: 2 } });
    const c = core.call('complaints.create', {
      customerId,
      receivedAt: at('2025-09-26'),
      channel: 'phone',
      category: 'fees',
      severity: 'high',
      words: 'Annual card fee charged although it was waived',
    });
    expect(c.dueOn).toBe('2025-09-29');
    expect(core.call('complaints.settings.get', {}).limits).toEqual({ low: 10, normal: 5, high: 2, urgent: 1 });
  });
});
