/** Query keys and fetchers for the classes: the overview, a customer's card, the migration matrix, the settings. */
import { keepPreviousData, queryOptions, skipToken, type QueryKey } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

/** While classes are being recomputed the overview is asked again this often, so the page turns current by itself. */
const PENDING_POLL_MS = 1500;

export const segmentQueries = {
  overview: () =>
    queryOptions({
      queryKey: ['segments', 'overview'],
      queryFn: () => api['segments.overview']({}),
      refetchInterval: (query) => (query.state.data && !query.state.data.current ? PENDING_POLL_MS : false),
    }),
  customer: (customerId: string) =>
    queryOptions({
      queryKey: ['segments', 'customer', customerId],
      queryFn: () => api['segments.customer']({ customerId }),
      refetchInterval: (query) => (query.state.data && !query.state.data.current ? PENDING_POLL_MS : false),
    }),
  /** Null asks for nothing (the months are not valid yet). */
  migration: (input: Input<'segments.migration'> | null) =>
    queryOptions({
      queryKey: ['segments', 'migration', input],
      queryFn: input ? () => api['segments.migration'](input) : skipToken,
      placeholderData: keepPreviousData,
    }),
  settings: () => queryOptions({ queryKey: ['segments', 'settings'], queryFn: () => api['segments.settings']({}) }),
  /** Null asks for nothing (the proposed settings do not validate). */
  preview: (settings: Input<'segments.preview'> | null) =>
    queryOptions({
      queryKey: ['segments', 'preview', settings],
      queryFn: settings ? () => api['segments.preview'](settings) : skipToken,
      placeholderData: keepPreviousData,
    }),
};

/** After a computation: every figure of the classes may have changed, and the lists filtered by them. */
export const SEGMENTS_STALE: readonly QueryKey[] = [['segments'], ['customers']];

/**
 * After new thresholds: the stored settings, and the overview (which now says the classes are being recomputed and
 * polls until they are). Not the preview: asking it again would compute once more for nothing.
 */
export const SETTINGS_STALE: readonly QueryKey[] = [
  ['segments', 'settings'],
  ['segments', 'overview'],
  ['segments', 'customer'],
];
