import { useQuery } from '@tanstack/react-query';
import type { SignedIn } from '../../../shared/auth/types';
import { authQueries } from './queries';

/** Who is signed in while sign-in is on (null when it is off or nobody is), and whether they manage. */
export function useSignedIn(): {
  readonly enabled: boolean;
  readonly me: SignedIn | null;
  readonly isManager: boolean;
} {
  const status = useQuery(authQueries.status());
  const enabled = status.data?.enabled ?? false;
  const me = status.data?.me ?? null;
  return { enabled, me: enabled ? me : null, isManager: !enabled || me?.role === 'manager' };
}
