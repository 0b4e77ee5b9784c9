import { beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays, dueOn, isOverdue } from '../../../electron/core/complaints/deadlines';
import { toCalendar, EMPTY_CALENDAR } from '../../../electron/core/callbacks/workdays';
import { DEFAULT_SEVERITY_LIMITS } from '../../../shared/complaints/types';
import { HOLIDAYS_2025 } from '../callbacks/fixtures';
import { at, complaintsCore, type ComplaintsCore } from './setup';

const calendar = toCalendar(HOLIDAYS_2025);

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
