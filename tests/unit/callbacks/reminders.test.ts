import { beforeEach, describe, expect, it } from 'vitest';
import {
  CATCH_UP_GAP_MS,
  REMINDED_AT_SETTING,
  REMINDER_LIMIT,
  cameDue,
  dueInstant,
  remindedAt,
} from '../../../electron/core/callbacks/reminders';
import { createCustomer, deleteCustomer } from '../../../electron/core/customers/records';
import type { CallbackReminders } from '../../../shared/callbacks/types';
import { customer } from '../helpers';
import { HOLIDAYS_2025 } from './fixtures';
import { callbacksCore, type CallbacksCore } from './setup';

/** An instant in Beijing time (setup.ts pins the process to Asia/Shanghai). */
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

const FRIDAY = '2025-06-06';
const MONDAY = '2025-06-09';

describe('when a call-back comes due', () => {
  it('is the start of its time window on its due day, else the start of the working day', () => {
    expect(dueInstant({ dueOn: FRIDAY, windowStart: '14:00' }).toISOString()).toBe('2025-06-06T06:00:00.000Z');
    expect(dueInstant({ dueOn: FRIDAY, windowStart: null }).toISOString()).toBe('2025-06-06T01:00:00.000Z');
    expect(dueInstant({ dueOn: FRIDAY, windowStart: null }, '08:30').toISOString()).toBe('2025-06-06T00:30:00.000Z');
  });

  it('takes what came due after the first instant up to and including the second, in the order they came due', () => {
    const slots = [
      { name: '午后', dueOn: FRIDAY, windowStart: '14:00' },
      { name: '上班', dueOn: FRIDAY, windowStart: null },
      { name: '早班', dueOn: FRIDAY, windowStart: '08:30' },
      { name: '下周', dueOn: MONDAY, windowStart: null },
    ];
    const names = (from: string | null, to: string) =>
      cameDue(slots, from === null ? null : new Date(from), new Date(to)).map((s) => s.name);
    expect(names(at(FRIDAY, '08:00'), at(FRIDAY, '14:00'))).toEqual(['早班', '上班', '午后']);
    expect(names(at(FRIDAY, '09:00'), at(FRIDAY, '13:59'))).toEqual([]);
    expect(names(at(FRIDAY, '08:59'), at(FRIDAY, '09:00'))).toEqual(['上班']);
    expect(names(null, at(MONDAY, '09:00'))).toEqual(['早班', '上班', '午后', '下周']);
  });
});

