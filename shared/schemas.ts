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
} from './domain';
import { normaliseEmail, normalisePhone, validateCreditCode, validateResidentId } from './rules/index';

/** Our schema messages are i18n keys (`phone.tooShort`); zod's own English messages become a generic key. */
export function issueKey(message: string): string {
  return /^[a-z][A-Za-z]*(\.[a-zA-Z_]+)+$/.test(message) ? message : 'field.invalid';
}

export const id = z.string().regex(/^[0-9a-f-]{36}$/, 'id.invalid');

/** Optional free text: trimmed, empty becomes null. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'text.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.literal('')])
    .nullish()
    .transform((v) => (v ? (v as T[number]) : null));

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const birthDate = z
  .string()
  .trim()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!isRealDate(v) || v < '1900-01-01') {
      ctx.addIssue({ code: 'custom', message: 'date.invalid' });
      return z.NEVER;
    }
    if (v > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', message: 'date.future' });
      return z.NEVER;
    }
    return v;
  });

const phone = (allowLandline: boolean) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return null;
      const r = normalisePhone(v);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.code });
        return z.NEVER;
      }
      if (!allowLandline && r.kind === 'landline') {
        ctx.addIssue({ code: 'custom', message: 'phone.notMobile' });
        return z.NEVER;
      }
      return r.value;
    });

const email = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (!v || !v.trim()) return null;
    const r = normaliseEmail(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.code });
      return z.NEVER;
    }
    return r.value;
  });

const tags = z
  .array(z.string().trim().min(1, 'tag.empty').max(30, 'text.tooLong'))
  .max(50, 'tag.tooMany')
  .default([])
  .transform((list) => [...new Set(list)]);

export const customerInput = z
  .object({
    kind: z.enum(CUSTOMER_KINDS),
    name: z.string().trim().min(1, 'name.required').max(100, 'text.tooLong'),
    gender: optionalEnum(GENDERS),
    birthDate,
    mobile: phone(false),
    phone: phone(true),
    email,
    address: text(200),
    region: text(50),
    employer: text(100),
    position: text(50),
    nationality: text(50),
    maritalStatus: optionalEnum(MARITAL_STATUSES),
    source: optionalEnum(SOURCES),
    idNumber: z
      .string()
      .nullish()
      .transform((v) => (v && v.trim() ? v : null)),
    industry: text(50),
    headcount: z
      .union([
        z.number().int('number.invalid').min(0, 'number.invalid').max(10_000_000, 'number.invalid'),
        z.literal(''),
      ])
      .nullish()
      .transform((v) => (typeof v === 'number' ? v : null)),
    ownerId: z
      .union([id, z.literal('')])
      .nullish()
      .transform((v) => (v ? v : null)),
    notes: text(5000),
    tags,
    /** Columns an import could not map, kept as label → value and searchable. */
    customFields: z
      .record(
        z.string().trim().min(1, 'field.invalid').max(50, 'text.tooLong'),
        z.string().trim().max(1000, 'text.tooLong'),
      )
      .default({})
      .transform((fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ''))),
  })
  .transform((c, ctx) => {
    if (!c.idNumber) return c;
    if (c.kind === 'person') {
      const r = validateResidentId(c.idNumber);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.code, path: ['idNumber'] });
        return z.NEVER;
      }
      // The ID carries birth date and gender; fill them when the user left them empty.
      return { ...c, idNumber: r.value, birthDate: c.birthDate ?? r.birthDate, gender: c.gender ?? r.gender };
    }
    const r = validateCreditCode(c.idNumber);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.code, path: ['idNumber'] });
      return z.NEVER;
    }
    return { ...c, idNumber: r.value };
  });

export type CustomerInput = z.input<typeof customerInput>;
export type CustomerValues = z.output<typeof customerInput>;

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
