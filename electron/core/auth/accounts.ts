/**
 * Staff accounts: roles, passwords or PINs, the lockout after wrong ones, the OS account the CLI maps, and the
 * sign-in setting. Every change is audited (never the secret itself).
 */
import type { Account, Role, SignedIn } from '../../../shared/auth/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { readSetting, writeSetting } from '../settings/settings';
import { hashSecret, verifySecret } from './passwords';

/** Wrong passwords in a row that lock an account, and for how long. */
export const LOCKOUT = { attempts: 5, minutes: 5 } as const;
const DEFAULT_IDLE_MINUTES = 10;

interface AccountRow {
  id: string;
  name: string;
  isDefault: number;
  role: Role;
  secretHash: string | null;
  failed: number;
  lockedUntil: string | null;
  osUser: string | null;
  deletedAt: string | null;
}

const ACCOUNT_SQL = `SELECT id, name, is_default AS isDefault, role, secret_hash AS secretHash, failed_sign_ins AS failed,
  locked_until AS lockedUntil, os_user AS osUser, deleted_at AS deletedAt FROM staff`;

function accountRow(db: Db, id: string): AccountRow {
  const row = stmt(db, `${ACCOUNT_SQL} WHERE id = ?`).get(id) as AccountRow | undefined;
  if (!row || row.deletedAt !== null)
    throw new DossierError({ code: 'not_found', message: `No staff member with id ${id}`, details: { id } });
  return row;
}

const lockedUntil = (row: AccountRow, now: string): string | null =>
  row.lockedUntil !== null && row.lockedUntil > now ? row.lockedUntil : null;

const toAccount = (row: AccountRow, now: string): Account => ({
  id: row.id,
  name: row.name,
  role: row.role,
  hasSecret: row.secretHash !== null,
  lockedUntil: lockedUntil(row, now),
  osUser: row.osUser,
});

const signedIn = (row: { id: string; name: string; role: Role }): SignedIn => ({
  id: row.id,
  name: row.name,
  role: row.role,
});

export function listAccounts(db: Db): Account[] {
  const now = nowIso();
  return (stmt(db, `${ACCOUNT_SQL} WHERE deleted_at IS NULL ORDER BY is_default DESC, name`).all() as AccountRow[]).map(
    (r) => toAccount(r, now),
  );
}

/** The active staff member `id`, as a session names them; null for someone deactivated or unknown. */
export function activeAccount(db: Db, id: string): SignedIn | null {
  const row = stmt(db, `${ACCOUNT_SQL} WHERE id = ? AND deleted_at IS NULL`).get(id) as AccountRow | undefined;
  return row ? signedIn(row) : null;
}

/** Active staff with a password or PIN: who the sign-in screen offers. */
export function signInAccounts(db: Db): { id: string; name: string }[] {
  return stmt(
    db,
    'SELECT id, name FROM staff WHERE deleted_at IS NULL AND secret_hash IS NOT NULL ORDER BY is_default DESC, name',
  ).all() as { id: string; name: string }[];
}

export const signInEnabled = (db: Db): boolean => readSetting(db, 'auth.enabled') === '1';

export function idleMinutes(db: Db): number {
  const value = Number(readSetting(db, 'auth.idleMinutes'));
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_IDLE_MINUTES;
}

const refuse = (code: string, message: string, details: Record<string, string | number> = {}): never => {
  throw new DossierError({
    code: code === 'auth.locked' ? 'auth.locked' : 'validation',
    message,
    issues: [{ path: 'secret', code }],
    details,
  });
};

/**
 * Checks a password or PIN. A wrong one counts; the fifth in a row locks the account for five minutes (and tells
 * so); a right one clears the count. A locked account is refused without checking, so guessing cannot go on.
 */
export async function checkSecret(
  db: Db,
  staffId: string,
  secret: string,
  now: () => Date = () => new Date(),
): Promise<SignedIn> {
  const row = accountRow(db, staffId);
  const locked = lockedUntil(row, now().toISOString());
  if (locked)
    refuse('auth.locked', `${row.name} is locked until ${locked}`, { until: locked, minutes: LOCKOUT.minutes });
  if (row.secretHash === null) refuse('auth.noSecret', `${row.name} has no password or PIN`);
  const ok = await verifySecret(secret, row.secretHash ?? '');
  if (ok) {
    stmt(db, 'UPDATE staff SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?').run(staffId);
    return signedIn(row);
  }
  const failed = (stmt(db, 'SELECT failed_sign_ins AS n FROM staff WHERE id = ?').get(staffId) as { n: number }).n + 1;
  if (failed >= LOCKOUT.attempts) {
    const until = new Date(now().getTime() + LOCKOUT.minutes * 60_000).toISOString();
    db.transaction(() => {
      stmt(db, 'UPDATE staff SET failed_sign_ins = 0, locked_until = ? WHERE id = ?').run(until, staffId);
      audit(db, {
        entity: 'staff',
        entityId: staffId,
        action: 'update',
        staffId: null,
        changes: { lockedUntil: [null, until] },
      });
    })();
    return refuse('auth.locked', `${row.name} is locked until ${until}`, { until, minutes: LOCKOUT.minutes });
  }
  stmt(db, 'UPDATE staff SET failed_sign_ins = ? WHERE id = ?').run(failed, staffId);
  return refuse('auth.wrongSecret', 'Wrong password or PIN', { left: LOCKOUT.attempts - failed });
}

