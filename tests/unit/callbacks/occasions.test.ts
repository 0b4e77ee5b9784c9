/** Birthday and maturity call-backs planning themselves, on fixed days (no clock). */
import { beforeEach, describe, expect, it } from 'vitest';
import { cancelCallbacks } from '../../../electron/core/callbacks/bulk';
import { planOccasions } from '../../../electron/core/callbacks/occasions';
import {
  createCustomer,
  deleteCustomer,
  restoreCustomer,
  updateCustomer,
} from '../../../electron/core/customers/records';
import { savePurchase } from '../../../electron/core/purchases/purchases';
import { writeSetting } from '../../../electron/core/settings/settings';
import { createStaff } from '../../../electron/core/staff/staff';
import type { Callback } from '../../../shared/callbacks/types';
import { purchaseInput } from '../../../shared/purchases/schemas';
import { customer } from '../helpers';
import { HOLIDAYS_2025 } from './fixtures';
import { callbacksCore, type CallbacksCore } from './setup';

let core: CallbacksCore;
beforeEach(() => {
  core = callbacksCore();
});

/** Every call-back of a customer (any state), oldest first. */
function callbacksOf(customerId: string): readonly Callback[] {
  return core.call('callbacks.queue', { view: 'all', customerId, includeClosed: true, limit: 100 }).rows;
}

function person(name: string, birthDate: string | null, extra: Parameters<typeof customer>[0] | object = {}) {
  return createCustomer(core.db, customer({ name, birthDate, mobile: '138 0013 8000', ...extra }), core.actorId);
}

function buy(customerId: string, product: string, maturesOn: string | null, id?: string) {
  return savePurchase(
    core.db,
    purchaseInput.parse({ id, customerId, occurredOn: '2025-01-10', maturesOn, product, amountCents: 5_000_000 }),
    core.actorId,
  );
}

const settings = (patch: { birthdayLeadDays?: number; maturityLeadDays?: number }) =>
  core.call('callbacks.settings.update', patch);

