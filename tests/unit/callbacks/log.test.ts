import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { listInteractions } from '../../../electron/core/interactions/timeline';
import { createCustomer } from '../../../electron/core/customers/records';
import { createStaff } from '../../../electron/core/staff/staff';
import { cadenceStatus } from '../../../electron/core/callbacks/cadences';
import { listAttempts } from '../../../electron/core/callbacks/queue';
import { DossierError } from '../../../shared/result';
import { customer } from '../helpers';
import { HOLIDAYS_2025 } from './fixtures';
import { callbacksCore, type CallbacksCore } from './setup';

/** 10:00 Beijing time on a day. */
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

describe('logging calls', () => {
  let core: CallbacksCore;
  let customerId: string;
  beforeEach(() => {
    core = callbacksCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    customerId = createCustomer(
      core.db,
      customer({ name: '王芳', mobile: '13800138000', tags: ['核心客户'] }),
      null,
    ).id;
  });
  const create = (dueOn: string, extra: Record<string, unknown> = {}) =>
    core.call('callbacks.create', { customerId, dueOn, purpose: 'after_sale', ...extra });

  it('moves a due date on a day off to the next working day', () => {
    expect(create('2025-10-04').dueOn).toBe('2025-10-09'); // National Day
    expect(create('2025-09-27').dueOn).toBe('2025-09-28'); // Saturday → make-up Sunday
    expect(create('2025-09-28').dueOn).toBe('2025-09-28');
    const cb = create('2025-06-07', { windowStart: '09:00', windowEnd: '11:30' }); // Saturday
    expect(cb).toMatchObject({
      dueOn: '2025-06-09',
      plannedOn: '2025-06-09',
      windowStart: '09:00',
      state: 'open',
      attempts: 0,
      staffId: core.actorId,
    });
    expect(cb.customerName).toBe('王芳');
  });

  it('retries an unanswered call on the next working day and gives up after the limit', () => {
    const cb = create('2025-09-26');
    const first = core.call('callbacks.log', {
      id: cb.id,
      at: at('2025-09-26'),
      outcome: 'not_reached',
      reason: 'no_answer',
    });
    expect(first.result).toBe('retry');
    expect(first.callback).toMatchObject({
      state: 'open',
      attempts: 1,
      dueOn: '2025-09-28',
      plannedOn: '2025-09-26',
      outcome: 'not_reached',
      notReachedReason: 'no_answer',
    });
    expect(first.next).toBeNull();
    const second = core.call('callbacks.log', {
      id: cb.id,
      at: at('2025-09-30', '17:00'),
      outcome: 'not_reached',
      reason: 'phone_off',
    });
    expect(second.callback).toMatchObject({ state: 'open', attempts: 2, dueOn: '2025-10-09' }); // over the holiday
    const third = core.call('callbacks.log', {
      id: cb.id,
      at: at('2025-10-09'),
      outcome: 'not_reached',
      reason: 'busy',
    });
    expect(third.result).toBe('unreachable');
    expect(third.callback).toMatchObject({ state: 'unreachable', attempts: 3, notReachedReason: 'busy' });
    expect(third.callback.closedAt).not.toBeNull();
    expect(listAttempts(core.db, cb.id).map((a) => [a.attempt, a.on, a.reached, a.notReachedReason])).toEqual([
      [1, '2025-09-26', false, 'no_answer'],
      [2, '2025-09-30', false, 'phone_off'],
      [3, '2025-10-09', false, 'busy'],
    ]);
    // No more attempts on a closed call-back.
    expect(() => core.call('callbacks.log', { id: cb.id, outcome: 'reached' })).toThrow(DossierError);
  });

  it('uses the configured number of attempts', () => {
    core.call('callbacks.settings.update', { retryLimit: 2 });
    const cb = create('2025-06-02');
    expect(
      core.call('callbacks.log', { id: cb.id, at: at('2025-06-02'), outcome: 'not_reached', reason: 'no_answer' })
        .result,
    ).toBe('retry');
    expect(
      core.call('callbacks.log', { id: cb.id, at: at('2025-06-03'), outcome: 'not_reached', reason: 'no_answer' })
        .callback,
    ).toMatchObject({
      state: 'unreachable',
      attempts: 2,
    });
  });

  it('does not retry wrong numbers or refusals unless told to, and honours a chosen retry date', () => {
    const wrong = create('2025-06-02');
    expect(
      core.call('callbacks.log', { id: wrong.id, at: at('2025-06-02'), outcome: 'not_reached', reason: 'wrong_number' })
        .result,
    ).toBe('unreachable');
    const refused = create('2025-06-02');
    const forced = core.call('callbacks.log', {
      id: refused.id,
      at: at('2025-06-02'),
      outcome: 'not_reached',
      reason: 'refused',
      retry: true,
      retryOn: '2025-06-07',
    });
    expect(forced.callback).toMatchObject({ state: 'open', dueOn: '2025-06-09' }); // the chosen Saturday → Monday
    const stop = create('2025-06-02');
    expect(
      core.call('callbacks.log', {
        id: stop.id,
        at: at('2025-06-02'),
        outcome: 'not_reached',
        reason: 'no_answer',
        retry: false,
      }).result,
    ).toBe('unreachable');
  });

  it('puts every logged call on the customer timeline as a call', () => {
    const cb = create('2025-06-02');
    core.call('callbacks.log', {
      id: cb.id,
      at: at('2025-06-02', '09:15'),
      outcome: 'not_reached',
      reason: 'suspended',
    });
    const done = core.call('callbacks.log', {
      id: cb.id,
      at: at('2025-06-03', '14:30'),
      outcome: 'reached',
      answerCategory: 'satisfied',
      satisfaction: 5,
      notes: '对理财经理的服务很满意',
      next: null,
    });
    expect(done.result).toBe('done');
    expect(done.callback).toMatchObject({
      state: 'done',
      attempts: 2,
      outcome: 'reached',
      answerCategory: 'satisfied',
      satisfaction: 5,
      notReachedReason: null,
    });
    const timeline = listInteractions(core.db, customerId, 0, 10);
    expect(timeline.total).toBe(2);
    expect(timeline.rows.map((r) => [r.kind, r.occurredAt, r.staffId])).toEqual([
      ['call', '2025-06-03T06:30:00.000Z', core.actorId],
      ['call', '2025-06-02T01:15:00.000Z', core.actorId],
    ]);
    expect(timeline.rows[0]?.summary).toBe('回访（售后回访），第 2 次\n对理财经理的服务很满意');
    expect(timeline.rows[0]?.outcome).toBe('已接通 · 满意 · 满意度 5/5');
    expect(timeline.rows[1]?.outcome).toBe('未接通：停机 · 2025-06-03 再次拨打');
    expect(listAttempts(core.db, cb.id).map((a) => a.interactionId)).toEqual([
      timeline.rows[1]?.id,
      timeline.rows[0]?.id,
    ]);
  });

  it('schedules the next call in the same step, from the cadence by default', () => {
    core.call('cadence.set', {
      customerId,
      cadence: { every: 30, unit: 'days', mode: 'after_contact' },
      schedule: false,
    });
    const cb = create('2025-06-02');
    const r = core.call('callbacks.log', {
      id: cb.id,
      at: at('2025-06-04'),
      outcome: 'reached',
      answerCategory: 'will_buy_again',
      satisfaction: 4,
    });
    expect(r.next).toMatchObject({ dueOn: '2025-07-04', purpose: 'periodic_care', staffId: cb.staffId, state: 'open' }); // 06-04 + 30 = Friday 07-04

    // Fixed rhythm: from the planned date, the first interval after the call.
    core.call('cadence.set', { customerId, cadence: { every: 1, unit: 'months', mode: 'fixed' }, schedule: false });
    const monthly = create('2025-10-31');
    const m = core.call('callbacks.log', { id: monthly.id, at: at('2025-12-05'), outcome: 'reached' });
    expect(m.next?.dueOn).toBe('2025-12-31'); // 10-31 + 2 months, not 11-30 + 1 month

    // Explicit date, or none.
    const explicit = core.call('callbacks.log', {
      id: create('2025-06-02').id,
      at: at('2025-06-02'),
      outcome: 'reached',
      next: { dueOn: '2025-10-01', purpose: 'product_maturity', priority: 'high' },
    });
    expect(explicit.next).toMatchObject({ dueOn: '2025-10-09', purpose: 'product_maturity', priority: 'high' });
    expect(core.call('callbacks.log', { id: create('2025-06-02').id, outcome: 'reached', next: null }).next).toBeNull();
    // Not reached and retried: no next call yet.
    expect(
      core.call('callbacks.log', {
        id: create('2025-06-02').id,
        at: at('2025-06-02'),
        outcome: 'not_reached',
        reason: 'busy',
      }).next,
    ).toBeNull();
  });

  it('falls back to the shortest tag cadence, and has no next call without any cadence', () => {
    const plain = createCustomer(core.db, customer({ name: '李雷', tags: ['一般客户'] }), null).id;
    const cb = core.call('callbacks.create', { customerId: plain, dueOn: '2025-06-02' });
    expect(core.call('callbacks.log', { id: cb.id, at: at('2025-06-02'), outcome: 'reached' }).next).toBeNull();
    expect(() =>
      core.call('callbacks.log', {
        id: core.call('callbacks.create', { customerId: plain, dueOn: '2025-06-02' }).id,
        outcome: 'reached',
        next: {},
      }),
    ).toThrow(/No cadence/);

    core.call('callbacks.settings.update', {
      tagCadences: [
        { tag: '核心客户', every: 30, unit: 'days' },
        { tag: '一般客户', every: 90, unit: 'days' },
        { tag: 'VIP', every: 2, unit: 'weeks' },
      ],
    });
    const general = core.call('callbacks.create', { customerId: plain, dueOn: '2025-06-02' });
    expect(core.call('callbacks.log', { id: general.id, at: at('2025-06-02'), outcome: 'reached' }).next?.dueOn).toBe(
      '2025-09-01',
    ); // 08-31 is a Sunday
    createCustomer(core.db, customer({ name: '韩梅梅', tags: ['核心客户', 'VIP'] }), null);
    const vip = createCustomer(core.db, customer({ name: '韩梅', tags: ['核心客户', 'VIP'] }), null).id;
    expect(cadenceStatus(core.db, vip, '2025-06-02')).toMatchObject({
      source: 'tag',
      tag: 'VIP',
      effective: { every: 2, unit: 'weeks' },
    });
  });

  it('checks the log form: reason when not reached, categories from the list, satisfaction 1–5', () => {
    const cb = create('2025-06-02');
    const issues = (input: Record<string, unknown>) => {
      try {
        core.call('callbacks.log', { id: cb.id, ...input } as never);
      } catch (e) {
        if (e instanceof ZodError) return e.issues.map((i) => `${i.path.join('.')}:${i.message}`);
        if (e instanceof DossierError) return e.issues.map((i) => `${i.path}:${i.code}`);
        throw e;
      }
      return [];
    };
    expect(issues({ outcome: 'not_reached' })).toEqual(['reason:callbacks.reasonRequired']);
    expect(issues({ outcome: 'reached', reason: 'busy' })).toEqual(['reason:callbacks.reasonNotAllowed']);
    expect(issues({ outcome: 'not_reached', reason: 'busy', satisfaction: 3 })).toEqual([
      'satisfaction:callbacks.onlyWhenReached',
    ]);
    expect(issues({ outcome: 'reached', satisfaction: 6 })).toEqual(['satisfaction:callbacks.satisfactionRange']);
    expect(issues({ outcome: 'reached', answerCategory: '口味' })).toEqual(['answerCategory:callbacks.answerUnknown']);
    expect(issues({ outcome: 'not_reached', reason: 'busy', at: at('2025-06-03'), retryOn: '2025-06-02' })).toEqual([
      'retryOn:callbacks.retryBeforeCall',
    ]);
    core.call('callbacks.settings.update', { answerCategories: ['satisfied', '口味'] });
    expect(issues({ outcome: 'reached', answerCategory: '口味' })).toEqual([]);
  });

  it('records who called when another staff member logs for them', () => {
    const li = createStaff(core.db, '李强');
    const cb = create('2025-06-02', { staffId: li.id });
    expect(cb.staffName).toBe('李强');
    const r = core.call('callbacks.log', { id: cb.id, staffId: li.id, outcome: 'reached' });
    expect(r.attempt.staffId).toBe(li.id);
    expect(listInteractions(core.db, customerId, 0, 1).rows[0]?.staffName).toBe('李强');
  });
});