/** Sets a password or PIN (hashed); it also lifts a lockout. */
export async function setSecret(db: Db, staffId: string, secret: string, actor: string): Promise<void> {
  accountRow(db, staffId);
  const hash = await hashSecret(secret);
  db.transaction(() => {
    stmt(
      db,
      'UPDATE staff SET secret_hash = ?, failed_sign_ins = 0, locked_until = NULL, updated_at = ? WHERE id = ?',
    ).run(hash, nowIso(), staffId);
    audit(db, {
      entity: 'staff',
      entityId: staffId,
      action: 'update',
      staffId: actor,
      changes: { secret: ['…', 'changed'] },
    });
  })();
}

const managersWithSecret = (db: Db): number =>
  (
    stmt(
      db,
      "SELECT count(*) AS n FROM staff WHERE role = 'manager' AND secret_hash IS NOT NULL AND deleted_at IS NULL",
    ).get() as { n: number }
  ).n;

/** Changes a role; while sign-in is on, the last manager who can sign in stays one (or nobody could manage). */
export function setRole(db: Db, staffId: string, role: Role, actor: string): Account {
  return db.transaction(() => {
    const row = accountRow(db, staffId);
    if (row.role === role) return toAccount(row, nowIso());
    if (role === 'staff' && signInEnabled(db) && row.secretHash !== null && managersWithSecret(db) <= 1)
      throw new DossierError({
        code: 'conflict',
        message: 'The last manager who can sign in stays a manager',
        issues: [{ path: 'role', code: 'auth.lastManager' }],
        details: { name: row.name },
      });
    stmt(db, 'UPDATE staff SET role = ?, updated_at = ? WHERE id = ?').run(role, nowIso(), staffId);
    audit(db, {
      entity: 'staff',
      entityId: staffId,
      action: 'update',
      staffId: actor,
      changes: { role: [row.role, role] },
    });
    return toAccount({ ...row, role }, nowIso());
  })();
}

/** Maps an operating-system account to a staff member, for the CLI (one staff member per OS account). */
export function setOsUser(db: Db, staffId: string, osUser: string | null, actor: string): Account {
  return db.transaction(() => {
    const row = accountRow(db, staffId);
    if (osUser !== null) {
      const other = stmt(db, 'SELECT name FROM staff WHERE os_user = ? AND id <> ? AND deleted_at IS NULL').get(
        osUser,
        staffId,
      ) as { name: string } | undefined;
      if (other)
        throw new DossierError({
          code: 'conflict',
          message: `${osUser} is already mapped to ${other.name}`,
          issues: [{ path: 'osUser', code: 'auth.osUserTaken' }],
          details: { name: other.name, osUser },
        });
    }
    stmt(db, 'UPDATE staff SET os_user = ?, updated_at = ? WHERE id = ?').run(osUser, nowIso(), staffId);
    audit(db, {
      entity: 'staff',
      entityId: staffId,
      action: 'update',
      staffId: actor,
      changes: { osUser: [row.osUser, osUser] },
    });
    return toAccount({ ...row, osUser }, nowIso());
  })();
}

/** The active staff member mapped to an OS account, or named so (case and width folded), for the CLI. */
export function staffByOsUserOrName(db: Db, who: string): SignedIn | null {
  const row =
    (stmt(db, `${ACCOUNT_SQL} WHERE deleted_at IS NULL AND (id = ? OR os_user = ?)`).get(who, who) as
      AccountRow | undefined) ??
    (stmt(db, `${ACCOUNT_SQL} WHERE deleted_at IS NULL`).all() as AccountRow[]).find(
      (r) => r.name.normalize('NFKC').toLocaleLowerCase() === who.trim().normalize('NFKC').toLocaleLowerCase(),
    );
  return row ? signedIn(row) : null;
}

/**
 * Turns sign-in on or off and sets the idle lock. Turning it on needs the one doing it to be a manager with their
 * own password or PIN set, so nobody locks the branch out of its own file.
 */
export function configure(db: Db, patch: { enabled?: boolean; idleMinutes?: number }, actor: string): void {
  db.transaction(() => {
    const before = { enabled: signInEnabled(db), idleMinutes: idleMinutes(db) };
    if (patch.enabled === true && !before.enabled) {
      const me = accountRow(db, actor);
      if (me.role !== 'manager' || me.secretHash === null)
        throw new DossierError({
          code: 'conflict',
          message: 'Set your own password first; only a manager turns sign-in on',
          issues: [{ path: 'enabled', code: me.role === 'manager' ? 'auth.setOwnSecretFirst' : 'auth.managerOnly' }],
          details: { name: me.name },
        });
    }
    if (patch.enabled !== undefined) writeSetting(db, 'auth.enabled', patch.enabled ? '1' : '0');
    if (patch.idleMinutes !== undefined) writeSetting(db, 'auth.idleMinutes', String(patch.idleMinutes));
    const after = { enabled: signInEnabled(db), idleMinutes: idleMinutes(db) };
    if (after.enabled !== before.enabled || after.idleMinutes !== before.idleMinutes)
      audit(db, {
        entity: 'signIn',
        entityId: 'settings',
        action: 'update',
        staffId: actor,
        changes: { enabled: [before.enabled, after.enabled], idleMinutes: [before.idleMinutes, after.idleMinutes] },
      });
  })();
}
