/** Risk matching (风险匹配): a product above the customer's level, or on an expired or missing assessment, is refused. */
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import type { Input } from '../../../shared/contract';
import { unwrap } from '../../../shared/result';
import { addDays, expiryStatus, suitability, yearAfter } from '../../../shared/risk/matching';
import { localDate } from '../../../shared/rules/calendar';
import { customer, memoryCore } from '../helpers';
import { typed } from './call';

function branch() {
  const core = memoryCore();
  const dispatch = typed(core.dispatch);
  const zhang = createCustomer(core.db, customer({ name: '张伟', mobile: '138 1234 5678' }), null);
  const product = async (name: string, riskRating: number) =>
    unwrap(await dispatch('products.save', { name, riskRating, category: '基金' }));
  const buy = (input: Partial<Input<'purchases.save'>> & { product: string }) =>
    dispatch('purchases.save', {
      customerId: zhang.id,
      occurredOn: '2026-06-01',
      amountCents: 5_000_000,
      ...input,
    });
  return { db: core.db, dispatch, zhang, product, buy };
}

describe('the matching rule', () => {
  const c2 = { level: 2 as const, assessedOn: '2026-01-10', expiresOn: '2027-01-10' };

  it('allows a rating at or below the level and refuses one above it', () => {
    expect(suitability(2, c2, '2026-06-01')).toEqual({ ok: true });
    expect(suitability(1, c2, '2026-06-01')).toEqual({ ok: true });
    expect(suitability(3, c2, '2026-06-01')).toMatchObject({ ok: false, code: 'risk.unsuitable', level: 2 });
  });

  it('allows only R1 on an expired assessment or without one', () => {
    expect(suitability(1, c2, '2027-01-10')).toEqual({ ok: true });
    expect(suitability(2, c2, '2027-01-10')).toMatchObject({
      ok: false,
      code: 'risk.expired',
      expiresOn: '2027-01-10',
    });
    expect(suitability(2, c2, '2027-01-09')).toEqual({ ok: true });
    expect(suitability(2, null, '2026-06-01')).toMatchObject({ ok: false, code: 'risk.unassessed', level: null });
  });

  it('expires a year later by default and marks the last 30 days', () => {
    expect(yearAfter('2026-03-15')).toBe('2027-03-15');
    expect(yearAfter('2028-02-29')).toBe('2029-02-28');
    expect(expiryStatus('2026-07-01', '2026-06-01')).toBe('expiring');
    expect(expiryStatus('2026-07-02', '2026-06-01')).toBe('valid');
    expect(expiryStatus('2026-06-01', '2026-06-01')).toBe('expired');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('recording a purchase', () => {
  it('refuses a product above the customer’s level, with the figures, and writes nothing', async () => {
    const { dispatch, db, zhang, product, buy } = branch();
    await product('股票基金', 4);
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 2, assessedOn: '2026-01-10' }));
    const reply = await buy({ product: '股票基金' });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'risk.unsuitable',
        issues: [{ path: 'riskOverride', code: 'risk.unsuitable.detail' }],
        details: { product: '股票基金', rating: 'R4', level: 'C2', expiresOn: '2027-01-10' },
      },
    });
    expect(db.prepare('SELECT count(*) FROM transactions').pluck().get()).toBe(0);
  });

  it('saves a product at the customer’s level without a reason', async () => {
    const { dispatch, zhang, product, buy } = branch();
    const bond = await product('债券基金', 2);
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 2, assessedOn: '2026-01-10' }));
    // Typed by name, not picked: the catalogue's product of that name is found (trimmed, any case).
    const saved = unwrap(await buy({ product: ' 债券基金 ' }));
    expect(saved).toMatchObject({ productId: bond.id, riskRating: 2, riskOverride: null });
  });

  it('allows nothing above R1 on an expired assessment', async () => {
    const { dispatch, zhang, product, buy } = branch();
    await product('活期存款', 1);
    await product('稳健理财A款', 2);
    unwrap(
      await dispatch('risk.assess', {
        customerId: zhang.id,
        level: 5,
        assessedOn: '2025-01-10',
        expiresOn: '2026-01-10',
      }),
    );
    expect(unwrap(await buy({ product: '活期存款' }))).toMatchObject({ riskRating: 1 });
    expect(await buy({ product: '稳健理财A款' })).toMatchObject({
      ok: false,
      error: { code: 'risk.expired', details: { level: 'C5', expiresOn: '2026-01-10', rating: 'R2' } },
    });
  });

  it('refuses above R1 for a customer never assessed, judged on the purchase’s day', async () => {
    const { dispatch, zhang, product, buy } = branch();
    await product('混合基金', 3);
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 4, assessedOn: '2026-03-01' }));
    expect(await buy({ product: '混合基金', occurredOn: '2026-02-28' })).toMatchObject({
      ok: false,
      error: { code: 'risk.unassessed', details: { on: '2026-02-28', level: '' } },
    });
    expect(await buy({ product: '混合基金', occurredOn: '2026-03-01' })).toMatchObject({ ok: true });
  });

  it('goes on with a reason: the reason is stored and audited', async () => {
    const { dispatch, db, zhang, product, buy } = branch();
    await product('私募股权', 5);
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 3, assessedOn: '2026-01-10' }));
    const reason = '客户坚持购买，已签署风险揭示书';
    const saved = unwrap(await buy({ product: '私募股权', riskOverride: reason }));
    expect(saved).toMatchObject({ riskRating: 5, riskOverride: reason });
    const audited = db
      .prepare("SELECT changes FROM audit_log WHERE entity = 'transaction' AND entity_id = ?")
      .pluck()
      .get(saved.id) as string;
    expect(JSON.parse(audited)).toMatchObject({ riskOverride: reason, product: '私募股权' });
    // Edited later without changing product or day: not asked again, the reason stays.
    const edited = unwrap(await buy({ id: saved.id, product: '私募股权', notes: '分两次打款' }));
    expect(edited).toMatchObject({ riskOverride: reason, notes: '分两次打款' });
  });

  it('does not check a product the catalogue does not hold', async () => {
    const { zhang, buy, dispatch } = branch();
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 1, assessedOn: '2026-01-10' }));
    expect(unwrap(await buy({ product: 'Travel insurance' }))).toMatchObject({ productId: null, riskRating: null });
  });
});

