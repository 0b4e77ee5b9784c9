import type { customerContract } from '../../../shared/customers/contract';
import { listContacts } from '../contacts/contacts';
import type { AreaContext, HandlersOf } from '../context';
import { listInteractions } from '../interactions/timeline';
import { listStaff } from '../staff/staff';
import { findDuplicates, refuseDuplicates } from './duplicates';
import { facetValues, listCustomers } from './list';
import { createCustomer, deleteCustomer, getCustomer, listTrash, restoreCustomer, updateCustomer } from './records';

export type CustomerHandlers = HandlersOf<typeof customerContract>;

export function customerHandlers({ db, actor }: AreaContext): CustomerHandlers {
  return {
    'customers.list': (q) => listCustomers(db, q),
    'customers.facets': () => ({ ...facetValues(db), staff: listStaff(db) }),
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
    'customers.update': ({ id, customer }) => updateCustomer(db, id, customer, actor()),
    'customers.duplicates': ({ customer, excludeId }) => findDuplicates(db, customer, excludeId ?? null),
    'customers.delete': ({ id }) => deleteCustomer(db, id, actor()),
    'customers.restore': ({ id }) => restoreCustomer(db, id, actor()),
    'customers.trash': ({ page, pageSize }) => listTrash(db, page, pageSize),
  };
}
