import type { customerContract } from '../../../shared/customers/contract';
import { listContacts } from '../contacts/contacts';
import type { AreaContext, HandlersOf } from '../context';
import { listInteractions } from '../interactions/timeline';
import { listStaff } from '../staff/staff';
import { findDuplicates, refuseDuplicates } from './duplicates';
import { bulkChange, undoBulkDelete } from './bulk';
import { byPinyin, facetValues, listCustomers } from './list';
import { createCustomer, deleteCustomer, getCustomer, listTrash, restoreCustomer, updateCustomer } from './records';

export type CustomerHandlers = HandlersOf<typeof customerContract>;

export function customerHandlers({ db, actor }: AreaContext): CustomerHandlers {
  return {
    // Staff (sign-in on) see their own and unassigned customers (list.ts), masked by the dispatch (auth/masking.ts).
    'customers.list': (q) => listCustomers(db, q),
    // The desk's own (unnamed) member first, then by name in pinyin order.
    'customers.facets': () => ({
      ...facetValues(db),
      staff: listStaff(db).sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || byPinyin(a.name, b.name)),
    }),
    'customers.get': ({ id }) => {
      const customer = getCustomer(db, id);
      const timeline = listInteractions(db, id, 0, 50);
      return {
        customer,
        contacts: listContacts(db, id),
        interactions: timeline.rows,
        interactionTotal: timeline.total,
      };
    },
    'customers.create': ({ customer, allowDuplicate }) => {
      if (!allowDuplicate) refuseDuplicates(db, customer);
      return createCustomer(db, customer, actor());
    },
    // Another's customer never gets here for staff: the dispatch refuses it (auth/records.ts).
    'customers.update': ({ id, customer }) => updateCustomer(db, id, customer, actor()),
    'customers.duplicates': ({ customer, excludeId }) => findDuplicates(db, customer, excludeId ?? null),
    'customers.delete': ({ id }) => deleteCustomer(db, id, actor()),
    'customers.restore': ({ id }) => restoreCustomer(db, id, actor()),
    'customers.bulk': (input) => bulkChange(db, input, actor()),
    'customers.undoBulkDelete': ({ deletedAt }) => undoBulkDelete(db, deletedAt, actor()),
    'customers.trash': ({ page, pageSize }) => listTrash(db, page, pageSize),
  };
}
