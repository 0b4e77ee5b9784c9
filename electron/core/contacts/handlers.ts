import type { contactContract } from '../../../shared/contacts/contract';
import type { AreaContext, HandlersOf } from '../context';
import { getCustomer } from '../customers/records';
import { deleteContact, saveContact } from './contacts';

export type ContactHandlers = HandlersOf<typeof contactContract>;

export function contactHandlers({ db, actor }: AreaContext): ContactHandlers {
  return {
    'contacts.save': (input) => {
      getCustomer(db, input.customerId);
      return saveContact(db, input, actor());
    },
    'contacts.delete': ({ id }) => {
      deleteContact(db, id, actor());
      return { ok: true };
    },
  };
}