describe('assessing a customer', () => {
  it('keeps every assessment, the newest first, and records each change of level', async () => {
    const { dispatch, db, zhang } = branch();
    const first = unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 2, assessedOn: '2025-05-01' }));
    expect(first.expiresOn).toBe('2026-05-01');
    unwrap(
      await dispatch('risk.assess', {
        customerId: zhang.id,
        level: 3,
        assessedOn: '2026-04-20',
        expiresOn: '2026-12-31',
        notes: '问卷 46 分',
      }),
    );
    // Re-assessed at the same level: no change of class.
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 3, assessedOn: '2026-05-02' }));
    const risk = unwrap(await dispatch('risk.get', { customerId: zhang.id }));
    expect(risk.current).toMatchObject({ level: 3, assessedOn: '2026-05-02', expiresOn: '2027-05-02' });
    expect(risk.history.map((a) => a.assessedOn)).toEqual(['2026-05-02', '2026-04-20', '2025-05-01']);
    expect(
      db
        .prepare(
          "SELECT changed_on AS changedOn, old_class AS oldClass, new_class AS newClass FROM class_changes WHERE scheme = 'risk' ORDER BY changed_on",
        )
        .all(),
    ).toEqual([
      { changedOn: '2025-05-01', oldClass: null, newClass: 'C2' },
      { changedOn: '2026-04-20', oldClass: 'C2', newClass: 'C3' },
    ]);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'risk_assessment'").pluck().get()).toBe(3);
  });

  it('takes the one recorded later of two made the same day, in the check, the lists and the history', async () => {
    const { dispatch, db, zhang, product, buy } = branch();
    await product('股票基金', 4);
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 2, assessedOn: '2026-05-02' }));
    unwrap(await dispatch('risk.assess', { customerId: zhang.id, level: 4, assessedOn: '2026-05-02', notes: '更正' }));
    expect(unwrap(await buy({ product: '股票基金', occurredOn: '2026-05-02' }))).toMatchObject({ riskOverride: null });
    expect(unwrap(await dispatch('risk.mismatches', {})).total).toBe(0);
    expect(unwrap(await dispatch('risk.get', { customerId: zhang.id })).current).toMatchObject({ level: 4 });
    expect(db.prepare("SELECT old_class, new_class FROM class_changes WHERE scheme = 'risk'").raw().all()).toEqual([
      [null, 'C4'],
    ]);
  });

  it('refuses a future date, an expiry before the assessment and a level outside C1–C5', async () => {
    const { dispatch, zhang } = branch();
    const tomorrow = addDays(localDate(), 1);
    expect(await dispatch('risk.assess', { customerId: zhang.id, level: 2, assessedOn: tomorrow })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'assessedOn', code: 'date.future' }] },
    });
    expect(
      await dispatch('risk.assess', {
        customerId: zhang.id,
        level: 2,
        assessedOn: '2026-01-10',
        expiresOn: '2026-01-10',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'expiresOn', code: 'risk.expiryBeforeAssessment' }] } });
    expect(await dispatch('risk.assess', { customerId: zhang.id, level: 6, assessedOn: '2026-01-10' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'level', code: 'risk.levelInvalid' }] },
    });
  });
});
