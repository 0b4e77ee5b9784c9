import { done, none, returns, type ContractEntry } from '../contract-entries';
import { configureInput, setOsUserInput, setRoleInput, setSecretInput, signInInput } from './schemas';
import type { Account, AuthStatus, SignInResult } from './types';

export const authContract = {
  /** Whether sign-in is on and who this window or client is; callable before signing in. */
  'auth.status': { input: none, output: returns<AuthStatus>() },
  'auth.signIn': { input: signInInput, output: returns<SignInResult>() },
  'auth.signOut': { input: none, output: done() },
  /** Sets a password or PIN: one's own, or (a manager) anyone's. */
  'auth.setSecret': { input: setSecretInput, output: done() },
  'auth.accounts': { input: none, output: returns<readonly Account[]>() },
  'auth.setRole': { input: setRoleInput, output: returns<Account>() },
  'auth.setOsUser': { input: setOsUserInput, output: returns<Account>() },
  /** Turns sign-in on or off and sets the idle lock; turning it on needs the manager's own password set. */
  'auth.configure': { input: configureInput, output: returns<AuthStatus>() },
} as const satisfies Record<string, ContractEntry>;
