import type { customerContract } from '../../../shared/customers/contract';
import { maskCustomer } from '../../../shared/privacy/mask';
import { customerScope } from '../auth/acting';
import { assertCustomerVisible } from '../auth/scope';
import { listContacts } from '../contacts/contacts';
import type { AreaContext, HandlersOf } from '../context';
import { listInteractions } from '../interactions/timeline';
import { listStaff } from '../staff/staff';
import { findDuplicates, refuseDuplicates } from './duplicates';
import { bulkChange, undoBulkDelete } from './bulk';
import { byPinyin, facetValues, listCustomers } from './list';
import { createCustomer, deleteCustomer, getCustomer, listTrash, restoreCustomer, updateCustomer } from './records';

export type CustomerHandlers = HandlersOf<typeof customerContract>;

/** Staff (sign-in on) see phones and ID numbers masked; `privacy.reveal` reads one on purpose, recorded. */
const masked = <T extends { mobile: string | null; phone: string | null }>(row: T): T =>
  customerScope() === null ? row : maskCustomer(row);

export function customerHandlers({ db, actor }: AreaContext): CustomerHandlers {
  return {
    'customers.list': (q) => {
      const page = listCustomers(db, q);
      return customerScope() === null ? page : { ...page, rows: page.rows.map(masked) };
    },
    // The desk's own (unnamed) member first, then by name in pinyin order.
    'customers.facets': () => ({
      ...facetValues(db),
      staff: listStaff(db).sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || byPinyin(a.name, b.name)),
    }),
    'customers.get': ({ id }) => {
      assertCustomerVisible(db, id);
      const customer = masked(getCustomer(db, id));
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
    'customers.update': ({ id, customer }) => {
      assertCustomerVisible(db, id);
      return updateCustomer(db, id, customer, actor());
    },
    'customers.duplicates': ({ customer, excludeId }) => findDuplicates(db, customer, excludeId ?? null),
    'customers.delete': ({ id }) => {
      assertCustomerVisible(db, id);
      return deleteCustomer(db, id, actor());
    },
    'customers.restore': ({ id }) => {
      assertCustomerVisible(db, id);
      return restoreCustomer(db, id, actor());
    },
    'customers.bulk': (input) => bulkChange(db, input, actor()),
    'customers.undoBulkDelete': ({ deletedAt }) => undoBulkDelete(db, deletedAt, actor()),
    'customers.trash': ({ page, pageSize }) => listTrash(db, page, pageSize),
  };
}
