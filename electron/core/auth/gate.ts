/**
 * The dispatch's check of every call: with sign-in on, a call needs a live session (unless its channel is public)
 * whose role the channel map allows (shared/auth/access.ts). With sign-in off everything is allowed, as before.
 * The CLI names its staff member itself (`--as`, or the OS account mapped to one): it can read the file anyway.
 */
import { mayCall } from '../../../shared/auth/access';
import type { Channel } from '../../../shared/channels';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { activeAccount, idleMinutes, signInEnabled } from './accounts';
import type { Viewer } from './acting';
import type { Sessions } from './sessions';

/** What a host passes along with a call: its window's or client's session, or (the CLI only) who it acts as. */
export interface Caller {
  readonly session?: string | null;
  readonly actAs?: string | null;
}

export interface Gate {
  readonly db: Db;
  /** Who the call acts as (null: sign-in off and nobody named), or a refusal thrown. */
  readonly check: (channel: Channel, caller: Caller) => Viewer | null;
}

export function createGate(db: Db, sessions: Sessions): Gate {
  const check: Gate['check'] = (channel, caller) => {
    const enabled = signInEnabled(db);
    let staffId: string | null = null;
    if (caller.actAs) {
      staffId = caller.actAs;
      if (!activeAccount(db, staffId))
        throw new DossierError({ code: 'not_found', message: `No staff member ${staffId}`, details: { id: staffId } });
    } else if (enabled) staffId = sessions.staffOf(caller.session, idleMinutes(db));
    const account = staffId === null ? null : activeAccount(db, staffId);
    if (enabled && !mayCall(channel, account?.role ?? null)) {
      if (!account)
        throw new DossierError({
          code: 'auth.required',
          message: 'Sign in first',
          issues: [{ path: '', code: 'auth.required' }],
        });
      throw new DossierError({
        code: 'auth.forbidden',
        message: `${channel} is for managers only`,
        issues: [{ path: '', code: 'auth.forbidden' }],
        details: { channel },
      });
    }
    return account
      ? { staffId: account.id, role: account.role, restricted: enabled && account.role === 'staff' }
      : null;
  };
  return { db, check };
}
