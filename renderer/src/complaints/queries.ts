/** Query keys and fetchers for complaints; one cache entry per thing. */
import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const complaintQueries = {
  list: (query: Input<'complaints.list'>) =>
    queryOptions({
      queryKey: ['complaints', 'list', query],
      queryFn: () => api['complaints.list'](query),
      placeholderData: keepPreviousData,
    }),
  counts: (today: string) =>
    queryOptions({
      queryKey: ['complaints', 'counts', today],
      queryFn: () => api['complaints.counts']({ today }),
      // The day turns and complaints fall due while the app stays open.
      refetchInterval: 60_000,
    }),
  /** The due date the core would give; kept while the form changes so the hint does not flicker. */
  dueDate: (receivedAt: string | null, severity: Input<'complaints.dueDate'>['severity']) =>
    queryOptions({
      queryKey: ['complaints', 'dueDate', receivedAt, severity],
      queryFn: () => api['complaints.dueDate']({ receivedAt, severity }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({ queryKey: ['complaints', 'detail', id], queryFn: () => api['complaints.get']({ id }) }),
  report: (query: Input<'complaints.report'>) =>
    queryOptions({
      queryKey: ['complaints', 'report', query],
      queryFn: () => api['complaints.report'](query),
      placeholderData: keepPreviousData,
    }),
  settings: () =>
    queryOptions({ queryKey: ['complaints', 'settings'], queryFn: () => api['complaints.settings.get']({}) }),
};

/** After any complaint write: lists, counts, the report, the timeline, and the follow-up calls in the queue. */
export const COMPLAINTS_STALE: readonly QueryKey[] = [['complaints'], ['interactions'], ['callbacks']];
