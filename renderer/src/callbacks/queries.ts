/** Query keys and fetchers for call-backs, campaigns and the report; one cache entry per thing. */
import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';
import { CUSTOMERS_STALE } from '../api/queries';

export const callbackQueries = {
  queue: (query: Input<'callbacks.queue'>) =>
    queryOptions({
      queryKey: ['callbacks', 'queue', query],
      queryFn: () => api['callbacks.queue'](query),
      placeholderData: keepPreviousData,
    }),
  counts: (query: Input<'callbacks.counts'> = {}) =>
    queryOptions({
      queryKey: ['callbacks', 'counts', query],
      queryFn: () => api['callbacks.counts'](query),
      // The day turns and calls come due while the app stays open.
      refetchInterval: 60_000,
    }),
  report: (query: Input<'callbacks.report'>) =>
    queryOptions({
      queryKey: ['callbacks', 'report', query],
      queryFn: () => api['callbacks.report'](query),
      placeholderData: keepPreviousData,
    }),
  settings: () =>
    queryOptions({ queryKey: ['callbacks', 'settings'], queryFn: () => api['callbacks.settings.get']({}) }),
  assignees: (id: string) =>
    queryOptions({
      queryKey: ['callbacks', 'campaigns', id, 'assignees'],
      queryFn: () => api['campaigns.assignees']({ id }),
    }),
  campaigns: () => queryOptions({ queryKey: ['callbacks', 'campaigns'], queryFn: () => api['campaigns.list']({}) }),
  /** Amber/red marks for a page of customers (those due a call by their cadence). */
  dueMarks: (customerIds: readonly string[]) =>
    queryOptions({
      queryKey: ['callbacks', 'cadence', 'page', customerIds],
      queryFn: async () => {
        const statuses = await api['cadence.statuses']({ customerIds: [...customerIds] });
        const marks = new Map<string, 'amber' | 'red'>();
        for (const s of statuses) if (s.status === 'amber' || s.status === 'red') marks.set(s.customerId, s.status);
        return marks as ReadonlyMap<string, 'amber' | 'red'>;
      },
      enabled: customerIds.length > 0,
    }),
  cadence: (customerId: string) =>
    queryOptions({
      queryKey: ['callbacks', 'cadence', customerId],
      queryFn: () => api['cadence.get']({ customerId }),
    }),
};

/** After any call-back write: the queue, counts, campaigns' progress, the report and the timeline may change. */
export const CALLBACKS_STALE: readonly QueryKey[] = [['callbacks'], ['interactions'], ['customers', 'detail']];

/** After a customer goes to the recycle bin or comes back: their call-backs leave or rejoin the queue and its counts. */
export const CUSTOMER_AND_CALLBACKS_STALE: readonly QueryKey[] = [...CUSTOMERS_STALE, ...CALLBACKS_STALE];