describe('delivering reminders', () => {
  let core: CallbacksCore;
  let wang: string;
  let zhang: string;
  let li: string;
  beforeEach(() => {
    core = callbacksCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    wang = createCustomer(core.db, customer({ name: '王芳', mobile: '13800138000' }), null).id;
    zhang = createCustomer(core.db, customer({ name: '张伟', mobile: '+86 139-0013-9000' }), null).id;
    li = createCustomer(core.db, customer({ name: 'Li Na', mobile: '13700137000' }), null).id;
  });

  const create = (customerId: string, dueOn: string, window?: [string, string]) =>
    core.call('callbacks.create', {
      customerId,
      dueOn,
      windowStart: window?.[0] ?? null,
      windowEnd: window?.[1] ?? null,
    });
  const deliver = (now: string, peek = false): CallbackReminders =>
    core.call('callbacks.reminders', { now: new Date(now).toISOString(), peek });
  const names = (r: CallbackReminders) => r.dueNow.map((c) => c.customerName);

  /** The app running: one delivery a minute from `from` through `to`; what each minute announced, by time. */
  function run(date: string, from: string, to: string, endDate = date): Record<string, string[]> {
    const announced: Record<string, string[]> = {};
    for (let t = new Date(at(date, from)).getTime(); t <= new Date(at(endDate, to)).getTime(); t += 60_000) {
      const r = deliver(new Date(t).toISOString());
      if (r.total > 0) {
        const local = new Date(t + 8 * 3_600_000).toISOString();
        announced[`${local.slice(0, 10)} ${local.slice(11, 16)}`] = names(r);
      }
    }
    return announced;
  }

  it('announces each call once while the app runs: at the window start, or at 09:00 without a window', () => {
    create(wang, FRIDAY);
    create(zhang, FRIDAY, ['14:00', '15:00']);
    create(li, MONDAY);
    expect(deliver(at(FRIDAY, '08:00'))).toMatchObject({ total: 0, today: 2, overdue: 0 });
    expect(run(FRIDAY, '08:01', '18:00')).toEqual({
      '2025-06-06 09:00': ['王芳'],
      '2025-06-06 14:00': ['张伟'],
    });
  });

  it('answers the call-backs in full, and the counts for the badge', () => {
    create(zhang, FRIDAY, ['14:00', '15:00']);
    create(wang, '2025-06-05');
    deliver(at(FRIDAY, '13:59'));
    const r = deliver(at(FRIDAY, '14:00'));
    expect(r).toMatchObject({ total: 1, catchUp: false, today: 1, overdue: 1 });
    expect(r.dueNow[0]).toMatchObject({
      customerName: '张伟',
      customerMobile: '13900139000',
      dueOn: FRIDAY,
      windowStart: '14:00',
      windowEnd: '15:00',
      state: 'open',
    });
  });

  it('catches up on start-up exactly what came due while the app was closed, then carries on', () => {
    create(wang, FRIDAY);
    create(zhang, FRIDAY, ['14:00', '15:00']);
    create(li, FRIDAY, ['16:30', '17:00']);
    create(wang, MONDAY);
    create(zhang, MONDAY, ['08:00', '08:30']);
    expect(run(FRIDAY, '08:30', '12:00')).toEqual({ '2025-06-06 09:00': ['王芳'] });

    // Closed at noon on Friday, opened at 08:45 on Monday.
    const startUp = deliver(at(MONDAY, '08:45'));
    expect(startUp).toMatchObject({ total: 3, catchUp: true, today: 2, overdue: 3 });
    expect(names(startUp)).toEqual(['张伟', 'Li Na', '张伟']);
    expect(startUp.dueNow.map((c) => c.dueOn)).toEqual([FRIDAY, FRIDAY, MONDAY]);
    expect(remindedAt(core.db)?.toISOString()).toBe(new Date(at(MONDAY, '08:45')).toISOString());

    expect(run(MONDAY, '08:46', '10:00')).toEqual({ '2025-06-09 09:00': ['王芳'] });
    expect(deliver(at(MONDAY, '10:01')).total).toBe(0);
  });

  it('does not announce twice across a restart, however often it is asked', () => {
    create(wang, FRIDAY);
    expect(names(deliver(at(FRIDAY, '09:30')))).toEqual(['王芳']);
    expect(deliver(at(FRIDAY, '09:30')).total).toBe(0);
    // Restarted at 11:00: nothing new came due while it was closed.
    expect(deliver(at(FRIDAY, '11:00'))).toMatchObject({ total: 0, catchUp: true, today: 1 });
  });

  it('on the very first run counts overdue call-backs from earlier days into the catch-up', () => {
    create(wang, '2025-06-03');
    create(zhang, '2025-06-05', ['15:00', '16:00']);
    create(li, FRIDAY, ['10:00', '11:00']);
    expect(remindedAt(core.db)).toBeNull();
    const first = deliver(at(FRIDAY, '09:15'));
    expect(first).toMatchObject({ total: 2, catchUp: true, today: 1, overdue: 2 });
    expect(names(first)).toEqual(['王芳', '张伟']);
  });

  it('only looks when asked to peek, so the next delivery still announces', () => {
    create(wang, FRIDAY);
    deliver(at(FRIDAY, '08:59'));
    expect(names(deliver(at(FRIDAY, '09:05'), true))).toEqual(['王芳']);
    expect(names(deliver(at(FRIDAY, '09:06'), true))).toEqual(['王芳']);
    expect(remindedAt(core.db)?.toISOString()).toBe(new Date(at(FRIDAY, '08:59')).toISOString());
    expect(names(deliver(at(FRIDAY, '09:07')))).toEqual(['王芳']);
    expect(deliver(at(FRIDAY, '09:08'), true).total).toBe(0);
  });

  it('calls it a catch-up only after a silence longer than a few polls', () => {
    create(wang, FRIDAY);
    deliver(at(FRIDAY, '08:57'));
    expect(deliver(at(FRIDAY, '09:00'))).toMatchObject({ total: 1, catchUp: false });
    const later = new Date(new Date(at(FRIDAY, '09:00')).getTime() + CATCH_UP_GAP_MS + 60_000).toISOString();
    expect(deliver(later)).toMatchObject({ total: 0, catchUp: true });
  });

  it('follows weekends, holidays and make-up working days (调休)', () => {
    const saturday = create(wang, '2025-06-07'); // moves to Monday
    const nationalDay = create(zhang, '2025-10-03'); // moves to Thursday 10-09
    const makeUpSunday = create(li, '2025-09-28', ['10:00', '10:30']); // a working Sunday
    expect([saturday.dueOn, nationalDay.dueOn, makeUpSunday.dueOn]).toEqual([MONDAY, '2025-10-09', '2025-09-28']);

    deliver(at(FRIDAY, '18:00'));
    expect(run('2025-06-07', '08:00', '23:59', '2025-06-08')).toEqual({});
    expect(names(deliver(at(MONDAY, '09:00')))).toEqual(['王芳']);

    deliver(at('2025-09-28', '09:59'));
    expect(names(deliver(at('2025-09-28', '10:00')))).toEqual(['Li Na']);
    expect(run('2025-10-01', '08:00', '23:59', '2025-10-08')).toEqual({});
    expect(names(deliver(at('2025-10-09', '09:00')))).toEqual(['张伟']);
  });

  it('announces a call moved off a new holiday on the day it moved to, not on the holiday', () => {
    create(wang, '2025-06-10');
    deliver(at(MONDAY, '17:00'));
    expect(core.call('callbacks.holidays.set', { holidays: [{ date: '2025-06-10', kind: 'holiday' }] }).moved).toBe(1);
    expect(deliver(at('2025-06-10', '09:30')).total).toBe(0);
    expect(names(deliver(at('2025-06-11', '09:00')))).toEqual(['王芳']);
  });

  it('leaves out closed call-backs and customers in the recycle bin, and announces a retry on its new day', () => {
    const done = create(wang, FRIDAY);
    const retried = create(zhang, FRIDAY, ['08:00', '08:30']);
    create(li, FRIDAY);
    deleteCustomer(core.db, li, null);
    deliver(at(FRIDAY, '07:59'));
    expect(names(deliver(at(FRIDAY, '08:00')))).toEqual(['张伟']);
    core.call('callbacks.log', { id: done.id, at: at(FRIDAY, '08:30'), outcome: 'reached' });
    core.call('callbacks.log', { id: retried.id, at: at(FRIDAY, '08:40'), outcome: 'not_reached', reason: 'busy' });
    expect(run(FRIDAY, '08:41', '18:00')).toEqual({});
    expect(deliver(at(MONDAY, '08:00'))).toMatchObject({ total: 1, catchUp: true, today: 1, overdue: 0 });
  });

  it('answers at most the first few in full and says how many came due', () => {
    const all = Array.from({ length: REMINDER_LIMIT + 5 }, (_, i) =>
      createCustomer(core.db, customer({ name: `客户${String(i + 1).padStart(2, '0')}` }), null),
    );
    for (const c of all) create(c.id, FRIDAY);
    const r = deliver(at(FRIDAY, '09:00'));
    expect(r.total).toBe(REMINDER_LIMIT + 5);
    expect(r.dueNow).toHaveLength(REMINDER_LIMIT);
    expect(r.dueNow[0]?.customerName).toBe('客户01');
    expect(r.today).toBe(REMINDER_LIMIT + 5);
  });

  it('recovers from a clock set back instead of staying silent', () => {
    create(wang, FRIDAY, ['10:00', '11:00']);
    deliver(at(FRIDAY, '20:00')); // the clock was a day ahead … and announced 王芳 early
    expect(deliver(at(FRIDAY, '09:00')).total).toBe(0);
    expect(remindedAt(core.db)?.toISOString()).toBe(new Date(at(FRIDAY, '09:00')).toISOString());
    expect(names(deliver(at(FRIDAY, '10:00')))).toEqual(['王芳']);
  });

  it('keeps the mark in the settings table and rejects a malformed instant', () => {
    deliver(at(FRIDAY, '09:00'));
    const row = core.db.prepare('SELECT value FROM settings WHERE key = ?').get(REMINDED_AT_SETTING) as {
      value: string;
    };
    expect(row.value).toBe('2025-06-06T01:00:00.000Z');
    expect(() => core.call('callbacks.reminders', { now: '2025-06-06 09:00' })).toThrow();
  });
});
