import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { LOCKOUT } from '../../../electron/core/auth/accounts';
import { branchWithSignIn, call, gatedCore } from './auth-helpers';

// Each password is hashed with scrypt (N = 2^15): slow on purpose, slower on a busy machine (the timeouts).
let core: Core;
afterEach(() => core?.close());

const entries = (staffId: string) =>
  core.db
    .prepare(
      `SELECT action, staff_id AS staffId, changes FROM audit_log
        WHERE entity = 'staff' AND entity_id = ? AND action LIKE 'sign%' ORDER BY seq`,
    )
    .all(staffId)
    .map((r) => {
      const row = r as { action: string; staffId: string | null; changes: string | null };
      return { ...row, changes: row.changes === null ? null : (JSON.parse(row.changes) as unknown) };
    });

describe('sign-ins in the audit log', { timeout: 60_000 }, () => {
  it('records each sign-in, sign-out and refused attempt under the account tried', async () => {
    core = gatedCore();
    const { wangId, manager } = await branchWithSignIn(core);
    const wrong = await core.dispatch('auth.signIn', { staffId: wangId, secret: '135791' });
    expect(wrong.ok ? 'signed in' : wrong.error.issues?.[0]?.code).toBe('auth.wrongSecret');
    const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
    await call(core, 'auth.signOut', {}, { session: wang });
    // Signing out again with the ended session records nothing more.
    await call(core, 'auth.signOut', {}, { session: wang });
    expect(entries(wangId)).toEqual([
      { action: 'signInFailed', staffId: null, changes: { reason: 'auth.wrongSecret', left: LOCKOUT.attempts - 1 } },
      { action: 'signIn', staffId: wangId, changes: null },
      { action: 'signOut', staffId: wangId, changes: null },
    ]);
    // The audit view lists them, named by kind of change, for the manager.
    const signIns = await call(core, 'audit.list', { action: 'signIn', staffId: wangId }, { session: manager });
    expect(signIns.rows.map((r) => [r.staffName, r.entity, r.action])).toEqual([['王芳', 'staff', 'signIn']]);
  });

  it('records the attempts that lock an account, and the ones refused while it is locked', async () => {
    core = gatedCore();
    const { chenId } = await branchWithSignIn(core);
    for (let i = 0; i <= LOCKOUT.attempts; i++)
      await core.dispatch('auth.signIn', { staffId: chenId, secret: '000000' });
    const reasons = entries(chenId).map((e) => (e.changes as { reason: string }).reason);
    expect(reasons).toEqual([
      ...Array.from({ length: LOCKOUT.attempts - 1 }, () => 'auth.wrongSecret'),
      'auth.locked',
      'auth.locked',
    ]);
    const lock = core.db
      .prepare(
        "SELECT changes FROM audit_log WHERE entity = 'staff' AND entity_id = ? AND changes LIKE '%lockedUntil%'",
      )
      .pluck()
      .get(chenId) as string;
    expect(JSON.parse(lock)).toMatchObject({ lockedUntil: [null, expect.any(String)] });
  });
});
