/**
 * Who the call being handled acts as. The dispatch runs each handler inside `acting.run(…)`, so the handlers'
 * `actor()` and the customer lists read the caller of *this* call, even while other windows' calls are in flight.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../../../shared/auth/types';

export interface Viewer {
  readonly staffId: string;
  readonly role: Role;
  /** Sign-in is on and the role is staff: only their own and unassigned customers, phones and IDs masked. */
  readonly restricted: boolean;
}

interface Acting {
  /** The signed-in person (or the CLI's `--as`); null when sign-in is off and nobody was named. */
  readonly viewer: Viewer | null;
  /** The session token the host passed with this call. */
  readonly session: string | null;
}

export const acting = new AsyncLocalStorage<Acting>();

/** The staff member the current call acts as, when a session or the CLI's `--as` named one. */
export const currentViewer = (): Viewer | null => acting.getStore()?.viewer ?? null;

export const currentSession = (): string | null => acting.getStore()?.session ?? null;

/** The staff member whose customers alone the current call may see, or null for everyone's. */
export function customerScope(): string | null {
  const viewer = currentViewer();
  return viewer?.restricted ? viewer.staffId : null;
}
