/** Query keys and fetchers for server state, so every screen shares one cache entry per thing. */
import { keepPreviousData, queryOptions, skipToken, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from './client';

export const INTERACTION_PAGE_SIZE = 20;

export const queries = {
  settings: () => queryOptions({ queryKey: ['settings'], queryFn: () => api['settings.get']({}) }),
  staff: () => queryOptions({ queryKey: ['staff'], queryFn: () => api['staff.list']({}) }),
  appInfo: () => queryOptions({ queryKey: ['appInfo'], queryFn: () => api['app.info']({}), staleTime: Infinity }),
  facets: () => queryOptions({ queryKey: ['customers', 'facets'], queryFn: () => api['customers.facets']({}) }),
  customerList: (query: Input<'customers.list'>) =>
    queryOptions({
      queryKey: ['customers', 'list', query],
      queryFn: () => api['customers.list'](query),
      placeholderData: keepPreviousData,
    }),
  search: (query: string) =>
    queryOptions({
      queryKey: ['customers', 'search', query],
      queryFn: () => api['customers.search']({ query, limit: 12 }),
      enabled: query.trim() !== '',
      placeholderData: keepPreviousData,
    }),
  customer: (id: string) =>
    queryOptions({ queryKey: ['customers', 'detail', id], queryFn: () => api['customers.get']({ id }) }),
  trash: (page: number, pageSize: number) =>
    queryOptions({
      queryKey: ['customers', 'trash', page, pageSize],
      queryFn: () => api['customers.trash']({ page, pageSize }),
      placeholderData: keepPreviousData,
    }),
  purchases: (customerId: string) =>
    queryOptions({
      queryKey: ['purchases', customerId],
      queryFn: () => api['purchases.list']({ customerId }),
    }),
  importBatches: () => queryOptions({ queryKey: ['import', 'batches'], queryFn: () => api['import.batches']({}) }),
  /** A file read with these settings; null asks for nothing. */
  inspection: (request: Input<'import.inspect'> | null) =>
    queryOptions({
      queryKey: ['import', 'inspect', request],
      queryFn: request ? () => api['import.inspect'](request) : skipToken,
    }),
};

export const interactionsKey = (customerId: string) => ['interactions', customerId] as const;

/** After any customer write: lists, search, facets, the trash and the detail all may have changed. */
export const CUSTOMERS_STALE: readonly QueryKey[] = [['customers']];

/** After an import or its undo: customers, their purchases and the import history all changed. */
export const IMPORT_STALE: readonly QueryKey[] = [...CUSTOMERS_STALE, ['purchases'], ['import', 'batches']];

/** Marks every cached answer under these key prefixes stale; those on screen are fetched again. */
export async function invalidate(client: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}
