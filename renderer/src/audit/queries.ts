import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const auditQueries = {
  list: (query: Input<'audit.list'>) =>
    queryOptions({
      queryKey: ['audit', query],
      queryFn: () => api['audit.list'](query),
      placeholderData: keepPreviousData,
    }),
};
