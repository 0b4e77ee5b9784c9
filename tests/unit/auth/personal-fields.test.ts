import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import type { Customer } from '../../../shared/customers/types';
import { isPersonalField, looksPersonal } from '../../../shared/privacy/personal-fields';
import { branchWithSignIn, call, gatedCore } from './auth-helpers';

// Each password is hashed with scrypt (N = 2^15): slow on purpose, slower on a busy machine (the timeouts).
let core: Core;
afterEach(() => core?.close());

/** A customer as the edit form sends it back. */
const form = (customer: Customer) => ({ ...customer, tags: [...customer.tags] });

/** 王芳's customer 张伟 with a second mobile, an old ID number and a WeChat id in custom fields. */
async function branch() {
  core = gatedCore();
  const ids = await branchWithSignIn(core);
  const asManager = { session: ids.manager };
  const zhang = await call(
    core,
    'customers.create',
    {
      customer: {
        kind: 'person',
        name: '张伟',
        mobile: '13812345678',
        ownerId: ids.wangId,
        customFields: { 备用手机: '13911112222', '身份证(旧)': '310104198001011234', 微信号: 'zhangwei_88' },
      },
    },
    asManager,
  );
  const wang = (await call(core, 'auth.signIn', { staffId: ids.wangId, secret: '135790' })).session;
  return { ...ids, zhang, asManager, asWang: { session: wang } };
}

describe('custom fields that hold personal data', { timeout: 60_000 }, () => {
  it('takes fields named like a phone or an ID number as personal by default', () => {
    for (const name of [
      '手机',
      '备用手机',
      '电话',
      '联系电话',
      'Mobile',
      'Home phone',
      'Tel',
      '身份证',
      '身份证(旧)',
      'Passport',
      'ID number',
    ])
      expect(looksPersonal(name) ? name : `${name} not personal`).toBe(name);
    for (const name of ['微信号', '行业备注', 'Hobby', 'Title', 'Idea', 'Hotel'])
      expect(looksPersonal(name) ? `${name} personal` : name).toBe(name);
    // A manager's flag wins over the name.
    expect(isPersonalField('微信号', { 微信号: true })).toBe(true);
    expect(isPersonalField('手机', { 手机: false })).toBe(false);
  });

  it('masks them for staff on the customer page, the list, the search and the audit log; the manager sees them whole', async () => {
    const b = await branch();
    const detail = await call(core, 'customers.get', { id: b.zhang.id }, b.asWang);
    expect(detail.customer.customFields).toEqual({
      备用手机: '139****2222',
      '身份证(旧)': '310104********1234',
      微信号: 'zhangwei_88',
    });
    // Her own changes are in her audit view with before and after: a new customer, and a second mobile changed.
    const li = await call(
      core,
      'customers.create',
      { customer: { kind: 'person', name: '李娜', customFields: { 手机: '13566667777' } } },
      b.asWang,
    );
    await call(
      core,
      'customers.update',
      {
        id: b.zhang.id,
        customer: {
          ...form(detail.customer),
          customFields: { ...detail.customer.customFields, 备用手机: '13900003333' },
        },
      },
      b.asWang,
    );
    const answers = [
      await call(core, 'customers.get', { id: b.zhang.id }, b.asWang),
      await call(core, 'customers.get', { id: li.id }, b.asWang),
      await call(core, 'customers.search', { query: '张伟' }, b.asWang),
      await call(core, 'customers.list', {}, b.asWang),
      await call(core, 'audit.list', { customerId: b.zhang.id }, b.asWang),
      await call(core, 'audit.list', { customerId: li.id }, b.asWang),
      li,
    ];
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      for (const full of ['13911112222', '13900003333', '310104198001011234', '13566667777'])
        expect(text.includes(full) ? `shows ${full}` : 'masked').toBe('masked');
    }
    const audited = JSON.stringify(await call(core, 'audit.list', { customerId: b.zhang.id }, b.asWang));
    expect(audited).toContain('139****2222');
    expect(audited).toContain('139****3333');
    const whole = await call(core, 'customers.get', { id: b.zhang.id }, b.asManager);
    expect(whole.customer.customFields['备用手机']).toBe('13900003333');
    // The manager's audit view has the values whole, as they were.
    const managers = JSON.stringify(await call(core, 'audit.list', { customerId: b.zhang.id }, b.asManager));
    expect([managers.includes('13911112222'), managers.includes('13900003333')]).toEqual([true, true]);
  });

  it('keeps the stored values when staff save the form with the masked ones unchanged, and takes a new one as typed', async () => {
    const b = await branch();
    const shown = (await call(core, 'customers.get', { id: b.zhang.id }, b.asWang)).customer;
    expect(shown.customFields['备用手机']).toBe('139****2222');
    await call(core, 'customers.update', { id: b.zhang.id, customer: { ...form(shown), notes: '周末勿扰' } }, b.asWang);
    const stored = () =>
      JSON.parse(core.db.prepare('SELECT custom_fields FROM customers WHERE id = ?').pluck().get(b.zhang.id) as string);
    expect(stored()).toEqual({ 备用手机: '13911112222', '身份证(旧)': '310104198001011234', 微信号: 'zhangwei_88' });
    await call(
      core,
      'customers.update',
      {
        id: b.zhang.id,
        customer: { ...form(shown), customFields: { ...shown.customFields, 备用手机: '13900003333' } },
      },
      b.asWang,
    );
    expect(stored()['备用手机']).toBe('13900003333');
    expect(stored()['身份证(旧)']).toBe('310104198001011234');
  });

  it('lets a manager flag and unflag a field in Settings, audited; staff cannot', async () => {
    const b = await branch();
    const settings = await call(core, 'privacy.settings', {}, b.asManager);
    expect(new Set(settings.customFields.map((f) => JSON.stringify(f)))).toEqual(
      new Set(
        [
          { name: '备用手机', personal: true, suggested: true },
          { name: '微信号', personal: false, suggested: false },
          { name: '身份证(旧)', personal: true, suggested: true },
        ].map((f) => JSON.stringify(f)),
      ),
    );
    const changed = await call(
      core,
      'privacy.settings',
      { personalFields: { 微信号: true, 备用手机: false } },
      b.asManager,
    );
    expect(changed.customFields.filter((f) => f.personal).map((f) => f.name)).toEqual(['身份证(旧)', '微信号'].sort());
    const fields = (await call(core, 'customers.get', { id: b.zhang.id }, b.asWang)).customer.customFields;
    expect([fields['微信号'], fields['备用手机']]).toEqual(['zha****i_88', '13911112222']);
    const entry = core.db
      .prepare("SELECT changes FROM audit_log WHERE entity = 'privacy' ORDER BY seq DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(entry)).toEqual({ personalFields: { 微信号: [false, true], 备用手机: [true, false] } });
    const refused = await core.dispatch('privacy.settings', { personalFields: { 备用手机: true } }, b.asWang);
    expect(refused.ok ? 'changed' : refused.error.code).toBe('auth.forbidden');
    const bad = await core.dispatch('privacy.settings', { personalFields: { '  ': true } }, b.asManager);
    expect(bad.ok ? 'saved' : bad.error.issues?.[0]?.code).toBe('privacy.fieldNameInvalid');
  });
});
