import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';

export const authQueries = {
  /** Whether sign-in is on and who this window is; refetched after signing in or out. */
  status: () => queryOptions({ queryKey: ['auth', 'status'], queryFn: () => api['auth.status']({}) }),
  accounts: () => queryOptions({ queryKey: ['auth', 'accounts'], queryFn: () => api['auth.accounts']({}) }),
};