describe('birthday call-backs', () => {
  it('are planned the lead time before the birthday, for the account manager, saying whose birthday it is', () => {
    const manager = createStaff(core.db, '李娜');
    const zhang = person('张伟', '1985-06-12', { ownerId: manager.id });
    const emily = person('Emily Chen', '1990-06-13');

    // Monday 9 June 2025: the default lead is 3 days, so 12 June is due today, 13 June tomorrow.
    expect(planOccasions(core.db, '2025-06-09')).toEqual({ birthdays: 1, maturities: 0 });
    expect(callbacksOf(zhang.id)).toMatchObject([
      { purpose: 'birthday', dueOn: '2025-06-09', staffId: manager.id, notes: '生日 6月12日', state: 'open' },
    ]);
    expect(callbacksOf(emily.id)).toEqual([]);

    expect(planOccasions(core.db, '2025-06-10')).toEqual({ birthdays: 1, maturities: 0 });
    // No account manager: the default staff member.
    expect(callbacksOf(emily.id)).toMatchObject([{ dueOn: '2025-06-10', staffId: core.actorId }]);
  });

  it('are planned once: not again on a second run, after a restart, after being cancelled, or a changed lead', () => {
    const zhang = person('张伟', '1985-06-12');
    expect(planOccasions(core.db, '2025-06-09').birthdays).toBe(1);
    expect(planOccasions(core.db, '2025-06-09').birthdays).toBe(0);
    expect(planOccasions(core.db, '2025-06-10').birthdays).toBe(0);

    const [planned] = callbacksOf(zhang.id);
    cancelCallbacks(core.db, [planned?.id ?? ''], '客户不需要', core.actorId);
    settings({ birthdayLeadDays: 7 });
    expect(planOccasions(core.db, '2025-06-11').birthdays).toBe(0);
    expect(callbacksOf(zhang.id).map((c) => c.state)).toEqual(['cancelled']);

    // Next year's birthday is a new occasion.
    expect(planOccasions(core.db, '2026-06-05').birthdays).toBe(1);
    expect(callbacksOf(zhang.id).map((c) => c.dueOn)).toEqual(['2025-06-09', '2026-06-05']);
  });

  it('follow the lead-time setting: 0 plans none, a longer lead reaches further ahead', () => {
    const wang = person('王芳', '1979-06-16');
    settings({ birthdayLeadDays: 0 });
    expect(planOccasions(core.db, '2025-06-13')).toEqual({ birthdays: 0, maturities: 0 });
    settings({ birthdayLeadDays: 7 });
    expect(planOccasions(core.db, '2025-06-09').birthdays).toBe(1);
    expect(callbacksOf(wang.id)).toMatchObject([{ dueOn: '2025-06-09', notes: '生日 6月16日' }]);
  });

  it('move earlier to a working day, and a birthday entered late is due today, a past one not at all', () => {
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025, replaceYears: true });
    // Tuesday 17 June − 3 days is Saturday: the Friday before.
    const tue = person('赵静', '1988-06-17');
    expect(planOccasions(core.db, '2025-06-12').birthdays).toBe(0);
    expect(planOccasions(core.db, '2025-06-13').birthdays).toBe(1);
    expect(callbacksOf(tue.id)).toMatchObject([{ dueOn: '2025-06-13' }]);

    // 9 October − 3 days is in the National Day holiday (1–8 October): Tuesday 30 September.
    const october = person('孙丽', '1992-10-09');
    expect(planOccasions(core.db, '2025-09-29').birthdays).toBe(0);
    expect(planOccasions(core.db, '2025-09-30').birthdays).toBe(1);
    expect(callbacksOf(october.id)).toMatchObject([{ dueOn: '2025-09-30', notes: '生日 10月9日' }]);

    const today = person('周杰', '2000-11-05');
    const yesterday = person('吴敏', '2000-11-04');
    expect(planOccasions(core.db, '2025-11-05').birthdays).toBe(1);
    expect(callbacksOf(today.id)).toMatchObject([{ dueOn: '2025-11-05' }]);
    expect(callbacksOf(yesterday.id)).toEqual([]);
  });

  it('of 29 February fall on 28 February in other years', () => {
    const leap = person('郑爽', '1992-02-29');
    // 2025: 28 Feb (Friday) − 3 = Tuesday 25 February.
    expect(planOccasions(core.db, '2025-02-24').birthdays).toBe(0);
    expect(planOccasions(core.db, '2025-02-25').birthdays).toBe(1);
    expect(callbacksOf(leap.id)).toMatchObject([{ dueOn: '2025-02-25', notes: '生日 2月29日' }]);
    // 2028 is a leap year: 29 Feb (Tuesday) − 3 = Saturday 26 → Friday 25 February.
    expect(planOccasions(core.db, '2028-02-24').birthdays).toBe(0);
    expect(planOccasions(core.db, '2028-02-25').birthdays).toBe(1);
    expect(callbacksOf(leap.id).map((c) => c.dueOn)).toEqual(['2025-02-25', '2028-02-25']);
  });

  it('cross the new year: a January birthday planned in December counts for the new year', () => {
    const jan = person('钱进', '1970-01-02');
    // Thursday 2 January 2025 − 3 = Monday 30 December 2024.
    expect(planOccasions(core.db, '2024-12-30').birthdays).toBe(1);
    expect(planOccasions(core.db, '2025-01-01').birthdays).toBe(0);
    expect(callbacksOf(jan.id)).toMatchObject([{ dueOn: '2024-12-30' }]);
  });

  it('skip a customer in the recycle bin; restored, the birthday still ahead is planned', () => {
    const gone = person('冯强', '1980-06-12');
    deleteCustomer(core.db, gone.id, core.actorId);
    expect(planOccasions(core.db, '2025-06-09').birthdays).toBe(0);
    restoreCustomer(core.db, gone.id, core.actorId);
    expect(planOccasions(core.db, '2025-06-10').birthdays).toBe(1);
  });

  it('of a corrected birth date are not planned twice in the same year', () => {
    const chen = person('陈晨', '1985-06-12');
    expect(planOccasions(core.db, '2025-06-09').birthdays).toBe(1);
    updateCustomer(core.db, chen.id, customer({ name: '陈晨', birthDate: '1985-06-13' }), core.actorId);
    expect(planOccasions(core.db, '2025-06-10').birthdays).toBe(0);
  });

  it('are written in English when the app is in English', () => {
    writeSetting(core.db, 'language', 'en');
    person('Emily Chen', '1990-12-03');
    planOccasions(core.db, '2025-11-28');
    expect(core.call('callbacks.queue', { view: 'all', limit: 10 }).rows).toMatchObject([
      { notes: 'Birthday 3 December' },
    ]);
  });
});

