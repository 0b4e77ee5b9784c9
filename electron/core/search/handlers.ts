import type { searchContract } from '../../../shared/search/contract';
import type { AreaContext, HandlersOf } from '../context';
import { searchCustomers } from './search';

export type SearchHandlers = HandlersOf<typeof searchContract>;

export function searchHandlers({ db }: AreaContext): SearchHandlers {
  return { 'customers.search': ({ query, limit }) => searchCustomers(db, query, limit) };
}
