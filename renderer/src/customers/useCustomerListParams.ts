/** The customer list's paging, sorting and filters, kept in the address so Back returns to the same view. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CUSTOMER_KINDS, CUSTOMER_SORTS, type CustomerKind, type CustomerSort } from '../../../shared/customers/types';
import { PAGE_SIZES } from '../components/ListPagination';

export interface CustomerListParams {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: CustomerSort;
  readonly direction: 'asc' | 'desc';
  readonly query: string;
  readonly kind: CustomerKind | null;
  readonly ownerId: string | null;
  readonly tag: string | null;
  readonly region: string | null;
}

type Filter = 'query' | 'kind' | 'ownerId' | 'tag' | 'region';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function useCustomerListParams(): {
  readonly params: CustomerListParams;
  readonly setPage: (page: number) => void;
  readonly setPageSize: (pageSize: number) => void;
  readonly sortBy: (sort: CustomerSort) => void;
  readonly setFilter: (filter: Filter, value: string | null) => void;
  readonly clearFilters: () => void;
} {
  const [search, setSearch] = useSearchParams();

  const params = useMemo<CustomerListParams>(() => {
    const pageSize = Number(search.get('pageSize'));
    return {
      page: Math.max(0, Number(search.get('page')) || 0),
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : PAGE_SIZES[1],
      sort: oneOf(CUSTOMER_SORTS, search.get('sort')) ?? 'updatedAt',
      direction: search.get('direction') === 'asc' ? 'asc' : 'desc',
      query: search.get('query') ?? '',
      kind: oneOf(CUSTOMER_KINDS, search.get('kind')),
      ownerId: search.get('ownerId'),
      tag: search.get('tag'),
      region: search.get('region'),
    };
  }, [search]);

  const update = useCallback(
    (changes: Readonly<Record<string, string | null>>) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  return {
    params,
    setPage: (page) => update({ page: page > 0 ? String(page) : null }),
    setPageSize: (pageSize) => update({ pageSize: String(pageSize), page: null }),
    sortBy: (sort) => {
      // Names read best A→Z; dates newest first; a second click reverses.
      const natural = sort === 'updatedAt' || sort === 'createdAt' ? 'desc' : 'asc';
      const direction = params.sort === sort ? (params.direction === 'asc' ? 'desc' : 'asc') : natural;
      update({ sort, direction, page: null });
    },
    setFilter: (filter, value) => update({ [filter]: value, page: null }),
    clearFilters: () => update({ query: null, kind: null, ownerId: null, tag: null, region: null, page: null }),
  };
}
