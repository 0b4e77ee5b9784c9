/**
 * Asks the host which mode it runs in: a branch app (its gates and pages, `children`) or the head-office view
 * (`--hq`), which has no branch database to unlock, recover or sign in to, and only head office's pages.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { createHqRouter } from './router';
import { hqQueries } from './queries';

function HqApp() {
  const [router] = useState(createHqRouter);
  return <RouterProvider router={router} />;
}

export function ModeGate({ children }: { readonly children: ReactNode }) {
  const status = useQuery(hqQueries.status());
  if (status.isPending) return null;
  // A failure here (an older host without the channel, a locked file) leaves the branch app to say what is wrong.
  return status.data?.mode === 'hq' ? <HqApp /> : children;
}
