/** The customer list's paging, sorting and filters, kept in the address so Back returns to the same view. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CUSTOMER_KINDS, CUSTOMER_SORTS, type CustomerKind, type CustomerSort } from '../../../shared/customers/types';
import { PAGE_SIZES } from '../components/ListPagination';
import type { TagMatch } from '../../../shared/customers/schemas';
import { readSegmentParams, SEGMENT_PARAM_NAMES, segmentParamChanges, type SegmentParams } from './segmentParams';

export interface CustomerListParams {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: CustomerSort;
  readonly direction: 'asc' | 'desc';
  readonly query: string;
  readonly kind: CustomerKind | null;
  readonly ownerId: string | null;
  /** Customers holding any (or all, by `tagMatch`) of these tags. */
  readonly tags: readonly string[];
  readonly tagMatch: TagMatch;
  readonly region: string | null;
  /** Classes, scores, purchases, risk, birthdays, custom fields and a saved segment. */
  readonly segment: SegmentParams;
}

type Filter = 'query' | 'kind' | 'ownerId' | 'region';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

export function useCustomerListParams(): {
  readonly params: CustomerListParams;
  /** Another page size starts again at the first page. */
  readonly setPage: (page: number, pageSize: number) => void;
  readonly setSort: (sort: CustomerSort, direction: 'asc' | 'desc') => void;
  readonly setFilter: (filter: Filter, value: string | null) => void;
  readonly setTags: (tags: readonly string[], match: TagMatch) => void;
  readonly setSegment: (segment: SegmentParams) => void;
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
      tags: [...new Set(search.getAll('tag').filter(Boolean))],
      tagMatch: search.get('tagMatch') === 'all' ? 'all' : 'any',
      region: search.get('region'),
      segment: readSegmentParams(search),
    };
  }, [search]);

  const update = useCallback(
    (changes: Readonly<Record<string, string | readonly string[] | null>>) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            next.delete(key);
            for (const one of typeof value === 'string' ? [value] : (value ?? []))
              if (one !== '') next.append(key, one);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  return {
    params,
    setPage: (page, pageSize) =>
      update({ page: page > 0 && pageSize === params.pageSize ? String(page) : null, pageSize: String(pageSize) }),
    setSort: (sort, direction) => update({ sort, direction, page: null }),
    setFilter: (filter, value) => update({ [filter]: value, page: null }),
    setTags: (tags, match) => update({ tag: tags, tagMatch: match === 'all' ? 'all' : null, page: null }),
    setSegment: (segment) => update({ ...segmentParamChanges(segment), page: null }),
    clearFilters: () =>
      update({
        query: null,
        kind: null,
        ownerId: null,
        tag: null,
        tagMatch: null,
        region: null,
        page: null,
        ...Object.fromEntries(SEGMENT_PARAM_NAMES.map((name) => [name, null])),
      }),
  };
}
