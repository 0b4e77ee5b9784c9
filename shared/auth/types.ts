/** Who may do what: staff work their own and unassigned customers; a manager does everything. */
export type Role = 'staff' | 'manager';

export const ROLES: readonly Role[] = ['staff', 'manager'];

/** The person a session or a CLI run acts as. */
export interface SignedIn {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/** What the sign-in screen and the app frame need before and after signing in. */
export interface AuthStatus {
  /** Sign-in is off by default: a single-person branch keeps it off and everything works as one manager. */
  readonly enabled: boolean;
  /** Minutes without a key press or click before the screen locks (only while sign-in is on). */
  readonly idleMinutes: number;
  /** Who this window or client is signed in as (or, with sign-in off, who is at the desk). */
  readonly me: SignedIn | null;
  /** Staff who can sign in (a password or PIN set, active), for the sign-in screen's picker. */
  readonly accounts: readonly { readonly id: string; readonly name: string }[];
}

/** A staff member as the sign-in settings list them. */
export interface Account {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly hasSecret: boolean;
  /** Until when wrong passwords have locked the account; null when it is not locked. */
  readonly lockedUntil: string | null;
  readonly osUser: string | null;
}

export interface SignInResult {
  /** The session token the host passes back with every call of this window or client. */
  readonly session: string;
  readonly me: SignedIn;
}
