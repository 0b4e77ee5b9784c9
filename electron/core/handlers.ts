import type { Channel } from '../../shared/channels';
import type { Output, ParsedInput } from '../../shared/contract';
import { DossierError } from '../../shared/result';
import * as contacts from './db/contacts';
import * as customers from './db/customers';
import * as interactions from './db/interactions';
import type { Db } from './db/open';
import { schemaVersion } from './db/open';
import { getSettings, updateSettings } from './db/settings';
import { ensureDefaultStaff, listStaff } from './db/staff';

export interface CoreContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly host: 'desktop' | 'web';
  readonly version: string;
}

export type Handlers = { readonly [K in Channel]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

/** The whole app's behaviour, one function per channel; hosts only transport. */
export function createHandlers(ctx: CoreContext): Handlers {
  const { db } = ctx;
  const defaultStaff = ensureDefaultStaff(db);
  const actor = (): string => getSettings(db).currentStaffId ?? defaultStaff.id;

  return {
    'app.info': () => ({ version: ctx.version, dbPath: ctx.dbPath, schemaVersion: schemaVersion(db), host: ctx.host }),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
    'staff.list': () => listStaff(db),
    'customers.search': ({ query, limit }) => customers.searchCustomers(db, query, limit),
    'customers.list': (q) => customers.listCustomers(db, q),
    'customers.facets': () => ({ ...customers.facetValues(db), staff: listStaff(db) }),
    'customers.get': ({ id }) => {
      const customer = customers.getCustomer(db, id);
      const timeline = interactions.listInteractions(db, id, 0, 50);
      return {
        customer,
        contacts: contacts.listContacts(db, id),
        interactions: timeline.rows,
        interactionTotal: timeline.total,
      };
    },
    'customers.create': ({ customer, allowDuplicate }) => {
      if (!allowDuplicate) {
        const duplicates = customers.findDuplicates(db, customer, null);
        const first = duplicates[0];
        if (first)
          throw new DossierError({
            code: 'conflict',
            message: `A customer with the same ${first.reasons.join(', ')} exists: ${first.name}`,
            details: { duplicateId: first.id, duplicateName: first.name, reason: first.reasons[0] ?? 'mobile' },
          });
      }
      return customers.createCustomer(db, customer, actor());
    },
    'customers.update': ({ id, customer }) => customers.updateCustomer(db, id, customer, actor()),
    'customers.duplicates': ({ customer, excludeId }) => customers.findDuplicates(db, customer, excludeId ?? null),
    'customers.delete': ({ id }) => customers.deleteCustomer(db, id, actor()),
    'customers.restore': ({ id }) => customers.restoreCustomer(db, id, actor()),
    'customers.trash': ({ page, pageSize }) => customers.listTrash(db, page, pageSize),
    'contacts.save': (input) => {
      customers.getCustomer(db, input.customerId);
      return contacts.saveContact(db, input, actor());
    },
    'contacts.delete': ({ id }) => {
      contacts.deleteContact(db, id, actor());
      return { ok: true };
    },
    'interactions.create': (input) => {
      customers.getCustomer(db, input.customerId);
      return interactions.createInteraction(db, input, actor());
    },
    'interactions.list': ({ customerId, offset, limit }) => interactions.listInteractions(db, customerId, offset, limit),
    'interactions.delete': ({ id }) => {
      interactions.deleteInteraction(db, id, actor());
      return { ok: true };
    },
  };
}
