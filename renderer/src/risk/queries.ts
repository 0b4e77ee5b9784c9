/** Query keys and fetchers for risk assessments and the risk lists. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';

export const riskQueries = {
  customer: (customerId: string) =>
    queryOptions({ queryKey: ['risk', 'customer', customerId], queryFn: () => api['risk.get']({ customerId }) }),
  mismatches: (query: Input<'risk.mismatches'>) =>
    queryOptions({
      queryKey: ['risk', 'mismatches', query],
      queryFn: () => api['risk.mismatches'](query),
      placeholderData: keepPreviousData,
    }),
  due: (query: Input<'risk.due'>) =>
    queryOptions({
      queryKey: ['risk', 'due', query],
      queryFn: () => api['risk.due'](query),
      placeholderData: keepPreviousData,
    }),
};
