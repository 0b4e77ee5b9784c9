import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { LOCKOUT, checkSecret } from '../../../electron/core/auth/accounts';
import { CHANNEL_ACCESS } from '../../../shared/auth/access';
import { CHANNELS } from '../../../shared/channels';
import { branchWithSignIn, call, gatedCore } from './auth-helpers';

// Each password is hashed with scrypt (N = 2^15): slow on purpose, slower on a busy machine (the timeouts).
let core: Core;
afterEach(() => core?.close());

describe('sign-in off (the default)', { timeout: 60_000 }, () => {
  it('answers every channel without a session, as before', async () => {
    core = gatedCore();
    const status = await call(core, 'auth.status', {});
    expect(status.enabled).toBe(false);
    expect(status.me?.role).toBe('manager');
    const created = await call(core, 'customers.create', {
      customer: { kind: 'person', name: '张伟', mobile: '13812345678' },
    });
    expect(created.name).toBe('张伟');
    expect((await call(core, 'settings.update', { language: 'en' })).language).toBe('en');
  });

  it('cannot be turned on before the manager has set their own password', async () => {
    core = gatedCore();
    const reply = await core.dispatch('auth.configure', { enabled: true });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.issues?.[0]?.code).toBe('auth.setOwnSecretFirst');
    expect((await call(core, 'auth.status', {})).enabled).toBe(false);
  });
});

describe('sign-in on', { timeout: 60_000 }, () => {
  it('refuses calls without a session, except the sign-in screen’s', async () => {
    core = gatedCore();
    await branchWithSignIn(core);
    const list = await core.dispatch('customers.list', {});
    expect(list.ok ? null : list.error.code).toBe('auth.required');
    const status = await call(core, 'auth.status', {});
    expect(status.enabled).toBe(true);
    expect(status.me).toBeNull();
    expect(status.accounts.map((a) => a.name).sort()).toEqual(['李经理', '王芳', '陈磊'].sort());
  });

  it('refuses a staff session a manager’s channel through the dispatch, and lets the manager through', async () => {
    core = gatedCore();
    const { wangId, manager } = await branchWithSignIn(core);
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    for (const channel of ['settings.update', 'staff.create', 'import.undo', 'export.create', 'audit.list'] as const) {
      const input =
        channel === 'settings.update'
          ? { language: 'en' }
          : channel === 'staff.create'
            ? { name: '赵强' }
            : channel === 'import.undo'
              ? { batchId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }
              : {};
      const reply = await core.dispatch(channel, input, { session: wang });
      if (CHANNEL_ACCESS[channel] === 'manager') expect(reply.ok ? 'ok' : reply.error.code).toBe('auth.forbidden');
      else expect(reply.ok).toBe(true);
    }
    expect((await call(core, 'settings.get', {})).language).toBeNull();
    expect((await call(core, 'staff.list', {}, { session: manager })).map((s) => s.name)).not.toContain('赵强');
    expect((await call(core, 'settings.update', { language: 'en' }, { session: manager })).language).toBe('en');
  });

  it('signs a session out, and a wrong or made-up token is no session', async () => {
    core = gatedCore();
    const { wangId } = await branchWithSignIn(core);
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    expect((await call(core, 'auth.status', {}, { session: wang })).me?.name).toBe('王芳');
    await call(core, 'auth.signOut', {}, { session: wang });
    const after = await core.dispatch('customers.list', {}, { session: wang });
    expect(after.ok ? null : after.error.code).toBe('auth.required');
    const forged = await core.dispatch('customers.list', {}, { session: 'x'.repeat(43) });
    expect(forged.ok ? null : forged.error.code).toBe('auth.required');
  });

  it('attributes every write to the signed-in person', async () => {
    core = gatedCore();
    const { wangId, chenId } = await branchWithSignIn(core);
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    const chen = (await call(core, 'auth.signIn', { staffId: chenId, secret: '246800' })).session;
    const [a, b] = await Promise.all([
      call(
        core,
        'customers.create',
        { customer: { kind: 'person', name: '刘洋', mobile: '13912345678', ownerId: wangId } },
        { session: wang },
      ),
      call(
        core,
        'customers.create',
        { customer: { kind: 'person', name: 'Emily Chen', mobile: '13687654321', ownerId: chenId } },
        { session: chen },
      ),
    ]);
    const who = (id: string) =>
      core.db
        .prepare("SELECT staff_id FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND action = 'create'")
        .pluck()
        .get(id);
    expect(who(a.id)).toBe(wangId);
    expect(who(b.id)).toBe(chenId);
    expect(a.createdBy).toBe(wangId);
  });

  it('shows staff their own and unassigned customers only, with phones and ID numbers masked', async () => {
    core = gatedCore();
    const { wangId, chenId, manager } = await branchWithSignIn(core);
    const make = (name: string, mobile: string, ownerId: string | null) =>
      call(
        core,
        'customers.create',
        { customer: { kind: 'person', name, mobile, ownerId, idNumber: null } },
        { session: manager },
      );
    const mine = await make('张伟', '13812345678', wangId);
    const theirs = await make('李娜', '13912345678', chenId);
    const nobody = await make('Wang Lei', '13700001111', null);
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    const list = await call(core, 'customers.list', {}, { session: wang });
    expect(list.rows.map((r) => r.name).sort()).toEqual(['Wang Lei', '张伟'].sort());
    expect(list.total).toBe(2);
    expect(list.rows.find((r) => r.id === mine.id)?.mobile).toBe('138****5678');
    const search = await call(core, 'customers.search', { query: '139' }, { session: wang });
    expect(search.map((h) => h.id)).not.toContain(theirs.id);
    const refused = await core.dispatch('customers.get', { id: theirs.id }, { session: wang });
    expect(refused.ok ? null : refused.error.code).toBe('not_found');
    expect((await call(core, 'customers.get', { id: nobody.id }, { session: wang })).customer.name).toBe('Wang Lei');
    // What hangs on another's customer is out of reach by id too: their timeline, risk level, call-backs.
    for (const [channel, input] of [
      ['interactions.list', { customerId: theirs.id }],
      ['risk.get', { customerId: theirs.id }],
      ['callbacks.create', { customerId: theirs.id, dueOn: '2030-03-04' }],
    ] as const) {
      const reply = await core.dispatch(channel, input, { session: wang });
      expect(reply.ok ? channel : reply.error.code).toBe('not_found');
    }
    expect((await core.dispatch('interactions.list', { customerId: mine.id }, { session: wang })).ok).toBe(true);
    // Saving the form unchanged sends the masked phone back: the stored one is kept.
    const shown = (await call(core, 'customers.get', { id: mine.id }, { session: wang })).customer;
    await call(
      core,
      'customers.update',
      { id: mine.id, customer: { ...shown, tags: [...shown.tags], notes: '已回访' } },
      { session: wang },
    );
    expect(core.db.prepare('SELECT mobile FROM customers WHERE id = ?').pluck().get(mine.id)).toBe('13812345678');
    // The manager sees everything unmasked.
    const all = await call(core, 'customers.list', {}, { session: manager });
    expect(all.total).toBe(3);
    expect(all.rows.find((r) => r.id === theirs.id)?.mobile).toBe('13912345678');
  });
});

