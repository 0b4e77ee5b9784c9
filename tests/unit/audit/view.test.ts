import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { translate } from '../../../shared/i18n/index';
import { changesText } from '../../../renderer/src/audit/changes';
import { createFormatters } from '../../../renderer/src/i18n/format';
import { branchWithSignIn, call, gatedCore } from '../auth/auth-helpers';

// Each password is hashed with scrypt (N = 2^15): slow on purpose, slower on a busy machine (the timeouts).
let core: Core;
afterEach(() => core?.close());

describe('the audit view', { timeout: 60_000 }, () => {
  it('filters by person, customer, kind of change and period, newest first, a page at a time', async () => {
    core = gatedCore();
    const { wangId, chenId, manager } = await branchWithSignIn(core);
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    const chen = (await call(core, 'auth.signIn', { staffId: chenId, secret: '246800' })).session;
    const zhang = await call(
      core,
      'customers.create',
      { customer: { kind: 'person', name: '张伟', mobile: '13812345678', ownerId: wangId } },
      { session: wang },
    );
    const li = await call(
      core,
      'customers.create',
      { customer: { kind: 'person', name: '李娜', mobile: '13912345678', ownerId: chenId } },
      { session: chen },
    );
    const shown = (await call(core, 'customers.get', { id: zhang.id }, { session: manager })).customer;
    await call(
      core,
      'customers.update',
      { id: zhang.id, customer: { ...shown, tags: [...shown.tags], region: '北京市朝阳区' } },
      { session: manager },
    );
    await call(
      core,
      'interactions.create',
      { customerId: zhang.id, kind: 'call', occurredAt: '2026-12-01T02:00:00Z', summary: '电话回访，客户满意' },
      { session: wang },
    );

    const history = await call(core, 'audit.list', { customerId: zhang.id }, { session: manager });
    expect(history.total).toBe(3);
    expect(history.rows.map((r) => [r.entity, r.action, r.staffName])).toEqual([
      ['interaction', 'create', '王芳'],
      ['customer', 'update', '李经理'],
      ['customer', 'create', '王芳'],
    ]);
    expect(history.rows.every((r) => r.customerName === '张伟')).toBe(true);
    expect(history.rows[1]?.changes).toEqual({ region: [null, '北京市朝阳区'] });

    const byChen = await call(core, 'audit.list', { staffId: chenId }, { session: manager });
    // 陈磊's entries: the customer he created, and before it his sign-in (which hangs on no customer).
    expect(byChen.rows.map((r) => [r.action, r.customerId])).toEqual([
      ['create', li.id],
      ['signIn', null],
    ]);
    const updates = await call(core, 'audit.list', { action: 'update', entity: 'customer' }, { session: manager });
    expect(updates.rows.map((r) => r.entityId)).toEqual([zhang.id]);
    const paged = await call(core, 'audit.list', { pageSize: 2, page: 1 }, { session: manager });
    expect(paged.rows.length).toBe(2);
    expect(paged.total).toBeGreaterThan(4);
    const never = await call(core, 'audit.list', { from: '2020-01-01', to: '2020-12-31' }, { session: manager });
    expect(never.total).toBe(0);
    const refused = await core.dispatch('audit.list', { from: '2026-12-31', to: '2026-01-01' }, { session: manager });
    expect(refused.ok ? null : refused.error.issues?.[0]?.code).toBe('audit.periodOrder');

    // Staff see what they did themselves only.
    const own = await call(core, 'audit.list', {}, { session: wang });
    expect(new Set(own.rows.map((r) => r.staffId))).toEqual(new Set([wangId]));
  });

  it('records an unmasked read of a phone and ID number by staff', async () => {
    core = gatedCore();
    const { wangId, manager } = await branchWithSignIn(core);
    const zhang = await call(
      core,
      'customers.create',
      { customer: { kind: 'person', name: '张伟', mobile: '13812345678', ownerId: wangId } },
      { session: manager },
    );
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    expect((await call(core, 'customers.get', { id: zhang.id }, { session: wang })).customer.mobile).toBe(
      '138****5678',
    );
    expect((await call(core, 'privacy.reveal', { id: zhang.id }, { session: wang })).mobile).toBe('13812345678');
    const reads = await call(core, 'audit.list', { action: 'read' }, { session: manager });
    expect(reads.rows.map((r) => [r.staffName, r.customerName])).toEqual([['王芳', '张伟']]);
  });

  it('names staff in a staff member’s customer history, one who has since left too', async () => {
    core = gatedCore();
    const { wangId, chenId, manager } = await branchWithSignIn(core);
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    const acme = await call(
      core,
      'customers.create',
      { customer: { kind: 'company', name: 'Acme Trading Ltd', mobile: '+1 415 555 0132', ownerId: null } },
      { session: wang },
    );
    const shown = (await call(core, 'customers.get', { id: acme.id }, { session: wang })).customer;
    await call(
      core,
      'customers.update',
      { id: acme.id, customer: { ...shown, tags: [...shown.tags], ownerId: wangId } },
      { session: wang },
    );
    await call(
      core,
      'callbacks.create',
      { customerId: acme.id, dueOn: '2026-12-07', staffId: chenId, notes: '确认对公账户年费' },
      { session: wang },
    );
    // The manager's staff overview (deactivated staff included) is not open to staff.
    const overview = await core.dispatch('staff.overview', {}, { session: wang });
    expect(overview.ok).toBe(false);

    // 陈磊 leaves the branch: off the pickers' list, still named in the history.
    await call(core, 'staff.deactivate', { id: chenId, reassignTo: wangId }, { session: manager });
    expect((await call(core, 'staff.list', {}, { session: wang })).map((s) => s.name)).not.toContain('陈磊');
    const history = await call(core, 'audit.list', { customerId: acme.id }, { session: wang });
    const read = (language: 'zh-CN' | 'en') =>
      history.rows.map((e) => changesText((k, p) => translate(language, k, p), createFormatters(language), e));
    const zh = read('zh-CN');
    expect(zh).toContain('客户经理：— → 王芳');
    expect(zh.find((text) => text.includes('确认对公账户年费'))).toContain('回访人：陈磊');
    expect(read('en')).toContain('Account manager: — → 王芳');
    expect([...zh, ...read('en')].join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