describe('cadence status', () => {
  it('is ok, then amber after 80% of the interval, then red once the due date has passed', () => {
    const core = callbacksCore();
    const id = createCustomer(core.db, customer({ name: '赵敏' }), null).id;
    expect(core.call('cadence.get', { customerId: id }).status).toBe('none');
    core.call('cadence.set', { customerId: id, cadence: { every: 30, unit: 'days' }, schedule: false });
    const cb = core.call('callbacks.create', { customerId: id, dueOn: '2025-06-02' });
    core.call('callbacks.log', { id: cb.id, at: at('2025-06-02'), outcome: 'reached', next: null });
    const on = (today: string) => core.call('cadence.get', { customerId: id, today });
    expect(on('2025-06-20')).toMatchObject({
      lastContactOn: '2025-06-02',
      dueOn: '2025-07-02',
      status: 'ok',
      source: 'customer',
    });
    expect(on('2025-06-25').status).toBe('ok');
    expect(on('2025-06-26').status).toBe('amber'); // 06-02 + 24 days = 80 % of 30
    expect(on('2025-07-02').status).toBe('amber');
    expect(on('2025-07-03').status).toBe('red');
    // An unanswered call is not contact.
    const again = core.call('callbacks.create', { customerId: id, dueOn: '2025-07-03' });
    core.call('callbacks.log', { id: again.id, at: at('2025-07-03'), outcome: 'not_reached', reason: 'no_answer' });
    expect(on('2025-07-03')).toMatchObject({ lastContactOn: '2025-06-02', status: 'red' });
  });

  it('marks a page of customers: only those with a cadence, by their own or their tag', () => {
    const core = callbacksCore();
    const own = createCustomer(core.db, customer({ name: '钱多多' }), null).id;
    const vip = createCustomer(core.db, customer({ name: 'Lily Chen', mobile: '13911112222', tags: ['VIP'] }), null).id;
    const none = createCustomer(core.db, customer({ name: '孙悟', mobile: '13733334444' }), null).id;
    core.call('callbacks.settings.update', {
      tagCadences: [{ tag: 'VIP', every: 1, unit: 'weeks', mode: 'after_contact' }],
    });
    core.call('cadence.set', { customerId: own, cadence: { every: 1, unit: 'days' }, schedule: false });
    const marks = core.call('cadence.statuses', { customerIds: [none, vip, own], today: '2099-01-05' });
    expect(marks.map((m) => [m.customerId, m.source, m.status])).toEqual([
      [vip, 'tag', 'red'],
      [own, 'customer', 'red'],
    ]);
    expect(core.call('cadence.statuses', { customerIds: [] })).toEqual([]);
  });

  it('plans the first periodic call-back when a cadence is set', () => {
    const core = callbacksCore();
    const id = createCustomer(core.db, customer({ name: '周芷若' }), null).id;
    const status = core.call('cadence.set', {
      customerId: id,
      cadence: { every: 2, unit: 'weeks', mode: 'fixed' },
      today: '2025-06-02',
    });
    expect(status.cadence).toEqual({ every: 2, unit: 'weeks', mode: 'fixed' });
    const open = core.call('callbacks.queue', { view: 'all', customerId: id });
    expect(open.rows.map((r) => [r.purpose, r.dueOn >= '2025-06-02'])).toEqual([['periodic_care', true]]);
    // Setting it again does not plan a second one; removing it keeps the planned call.
    core.call('cadence.set', { customerId: id, cadence: { every: 1, unit: 'months' }, today: '2025-06-02' });
    expect(core.call('callbacks.queue', { view: 'all', customerId: id }).total).toBe(1);
    expect(core.call('cadence.set', { customerId: id, cadence: null }).cadence).toBeNull();
  });
});
