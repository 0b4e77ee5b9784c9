/** Input schemas shared by forms (react-hook-form) and handlers (validation at the boundary). */
import { z } from 'zod';
import {
  CONTACT_ROLES,
  CUSTOMER_KINDS,
  CUSTOMER_SORTS,
  GENDERS,
  INTERACTION_KINDS,
  LANGUAGES,
  MARITAL_STATUSES,
  SOURCES,
  type CustomerKind,
  type Gender,
  type MaritalStatus,
  type Source,
} from './domain';
import {
  isCalendarDay,
  normaliseEmail,
  normalisePhone,
  utcToday,
  validateCreditCode,
  validateResidentId,
} from './rules/index';

/** Our schema messages are i18n keys (`phone.tooShort`); zod's own English messages become a generic key. */
export function issueKey(message: string): string {
  return /^[a-z][A-Za-z]*(\.[a-zA-Z_]+)+$/.test(message) ? message : 'field.invalid';
}

export const id = z.string().regex(/^[0-9a-f-]{36}$/, 'id.invalid');

/**
 * Field readers shared by the zod schemas below and by `parseCustomer`, which checks a customer without zod: an
 * import checks every row of a file, and the same rules then cost a fraction. A reader returns the stored value, or
 * a Rejection carrying the i18n key of what is wrong.
 */
class Rejection {
  constructor(readonly message: string) {}
}
/** One Rejection per message: a file of bad rows makes no garbage of them. */
const rejections = new Map<string, Rejection>();
function reject(message: string): Rejection {
  let r = rejections.get(message);
  if (!r) rejections.set(message, (r = new Rejection(message)));
  return r;
}
/** A value of the wrong type (zod's own messages become this key too). */
const INVALID = 'field.invalid';
const isNullish = (v: unknown): v is null | undefined => v === null || v === undefined;

/** Optional free text: trimmed, empty becomes null. */
function readText(v: unknown, max: number): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  const t = v.trim();
  if (t.length > max) return reject('text.tooLong');
  return t || null;
}

/** One of `values`, or empty (null). */
function readEnum<T extends string>(v: unknown, values: readonly T[]): T | null | Rejection {
  if (isNullish(v) || v === '') return null;
  return values.includes(v as T) ? (v as T) : reject(INVALID);
}

function readPhone(v: unknown, allowLandline: boolean): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  if (!v.trim()) return null;
  const r = normalisePhone(v);
  if (!r.ok) return reject(r.code);
  if (!allowLandline && r.kind === 'landline') return reject('phone.notMobile');
  return r.value;
}

function readEmail(v: unknown): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  if (!v.trim()) return null;
  const r = normaliseEmail(v);
  return r.ok ? r.value : reject(r.code);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD naming a real day, from the year 100 on (Date.UTC reads 0050 as 1950). */
export function isRealDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 100 && isCalendarDay(year, Number(m[2]), Number(m[3]));
}

function readBirthDate(v: unknown): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  const t = v.trim();
  if (!t) return null;
  if (!isRealDate(t) || t < '1900-01-01') return reject('date.invalid');
  if (t > utcToday()) return reject('date.future');
  return t;
}

/** A zod field around a reader: zod checks the type (and optionality), the reader the rest. */
const via = <T>(read: (v: string | null | undefined) => T | Rejection) =>
  z
    .string()
    .nullish()
    .transform((v, ctx): T => {
      const r = read(v);
      if (!(r instanceof Rejection)) return r;
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    });
const text = (max: number) => via((v) => readText(v, max));
const phone = (allowLandline: boolean) => via((v) => readPhone(v, allowLandline));
const email = via(readEmail);

export type CustomerInput = {
  kind: CustomerKind;
  name: string;
  gender?: Gender | '' | null;
  birthDate?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  region?: string | null;
  employer?: string | null;
  position?: string | null;
  nationality?: string | null;
  maritalStatus?: MaritalStatus | '' | null;
  source?: Source | '' | null;
  idNumber?: string | null;
  industry?: string | null;
  headcount?: number | '' | null;
  ownerId?: string | null;
  notes?: string | null;
  tags?: string[];
  /** Columns an import could not map, kept as label → value and searchable. */
  customFields?: Record<string, string>;
};

