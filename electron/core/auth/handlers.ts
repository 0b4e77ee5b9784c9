import type { authContract } from '../../../shared/auth/contract';
import type { AuditAction } from '../../../shared/audit/types';
import type { AuthStatus } from '../../../shared/auth/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { AreaContext, HandlersOf } from '../context';
import type { Db } from '../db/open';
import {
  activeAccount,
  checkSecret,
  configure,
  idleMinutes,
  listAccounts,
  setOsUser,
  setRole,
  setSecret,
  signInAccounts,
  signInEnabled,
} from './accounts';
import { currentSession, currentViewer } from './acting';
import type { Sessions } from './sessions';

export type AuthHandlers = HandlersOf<typeof authContract>;

function status(db: Db, me: string | null): AuthStatus {
  return {
    enabled: signInEnabled(db),
    idleMinutes: idleMinutes(db),
    me: me === null ? null : activeAccount(db, me),
    accounts: signInAccounts(db),
  };
}

/**
 * A sign-in, a sign-out or a refused attempt, in the audit log under the account tried. A refused attempt names nobody
 * as the one acting (whoever typed it is not known) and says why: a wrong secret (and how many are left before the
 * lock), the account locked, or no password set yet; the lock itself is also recorded as a change of the account.
 */
function recordSession(
  db: Db,
  staffId: string,
  action: Extract<AuditAction, 'signIn' | 'signOut' | 'signInFailed'>,
  changes?: Readonly<Record<string, unknown>>,
): void {
  audit(db, {
    entity: 'staff',
    entityId: staffId,
    action,
    staffId: action === 'signInFailed' ? null : staffId,
    changes,
  });
}

export function authHandlers({ db, actor }: AreaContext, sessions: Sessions): AuthHandlers {
  /** Whether the one calling is a manager: the signed-in role, or with sign-in off the desk's staff member's. */
  const isManager = (): boolean => (currentViewer()?.role ?? activeAccount(db, actor())?.role) === 'manager';
  return {
    // With sign-in on, `me` is this window's session (null before signing in); with it off, the desk.
    'auth.status': () => status(db, signInEnabled(db) ? (currentViewer()?.staffId ?? null) : actor()),
    'auth.signIn': async ({ staffId, secret }) => {
      const me = await checkSecret(db, staffId, secret).catch((error: unknown) => {
        if (error instanceof DossierError)
          recordSession(db, staffId, 'signInFailed', {
            reason: error.issues?.[0]?.code ?? error.code,
            ...(error.details ?? {}),
          });
        throw error;
      });
      // Signing in again in the same window ends (and records the end of) the session it had.
      const previous = currentViewer();
      if (previous && currentSession()) recordSession(db, previous.staffId, 'signOut');
      sessions.end(currentSession());
      recordSession(db, me.id, 'signIn');
      return { session: sessions.start(me.id), me };
    },
    'auth.signOut': () => {
      // Only a live session is signed out (an expired one already ended; sign-in off has none).
      const viewer = currentViewer();
      if (viewer && currentSession()) recordSession(db, viewer.staffId, 'signOut');
      sessions.end(currentSession());
      return { ok: true };
    },
    'auth.setSecret': async ({ staffId, secret }) => {
      const me = actor();
      if (staffId !== me && !isManager())
        throw new DossierError({
          code: 'auth.forbidden',
          message: 'Only a manager sets someone else’s password',
          issues: [{ path: 'staffId', code: 'auth.forbidden' }],
        });
      await setSecret(db, staffId, secret, me);
      // Anyone signed in with the old password is signed out (the one changing their own stays).
      sessions.endAllOf(staffId, staffId === me ? currentSession() : null);
      return { ok: true };
    },
    'auth.accounts': () => listAccounts(db),
    'auth.setRole': ({ staffId, role }) => setRole(db, staffId, role, actor()),
    'auth.setOsUser': ({ staffId, osUser }) => setOsUser(db, staffId, osUser, actor()),
    'auth.configure': (patch) => {
      configure(db, patch, actor());
      return status(db, actor());
    },
  };
}