describe('lockout', { timeout: 60_000 }, () => {
  it('locks an account for five minutes after five wrong passwords in a row, then lets the right one in', async () => {
    core = gatedCore();
    const { wangId } = await branchWithSignIn(core);
    let now = new Date('2026-12-03T09:00:00Z');
    const clock = () => now;
    for (let i = 1; i < LOCKOUT.attempts; i++) {
      await expect(checkSecret(core.db, wangId, 'wrong-one', clock)).rejects.toMatchObject({
        details: { left: LOCKOUT.attempts - i },
      });
    }
    await expect(checkSecret(core.db, wangId, 'wrong-one', clock)).rejects.toMatchObject({
      code: 'auth.locked',
      details: { until: '2026-12-03T09:05:00.000Z' },
    });
    // While locked even the right password is refused.
    now = new Date('2026-12-03T09:04:59Z');
    await expect(checkSecret(core.db, wangId, '135790', clock)).rejects.toMatchObject({ code: 'auth.locked' });
    now = new Date('2026-12-03T09:05:01Z');
    expect((await checkSecret(core.db, wangId, '135790', clock)).name).toBe('王芳');
    // A right one clears the count: four more wrong ones do not lock.
    for (let i = 1; i < LOCKOUT.attempts; i++)
      await expect(checkSecret(core.db, wangId, 'nope!!', clock)).rejects.toThrow();
    expect((await checkSecret(core.db, wangId, '135790', clock)).name).toBe('王芳');
  }, 60_000);
});

describe('the role map', { timeout: 60_000 }, () => {
  it('places every channel, and keeps managers’ work from staff', () => {
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...CHANNELS].sort());
    for (const channel of [
      'settings.update',
      'staff.create',
      'auth.setRole',
      'import.undo',
      'export.create',
      'privacy.erase',
    ] as const)
      expect(CHANNEL_ACCESS[channel]).toBe('manager');
    expect(CHANNEL_ACCESS['auth.signIn']).toBe('public');
    expect(CHANNEL_ACCESS['callbacks.log']).toBe('staff');
  });

  it('keeps the last manager who can sign in a manager', async () => {
    core = gatedCore();
    const { managerId, manager } = await branchWithSignIn(core);
    const reply = await core.dispatch('auth.setRole', { staffId: managerId, role: 'staff' }, { session: manager });
    expect(reply.ok ? null : reply.error.issues?.[0]?.code).toBe('auth.lastManager');
  });
});
