/**
 * Phones and ID numbers for a staff member (sign-in on, role staff): every reply is masked here, once, in the
 * dispatch, so no list, page, search hit, audit entry or export preview hands the renderer (or the CLI) the full
 * value; `privacy.reveal` reads one on purpose and is recorded. The customer and contact forms send the masked values
 * back when saved: those become the stored ones again before the input is validated.
 */
import type { Channel } from '../../../shared/channels';
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { customerScope } from './acting';

/** Fields that hold a phone number, in any reply (a customer, a contact, a call-back, a complaint, an audit change). */
const PHONE_FIELDS: ReadonlySet<string> = new Set(['mobile', 'phone', 'customerMobile', 'customerPhone']);
const ID_FIELDS: ReadonlySet<string> = new Set(['idNumber']);
/** Replies that are the unmasked values on purpose (read and recorded), or a customer's own file for them. */
const UNMASKED: ReadonlySet<Channel> = new Set<Channel>(['privacy.reveal', 'privacy.export']);

type Mask = (value: string | null) => string | null;

/** A field's value masked: a string, or the strings of an audit change's [before, after]. */
function maskValue(value: unknown, mask: Mask): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? mask(v) : maskAll(v)));
  return maskAll(value);
}

function maskAll(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskAll);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = PHONE_FIELDS.has(key)
      ? maskValue(v, maskPhone)
      : ID_FIELDS.has(key)
        ? maskValue(v, maskIdNumber)
        : maskAll(v);
  }
  return out;
}

/** The reply as the caller may see it: phones and ID numbers masked for staff, as it is for everyone else. */
export function maskReply(channel: Channel, value: unknown): unknown {
  if (customerScope() === null || UNMASKED.has(channel)) return value;
  return maskAll(value);
}

type Fields = Record<string, unknown>;

/** Where a form's masked values sit in a channel's input, and where the stored ones are read. */
interface Form {
  readonly select: string;
  readonly fields: Readonly<Record<string, Mask>>;
  readonly id: (input: Fields) => unknown;
  readonly values: (input: Fields) => unknown;
  readonly rebuild: (input: Fields, values: Fields) => Fields;
}

const FORMS: Partial<Record<Channel, Form>> = {
  'customers.update': {
    select: 'SELECT mobile, phone, id_number AS idNumber FROM customers WHERE id = ?',
    fields: { mobile: maskPhone, phone: maskPhone, idNumber: maskIdNumber },
    id: (input) => input.id,
    values: (input) => input.customer,
    rebuild: (input, customer) => ({ ...input, customer }),
  },
  'contacts.save': {
    select: 'SELECT mobile FROM contacts WHERE id = ?',
    fields: { mobile: maskPhone },
    id: (input) => input.id,
    values: (input) => input,
    rebuild: (_input, contact) => contact,
  },
};

/**
 * Before the input is validated: a value that is exactly the mask of the stored one becomes the stored one again
 * (anything else is validated as typed). Answers the input unchanged for everyone else and for other channels.
 */
export function unmaskInput(db: Db, channel: Channel, input: unknown): unknown {
  const form = FORMS[channel];
  if (!form || customerScope() === null || typeof input !== 'object' || input === null) return input;
  const id = form.id(input as Fields);
  const given = form.values(input as Fields);
  if (typeof id !== 'string' || typeof given !== 'object' || given === null) return input;
  const stored = stmt(db, form.select).get(id) as Record<string, string | null> | undefined;
  if (!stored) return input;
  const restored: Fields = { ...(given as Fields) };
  for (const [field, mask] of Object.entries(form.fields)) {
    const value = stored[field];
    if (value !== null && value !== undefined && restored[field] === mask(value)) restored[field] = value;
  }
  return form.rebuild(input as Fields, restored);
}
