import type { searchContract } from '../../../shared/search/contract';
import { maskCustomer } from '../../../shared/privacy/mask';
import { customerScope } from '../auth/acting';
import type { AreaContext, HandlersOf } from '../context';
import { searchCustomers } from './search';

export type SearchHandlers = HandlersOf<typeof searchContract>;

export function searchHandlers({ db }: AreaContext): SearchHandlers {
  return {
    // Staff (sign-in on) find their own and unassigned customers, with phones masked.
    'customers.search': ({ query, limit }) => {
      const hits = searchCustomers(db, query, limit);
      return customerScope() === null ? hits : hits.map(maskCustomer);
    },
  };
}
