import { byId, done, returns, type ContractEntry } from '../contract-entries';
import { contactInput } from './schemas';
import type { Contact } from './types';

export const contactContract = {
  'contacts.save': { input: contactInput, output: returns<Contact>() },
  'contacts.delete': { input: byId, output: done() },
} as const satisfies Record<string, ContractEntry>;
