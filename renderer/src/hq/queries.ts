/** Query keys and fetchers of the head-office view. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const hqQueries = {
  status: () => queryOptions({ queryKey: ['hq', 'status'], queryFn: () => api['hq.status']({}), staleTime: Infinity }),
  figures: () => queryOptions({ queryKey: ['hq', 'figures'], queryFn: () => api['hq.figures']({}) }),
  branch: (branchId: string) =>
    queryOptions({ queryKey: ['hq', 'branch', branchId], queryFn: () => api['hq.branch']({ branchId }) }),
  search: (query: Input<'hq.search'>) =>
    queryOptions({
      queryKey: ['hq', 'search', query],
      queryFn: () => api['hq.search'](query),
      enabled: query.query.trim().length > 0,
      placeholderData: keepPreviousData,
    }),
  samePerson: (query: Input<'hq.samePerson'>) =>
    queryOptions({
      queryKey: ['hq', 'samePerson', query],
      queryFn: () => api['hq.samePerson'](query),
      placeholderData: keepPreviousData,
    }),
};
