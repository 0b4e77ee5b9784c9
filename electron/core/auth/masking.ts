/**
 * Phones and ID numbers for a staff member (sign-in on, role staff): every reply is masked here, once, in the
 * dispatch, so no list, page, search hit, audit entry or export preview hands the renderer (or the CLI) the full
 * value; `privacy.reveal` reads one on purpose and is recorded. Custom fields that hold personal data (flagged by a
 * manager, or named like a phone or an ID number: privacy/personal-fields.ts) are masked the same way wherever a
 * reply carries `customFields` (a customer, an audit change). The customer and contact forms send the masked values
 * back when saved: those become the stored ones again before the input is validated.
 */
import type { Channel } from '../../../shared/channels';
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask';
import { isPersonalField, maskCustomValue, type PersonalFieldFlags } from '../../../shared/privacy/personal-fields';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { personalFieldFlags } from '../privacy/personal-fields';
import { customerScope } from './acting';

/** Fields that hold a phone number, in any reply (a customer, a contact, a call-back, a complaint, an audit change). */
const PHONE_FIELDS: ReadonlySet<string> = new Set(['mobile', 'phone', 'customerMobile', 'customerPhone']);
const ID_FIELDS: ReadonlySet<string> = new Set(['idNumber']);
/** A customer's custom fields (and an audit change of them): masked by field, those holding personal data. */
const CUSTOM_FIELDS = 'customFields';
/** Replies that are the unmasked values on purpose (read and recorded), or a customer's own file for them. */
const UNMASKED: ReadonlySet<Channel> = new Set<Channel>(['privacy.reveal', 'privacy.export']);

type Mask = (value: string | null) => string | null;

/** A plain object (a reply's, or a customer's custom fields, which have no prototype). */
const isRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** A customer's custom fields with the personal ones masked (or an audit change's [before, after] of them). */
function maskCustomFields(value: unknown, flags: PersonalFieldFlags): unknown {
  if (Array.isArray(value)) return value.map((v) => maskCustomFields(v, flags));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value))
    out[name] = typeof v === 'string' && isPersonalField(name, flags) ? maskCustomValue(name, v) : v;
  return out;
}

/** A field's value masked: a string, or the strings of an audit change's [before, after]. */
function maskValue(value: unknown, mask: Mask, flags: PersonalFieldFlags): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? mask(v) : maskAll(v, flags)));
  return maskAll(value, flags);
}

function maskAll(value: unknown, flags: PersonalFieldFlags): unknown {
  if (Array.isArray(value)) return value.map((v) => maskAll(v, flags));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = PHONE_FIELDS.has(key)
      ? maskValue(v, maskPhone, flags)
      : ID_FIELDS.has(key)
        ? maskValue(v, maskIdNumber, flags)
        : key === CUSTOM_FIELDS
          ? maskCustomFields(v, flags)
          : maskAll(v, flags);
  }
  return out;
}

/** The reply as the caller may see it: phones and ID numbers masked for staff, as it is for everyone else. */
export function maskReply(db: Db, channel: Channel, value: unknown): unknown {
  if (customerScope() === null || UNMASKED.has(channel)) return value;
  return maskAll(value, personalFieldFlags(db));
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
    select: 'SELECT mobile, phone, id_number AS idNumber, custom_fields AS customFields FROM customers WHERE id = ?',
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
  if (typeof stored.customFields === 'string' && isRecord(restored.customFields))
    restored.customFields = restoreCustomFields(db, stored.customFields, restored.customFields);
  return form.rebuild(input as Fields, restored);
}

/** Custom fields sent back: each personal one that is exactly its stored value's mask becomes the stored value. */
function restoreCustomFields(db: Db, stored: string, given: Record<string, unknown>): Fields {
  let values: unknown;
  try {
    values = JSON.parse(stored);
  } catch {
    return given;
  }
  if (!isRecord(values)) return given;
  const flags = personalFieldFlags(db);
  const out: Fields = { ...given };
  for (const [name, value] of Object.entries(given)) {
    const was = values[name];
    if (typeof was === 'string' && isPersonalField(name, flags) && value === maskCustomValue(name, was))
      out[name] = was;
  }
  return out;
}