export type CustomerValues = {
  kind: CustomerKind;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  region: string | null;
  employer: string | null;
  position: string | null;
  nationality: string | null;
  maritalStatus: MaritalStatus | null;
  source: Source | null;
  idNumber: string | null;
  industry: string | null;
  headcount: number | null;
  ownerId: string | null;
  notes: string | null;
  tags: string[];
  customFields: Record<string, string>;
};

export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type CustomerParse =
  | { readonly success: true; readonly data: CustomerValues }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

const ID = /^[0-9a-f-]{36}$/;
const MAX_TAGS = 50;

/**
 * A customer as the form, the handlers and an import hand it over → the values stored, or every problem with the
 * field it belongs to (tags and custom fields by item). The ID number is checked last, against the kind, once
 * everything else is valid; a resident ID fills an empty birth date and gender.
 */
export function parseCustomer(input: unknown): CustomerParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { success: false, issues: [{ path: [], message: INVALID }] };
  const o = input as Record<string, unknown>;
  const issues: InputIssue[] = [];
  const field = <T>(key: string, r: T | Rejection): T => {
    if (r instanceof Rejection) issues.push({ path: [key], message: r.message });
    return r as T;
  };

  const kind = field<CustomerKind>(
    'kind',
    CUSTOMER_KINDS.includes(o.kind as CustomerKind) ? (o.kind as CustomerKind) : reject(INVALID),
  );
  let name = '';
  if (typeof o.name !== 'string') field('name', reject(INVALID));
  else {
    name = o.name.trim();
    if (name.length < 1) field('name', reject('name.required'));
    else if (name.length > 100) field('name', reject('text.tooLong'));
  }
  const gender = field('gender', readEnum(o.gender, GENDERS));
  const birthDate = field('birthDate', readBirthDate(o.birthDate));
  const mobile = field('mobile', readPhone(o.mobile, false));
  const phoneNumber = field('phone', readPhone(o.phone, true));
  const emailAddress = field('email', readEmail(o.email));
  const address = field('address', readText(o.address, 200));
  const region = field('region', readText(o.region, 50));
  const employer = field('employer', readText(o.employer, 100));
  const position = field('position', readText(o.position, 50));
  const nationality = field('nationality', readText(o.nationality, 50));
  const maritalStatus = field('maritalStatus', readEnum(o.maritalStatus, MARITAL_STATUSES));
  const source = field('source', readEnum(o.source, SOURCES));
  let idNumber: string | null = null;
  if (!isNullish(o.idNumber)) {
    if (typeof o.idNumber !== 'string') field('idNumber', reject(INVALID));
    else if (o.idNumber.trim()) idNumber = o.idNumber;
  }
  const industry = field('industry', readText(o.industry, 50));
  let headcount: number | null = null;
  const h = o.headcount;
  if (typeof h === 'number' && Number.isInteger(h)) {
    if (h < 0 || h > 10_000_000) field('headcount', reject('number.invalid'));
    else headcount = h;
  } else if (!isNullish(h) && h !== '') field('headcount', reject(INVALID));
  let ownerId: string | null = null;
  if (typeof o.ownerId === 'string') {
    if (o.ownerId && !ID.test(o.ownerId)) field('ownerId', reject('id.invalid'));
    else ownerId = o.ownerId || null;
  } else if (!isNullish(o.ownerId)) field('ownerId', reject(INVALID));
  const notes = field('notes', readText(o.notes, 5000));

  const tags: string[] = [];
  if (o.tags !== undefined) {
    if (!Array.isArray(o.tags)) field('tags', reject(INVALID));
    else if (o.tags.length > MAX_TAGS) field('tags', reject('tag.tooMany'));
    else
      (o.tags as unknown[]).forEach((tag, i) => {
        const bad = (message: string): void => {
          issues.push({ path: ['tags', i], message });
        };
        if (typeof tag !== 'string') return bad(INVALID);
        const t = tag.trim();
        if (t.length < 1) bad('tag.empty');
        else if (t.length > 30) bad('text.tooLong');
        else if (!tags.includes(t)) tags.push(t);
      });
  }
  const customFields: Record<string, string> = {};
  if (o.customFields !== undefined) {
    const fields = o.customFields;
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) field('customFields', reject(INVALID));
    else
      for (const [label, value] of Object.entries(fields as Record<string, unknown>)) {
        const bad = (message: string): void => {
          issues.push({ path: ['customFields', label], message });
        };
        const key = label.trim();
        if (key.length < 1 || key.length > 50) bad(INVALID);
        else if (typeof value !== 'string') bad(INVALID);
        else {
          const v = value.trim();
          if (v.length > 1000) bad('text.tooLong');
          else if (v) customFields[key] = v;
          else delete customFields[key];
        }
      }
  }
  if (issues.length > 0) return { success: false, issues };

  const values: CustomerValues = {
    kind,
    name,
    gender,
    birthDate,
    mobile,
    phone: phoneNumber,
    email: emailAddress,
    address,
    region,
    employer,
    position,
    nationality,
    maritalStatus,
    source,
    idNumber,
    industry,
    headcount,
    ownerId,
    notes,
    tags,
    customFields,
  };
  if (!idNumber) return { success: true, data: values };
  if (kind === 'person') {
    const r = validateResidentId(idNumber);
    if (!r.ok) return { success: false, issues: [{ path: ['idNumber'], message: r.code }] };
    // The ID carries birth date and gender; fill them when the user left them empty.
    values.idNumber = r.value;
    values.birthDate = birthDate ?? r.birthDate;
    values.gender = gender ?? r.gender;
    return { success: true, data: values };
  }
  const r = validateCreditCode(idNumber);
  if (!r.ok) return { success: false, issues: [{ path: ['idNumber'], message: r.code }] };
  values.idNumber = r.value;
  return { success: true, data: values };
}

