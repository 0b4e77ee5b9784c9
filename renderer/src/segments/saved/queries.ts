/**
 * Saved segments' query keys: under ['customers'], so any customer write (an edit, an import, a bulk change) counts
 * them again.
 */
import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { api } from '../../api/client';

export const savedSegmentQueries = {
  list: (pinnedOnly = false) =>
    queryOptions({
      queryKey: ['customers', 'savedSegments', 'list', pinnedOnly],
      queryFn: () => api['savedSegments.list']({ pinnedOnly }),
    }),
  one: (id: string) =>
    queryOptions({
      queryKey: ['customers', 'savedSegments', 'one', id],
      queryFn: () => api['savedSegments.get']({ id }),
    }),
};

/** After a segment is saved, renamed, pinned or deleted. */
export const SAVED_SEGMENTS_STALE: readonly QueryKey[] = [['customers', 'savedSegments']];
