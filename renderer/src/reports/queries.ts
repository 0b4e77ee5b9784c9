/** Query keys and fetchers for reports: the letterhead, a customer's drafts, and a report's preview. */
import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const reportQueries = {
  letterhead: () =>
    queryOptions({ queryKey: ['reports', 'letterhead'], queryFn: () => api['reports.letterhead.get']({}) }),
  drafts: (customerId: string) =>
    queryOptions({
      queryKey: ['reports', 'drafts', customerId],
      queryFn: () => api['reports.drafts.list']({ customerId }),
    }),
  draft: (id: string) =>
    queryOptions({ queryKey: ['reports', 'draft', id], queryFn: () => api['reports.drafts.get']({ id }) }),
  preview: (request: Input<'reports.preview'>) =>
    queryOptions({
      queryKey: ['reports', 'preview', request],
      queryFn: () => api['reports.preview'](request),
      placeholderData: keepPreviousData,
      // An unmasked preview is audited each time it is made: never refetched behind the user's back.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
};

/** After a draft or letterhead write: the drafts and every preview. */
export const REPORTS_STALE: readonly QueryKey[] = [['reports']];