describe('maturity call-backs', () => {
  it('are planned 7 days before the maturity date, naming the product, once per purchase and date', () => {
    const manager = createStaff(core.db, '李娜');
    const zhang = person('张伟', null, { ownerId: manager.id });
    const fund = buy(zhang.id, '稳健理财A款', '2025-06-17');
    buy(zhang.id, '基金定投', null);

    // Tuesday 17 June − 7 = Tuesday 10 June.
    expect(planOccasions(core.db, '2025-06-09')).toEqual({ birthdays: 0, maturities: 0 });
    expect(planOccasions(core.db, '2025-06-10')).toEqual({ birthdays: 0, maturities: 1 });
    expect(planOccasions(core.db, '2025-06-10')).toEqual({ birthdays: 0, maturities: 0 });
    expect(callbacksOf(zhang.id)).toMatchObject([
      {
        purpose: 'product_maturity',
        dueOn: '2025-06-10',
        staffId: manager.id,
        notes: '理财产品「稳健理财A款」6月17日到期',
      },
    ]);

    // The maturity date moved: the new date is a new occasion; moving it back plans nothing again.
    buy(zhang.id, '稳健理财A款', '2025-06-20', fund.id);
    expect(planOccasions(core.db, '2025-06-13').maturities).toBe(1);
    buy(zhang.id, '稳健理财A款', '2025-06-17', fund.id);
    expect(planOccasions(core.db, '2025-06-13').maturities).toBe(0);
    expect(callbacksOf(zhang.id).map((c) => c.dueOn)).toEqual(['2025-06-10', '2025-06-13']);
  });

  it('move back before the National Day holiday', () => {
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025, replaceYears: true });
    const li = person('李雷', null);
    // 9 October − 7 = 2 October, a holiday: Tuesday 30 September.
    buy(li.id, '三年期存单', '2025-10-09');
    expect(planOccasions(core.db, '2025-09-29').maturities).toBe(0);
    expect(planOccasions(core.db, '2025-09-30').maturities).toBe(1);
    expect(callbacksOf(li.id)).toMatchObject([{ dueOn: '2025-09-30', notes: '理财产品「三年期存单」10月9日到期' }]);
  });

  it('are not planned for a customer in the recycle bin; restored, they are', () => {
    const han = person('韩梅梅', null);
    buy(han.id, '黄金积存', '2025-06-17');
    deleteCustomer(core.db, han.id, core.actorId);
    expect(planOccasions(core.db, '2025-06-10').maturities).toBe(0);
    restoreCustomer(core.db, han.id, core.actorId);
    expect(planOccasions(core.db, '2025-06-11').maturities).toBe(1);
    expect(callbacksOf(han.id)).toMatchObject([{ dueOn: '2025-06-11' }]);
  });

  it('turned off (0 days) plan nothing, and turned on again plan what is still ahead', () => {
    const li = person('李雷', null);
    buy(li.id, '三年期存单', '2025-06-17');
    settings({ maturityLeadDays: 0 });
    expect(planOccasions(core.db, '2025-06-10').maturities).toBe(0);
    // 17 June − 3 days is a Saturday: due Friday 13 June.
    settings({ maturityLeadDays: 3 });
    expect(planOccasions(core.db, '2025-06-12').maturities).toBe(0);
    expect(planOccasions(core.db, '2025-06-13').maturities).toBe(1);
  });
});

describe('lead-time settings', () => {
  it('default to 3 days for birthdays and 7 for maturities, and refuse more than 60', () => {
    expect(core.call('callbacks.settings.get', {})).toMatchObject({ birthdayLeadDays: 3, maturityLeadDays: 7 });
    expect(() => settings({ birthdayLeadDays: 61 })).toThrow();
    expect(() => settings({ maturityLeadDays: -1 })).toThrow();
    expect(settings({ birthdayLeadDays: 5, maturityLeadDays: 0 })).toMatchObject({
      birthdayLeadDays: 5,
      maturityLeadDays: 0,
    });
  });
});
