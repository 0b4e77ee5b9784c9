import type { searchContract } from '../../../shared/search/contract';
import type { AreaContext, HandlersOf } from '../context';
import { searchCustomers } from './search';

export type SearchHandlers = HandlersOf<typeof searchContract>;

export function searchHandlers({ db }: AreaContext): SearchHandlers {
  return {
    // Staff (sign-in on) find their own and unassigned customers, masked by the dispatch (auth/masking.ts).
    'customers.search': ({ query, limit }) => searchCustomers(db, query, limit),
  };
}
