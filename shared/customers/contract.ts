import { z } from 'zod';
import { byId, none, returns, type ContractEntry } from '../contract-entries';
import { id } from '../fields';
import type { Page } from '../records';
import { customerBulkInput, customerInput, customerListQuery } from './schemas';
import type { BulkResult, Customer, CustomerDetail, CustomerRow, DuplicateCandidate, Facets } from './types';

export const customerContract = {
  'customers.list': { input: customerListQuery, output: returns<Page<CustomerRow>>() },
  'customers.facets': { input: none, output: returns<Facets>() },
  'customers.get': { input: byId, output: returns<CustomerDetail>() },
  'customers.create': {
    input: z.object({ customer: customerInput, allowDuplicate: z.boolean().default(false) }),
    output: returns<Customer>(),
  },
  'customers.update': { input: z.object({ id, customer: customerInput }), output: returns<Customer>() },
  'customers.duplicates': {
    input: z.object({ customer: customerInput, excludeId: id.nullish() }),
    output: returns<readonly DuplicateCandidate[]>(),
  },
  'customers.delete': { input: byId, output: returns<{ readonly deletedAt: string }>() },
  'customers.restore': { input: byId, output: returns<Customer>() },
  'customers.bulk': { input: customerBulkInput, output: returns<BulkResult>() },
  /** Undoes a bulk delete: the customers it sent to the recycle bin (named by its stamp) come back. */
  'customers.undoBulkDelete': {
    input: z.object({ deletedAt: z.iso.datetime() }),
    output: returns<{ readonly restored: number }>(),
  },
  'customers.trash': {
    input: z.object({
      page: z.number().int().min(0).default(0),
      pageSize: z.number().int().min(1).max(200).default(50),
    }),
    output: returns<Page<CustomerRow & { readonly deletedAt: string }>>(),
  },
} as const satisfies Record<string, ContractEntry>;
