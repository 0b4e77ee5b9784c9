import type { authContract } from '../../../shared/auth/contract';
import type { AuthStatus } from '../../../shared/auth/types';
import { DossierError } from '../../../shared/result';
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

export function authHandlers({ db, actor }: AreaContext, sessions: Sessions): AuthHandlers {
  /** Whether the one calling is a manager: the signed-in role, or with sign-in off the desk's staff member's. */
  const isManager = (): boolean => (currentViewer()?.role ?? activeAccount(db, actor())?.role) === 'manager';
  return {
    // With sign-in on, `me` is this window's session (null before signing in); with it off, the desk.
    'auth.status': () => status(db, signInEnabled(db) ? (currentViewer()?.staffId ?? null) : actor()),
    'auth.signIn': async ({ staffId, secret }) => {
      const me = await checkSecret(db, staffId, secret);
      sessions.end(currentSession());
      return { session: sessions.start(me.id), me };
    },
    'auth.signOut': () => {
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
