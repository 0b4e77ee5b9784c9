/** The customer rules: one reader for the form, the handlers and every imported row. */
import { z } from 'zod';
import {
  id,
  INVALID,
  isRealDate,
  isNullish,
  readBirthDate,
  readEmail,
  readEnum,
  readPhone,
  readText,
  reject,
  Rejection,
  searchText,
} from '../fields';
import { ID_TYPES, idTypeFitsKind, validateIdDocument, type IdType } from '../rules/index';
import { isClassKey, RISK_LEVELS } from '../segments/classes';
import {
  CUSTOMER_KINDS,
  CUSTOMER_SORTS,
  GENDERS,
  MARITAL_STATUSES,
  SOURCES,
  type CustomerKind,
  type Gender,
  type MaritalStatus,
  type Source,
} from './types';

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
  /** Empty: a person's resident ID, a company's credit code. */
  idType?: IdType | '' | null;
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
  /** Set exactly when there is an ID number. */
  idType: IdType | null;
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
 * field it belongs to (tags and custom fields by item), all at once. The ID number is checked against the kind
 * (when the kind itself is valid) together with the other fields; a valid resident ID fills an empty birth date
 * and gender.
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
  const typeRead = readEnum(o.idType, ID_TYPES);
  const givenType = field('idType', typeRead);
  let idNumber: string | null = null;
  let idType: IdType | null = null;
  let fromId: { birthDate: string | null; gender: Gender | null } | null = null;
  if (!isNullish(o.idNumber)) {
    if (typeof o.idNumber !== 'string') field('idNumber', reject(INVALID));
    else if (o.idNumber.trim() && CUSTOMER_KINDS.includes(kind) && !(typeRead instanceof Rejection)) {
      // Without a type: a resident ID for a person (it carries birth date and gender), a credit code for a company.
      const type = givenType ?? (kind === 'person' ? 'residentId' : 'creditCode');
      if (!idTypeFitsKind(type, kind)) field('idType', reject(kind === 'person' ? 'idType.company' : 'idType.person'));
      else {
        const r = validateIdDocument(type, o.idNumber);
        if (!r.ok) field('idNumber', reject(r.code));
        else {
          idNumber = r.value;
          idType = type;
          fromId = { birthDate: r.birthDate, gender: r.gender };
        }
      }
    }
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
  // Without a prototype, a field named __proto__ or constructor is kept as a plain name (a {} would drop it).
  const customFields: Record<string, string> = Object.create(null) as Record<string, string>;
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
    idType,
    idNumber,
    industry,
    headcount,
    ownerId,
    notes,
    tags,
    customFields,
  };
  // The ID carries birth date and gender; fill them when the user left them empty.
  if (fromId) {
    values.birthDate = birthDate ?? fromId.birthDate;
    values.gender = gender ?? fromId.gender;
  }
  return { success: true, data: values };
}

