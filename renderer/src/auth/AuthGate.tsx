/**
 * With sign-in on, nothing of the app shows until this window is signed in; after the idle time without a key press,
 * click or touch the session is ended and the sign-in screen comes back (the screen lock). A call the core refuses
 * for want of a session (it ended elsewhere) brings the sign-in screen back too. With sign-in off this is invisible.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { authQueries } from './queries';
import { SignInScreen } from './SignInScreen';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

function useIdleLock(minutes: number | null): void {
  const client = useQueryClient();
  useEffect(() => {
    if (minutes === null) return;
    let timer = 0;
    const lock = (): void => {
      void api['auth.signOut']({}).finally(() => client.resetQueries());
    };
    const restart = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    restart();
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart);
    };
  }, [minutes, client]);
}

/** A refusal for want of a session anywhere in the app: ask who this is again. */
function useSignedOutWatch(): void {
  const client = useQueryClient();
  useEffect(() => {
    const refused = (error: unknown): boolean => error instanceof DossierError && error.code === 'auth.required';
    const queries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && refused(event.query.state.error))
        void client.invalidateQueries({ queryKey: ['auth'] });
    });
    const mutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && refused(event.mutation.state.error))
        void client.invalidateQueries({ queryKey: ['auth'] });
    });
    return () => {
      queries();
      mutations();
    };
  }, [client]);
}

export function AuthGate({ children }: { readonly children: ReactNode }) {
  const status = useQuery(authQueries.status());
  const signedIn = status.data?.enabled === true && status.data.me !== null;
  useIdleLock(signedIn ? (status.data?.idleMinutes ?? null) : null);
  useSignedOutWatch();
  // Until the answer comes the app waits (a moment: a local call); a failure shows the app, whose pages say it.
  if (status.isPending) return null;
  if (status.data?.enabled && !status.data.me) return <SignInScreen status={status.data} />;
  return children;
}
