/** Query keys and fetchers for backups: the list with its settings, and whether the core started in recovery. */
import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client';

export const backupQueries = {
  list: () => queryOptions({ queryKey: ['backup', 'list'], queryFn: () => api['backup.list']({}) }),
  recovery: () =>
    queryOptions({ queryKey: ['backup', 'recovery'], queryFn: () => api['backup.recovery']({}), staleTime: Infinity }),
};

/** What making a backup or changing its settings makes stale. */
export const BACKUP_STALE: readonly QueryKey[] = [['backup', 'list']];