/** The customer form's and the handlers' schema: `parseCustomer` inside zod, its issues on the same paths. */
export const customerInput = z.custom<CustomerInput>().transform((input, ctx): CustomerValues => {
  const r = parseCustomer(input);
  if (r.success) return r.data;
  for (const issue of r.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
  return z.NEVER;
});

/** A tag as the form stores it: trimmed, 1–30 characters. */
const tagName = z.string().trim().min(1, 'tag.empty').max(30, 'text.tooLong');

export const TAG_MATCHES = ['any', 'all'] as const;
export type TagMatch = (typeof TAG_MATCHES)[number];

/** A risk filter: the level of the customer's newest assessment, or that assessment having expired. */
export const RISK_FILTERS = [...RISK_LEVELS, 'expired'] as const;
export type RiskFilter = (typeof RISK_FILTERS)[number];

const score = z.number().int().min(1, 'filter.score').max(5, 'filter.score').nullish();
const cents = z.number().int('filter.cents').min(0, 'filter.cents').max(1e15, 'filter.cents').nullish();
const filterDate = z
  .string()
  .refine((v) => isRealDate(v), 'date.invalid')
  .nullish();
const productName = z.string().trim().min(1).max(100, 'text.tooLong').nullish();

/** A custom field a customer holds, with this value (case aside) or, without one, any value. */
export const customFieldFilter = z.object({
  name: z.string().trim().min(1, 'filter.fieldName').max(50, 'text.tooLong'),
  value: z.string().trim().max(1000, 'text.tooLong').default(''),
});

/**
 * The filters over classes and purchases (saved segments are made of them): classes (several of one scheme: any of
 * them; of different schemes: all), RFM score ranges, last purchase before/after, spend in the period computed
 * (cents), a product bought / not bought (name or product id), the risk level of the newest assessment, a birthday
 * within N days, custom field values, and a saved segment's customers.
 */
export const segmentFilterShape = {
  classes: z
    .array(z.string().refine((key): boolean => isClassKey(key), 'filter.classInvalid'))
    .max(60)
    .optional(),
  rMin: score,
  rMax: score,
  fMin: score,
  fMax: score,
  mMin: score,
  mMax: score,
  lastPurchaseAfter: filterDate,
  lastPurchaseBefore: filterDate,
  spendMin: cents,
  spendMax: cents,
  bought: productName,
  notBought: productName,
  risk: z.array(z.enum(RISK_FILTERS)).max(RISK_FILTERS.length).optional(),
  birthdayWithin: z.number().int('filter.days').min(0, 'filter.days').max(366, 'filter.days').nullish(),
  fields: z.array(customFieldFilter).max(10).optional(),
  segmentId: id.nullish(),
};
export type SegmentFilterKey = keyof typeof segmentFilterShape;
export const SEGMENT_FILTER_KEYS = Object.keys(segmentFilterShape) as readonly SegmentFilterKey[];

/** Whether any of the class and purchase filters is set (an empty list or null is not). */
export const hasSegmentFilter = (f: Readonly<Partial<Record<SegmentFilterKey, unknown>>>): boolean =>
  SEGMENT_FILTER_KEYS.some((key) => {
    const v = f[key];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '';
  });

/**
 * Which customers the list shows (and a bulk change, an export or a campaign takes): a text, kind, account manager,
 * region, and tags (`tag` and `tags` together) of which a customer holds any or all, and the class and purchase
 * filters of segmentFilterShape.
 */
export const customerFilter = z.object({
  ...segmentFilterShape,
  query: searchText(100).default(''),
  kind: z.enum(CUSTOMER_KINDS).nullish(),
  ownerId: id.nullish(),
  tag: z.string().trim().max(30).nullish(),
  tags: z.array(tagName).max(20).optional(),
  tagMatch: z.enum(TAG_MATCHES).optional(),
  region: z.string().trim().max(50).nullish(),
  /** Customers picked one by one on the list (an export or a campaign of the selection). */
  ids: z.array(id).max(10_000, 'customers.bulk.tooMany').optional(),
});
export type CustomerFilterValues = z.output<typeof customerFilter>;

export const customerListQuery = customerFilter.extend({
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
  sort: z.enum(CUSTOMER_SORTS).default('updatedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});

/** A bulk change's customers: those picked on the list, or every customer its filter matches. */
const bulkTarget = z.union([
  z.object({ ids: z.array(id).min(1, 'customers.bulk.noneSelected').max(10_000, 'customers.bulk.tooMany') }).strict(),
  z.object({ filter: customerFilter }).strict(),
]);

/** The tag a bulk change adds or removes, as its dialog checks it. */
export const bulkTagForm = z.object({ tag: tagName });

export const customerBulkInput = z.object({
  target: bulkTarget,
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('addTag'), ...bulkTagForm.shape }),
    z.object({ kind: z.literal('removeTag'), ...bulkTagForm.shape }),
    z.object({ kind: z.literal('setOwner'), ownerId: id.nullable() }),
    z.object({ kind: z.literal('delete') }),
  ]),
});
export type CustomerBulkInput = z.output<typeof customerBulkInput>;