/** The customer form's and the handlers' schema: `parseCustomer` inside zod, its issues on the same paths. */
export const customerInput = z.custom<CustomerInput>().transform((input, ctx): CustomerValues => {
  const r = parseCustomer(input);
  if (r.success) return r.data;
  for (const issue of r.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
  return z.NEVER;
});

export const customerListQuery = z.object({
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
  sort: z.enum(CUSTOMER_SORTS).default('updatedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  query: z.string().trim().max(100).default(''),
  kind: z.enum(CUSTOMER_KINDS).nullish(),
  ownerId: id.nullish(),
  tag: z.string().trim().max(30).nullish(),
  region: z.string().trim().max(50).nullish(),
});

export const searchQuery = z.object({
  query: z.string().max(100, 'text.tooLong'),
  limit: z.number().int().min(1).max(200).default(20),
});

export const contactInput = z.object({
  customerId: id,
  id: id.nullish(),
  name: z.string().trim().min(1, 'name.required').max(100, 'text.tooLong'),
  title: text(50),
  role: z.enum(CONTACT_ROLES).default('other'),
  mobile: phone(true),
  email,
  notes: text(1000),
});

export const interactionInput = z.object({
  customerId: id,
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: z.iso.datetime({ offset: true, message: 'date.invalid' }),
  staffId: id.nullish(),
  summary: z.string().trim().min(1, 'summary.required').max(5000, 'text.tooLong'),
  outcome: text(500),
});

export const settingsPatch = z.object({
  language: z.enum(LANGUAGES).nullish(),
  currentStaffId: id.nullish(),
});

export const transactionInput = z.object({
  id: id.nullish(),
  customerId: id,
  occurredOn: z.string().refine((v) => isRealDate(v), 'date.invalid'),
  product: z.string().trim().min(1, 'import.productRequired').max(200, 'text.tooLong'),
  amountCents: z
    .number()
    .int('number.invalid')
    .min(-1_000_000_000_00, 'number.invalid')
    .max(1_000_000_000_00, 'number.invalid'),
  profitCents: z
    .number()
    .int('number.invalid')
    .nullish()
    .transform((v) => v ?? null),
  channel: text(50),
  notes: text(1000),
});
