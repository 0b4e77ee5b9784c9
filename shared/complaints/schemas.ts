/** Input schemas of the complaint channels; their messages are i18n keys (shared/i18n/en/complaints.ts). */
import { z } from 'zod';
import { id, isRealDate } from '../fields';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SORTS,
  COMPLAINT_STATUSES,
  COMPLAINT_VIEWS,
  MAX_LIMIT_DAYS,
  SEGMENT_SCHEMES,
} from './types';

const isoDate = z.string().refine((v) => isRealDate(v), 'date.invalid');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v): z.output<T> | null => v ?? null);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'text.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));
const requiredText = (max: number, missing: string) => z.string().trim().min(1, missing).max(max, 'text.tooLong');
const instant = z.iso.datetime({ offset: true, message: 'date.invalid' });
const listName = (empty: string) => z.string().trim().min(1, empty).max(30, 'text.tooLong');
const score = z
  .number()
  .int('complaints.satisfactionRange')
  .min(1, 'complaints.satisfactionRange')
  .max(5, 'complaints.satisfactionRange');

export const complaintCreateInput = z.object({
  customerId: id,
  /** When it was received; default now. */
  receivedAt: nullable(instant),
  channel: z.enum(COMPLAINT_CHANNELS),
  /** One of the configured categories. */
  category: listName('complaints.categoryRequired'),
  severity: z.enum(COMPLAINT_SEVERITIES).default('normal'),
  words: requiredText(5000, 'complaints.wordsRequired'),
  /** Default: the customer's account manager, else the current staff member. */
  ownerId: nullable(id),
});

/** The due date a complaint received then with that severity would get (the log form shows it before saving). */
export const complaintDueInput = z.object({
  receivedAt: nullable(instant),
  severity: z.enum(COMPLAINT_SEVERITIES).default('normal'),
});

/** Corrections to what was recorded; a new received time or severity recomputes the due date. */
export const complaintUpdateInput = z.object({
  id,
  receivedAt: instant.optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  category: listName('complaints.categoryRequired').optional(),
  severity: z.enum(COMPLAINT_SEVERITIES).optional(),
  words: requiredText(5000, 'complaints.wordsRequired').optional(),
});

/** open → in progress: someone has taken it up (the first response). */
export const complaintStartInput = z.object({ id, note: optionalText(2000) });

/** The follow-up call planned when resolving; omitted fields take the defaults. */
const followUpInput = z.object({
  /** Default: the next working day after resolving. */
  dueOn: nullable(isoDate),
  /** Default: the complaint's owner. */
  staffId: nullable(id),
});

export const complaintResolveInput = z.object({
  id,
  rootCause: listName('complaints.causeRequired'),
  countermeasure: requiredText(2000, 'complaints.countermeasureRequired'),
  customerTold: requiredText(2000, 'complaints.toldRequired'),
  /** When it was resolved; default now. */
  at: nullable(instant),
  /** The follow-up call (default planned); null plans none. */
  followUp: followUpInput.nullable().default({ dueOn: null, staffId: null }),
});

export const complaintCloseInput = z.object({
  id,
  /** Required unless the follow-up call already recorded it. */
  satisfaction: nullable(score),
  note: optionalText(2000),
});

export const complaintReopenInput = z.object({
  id,
  reason: requiredText(500, 'complaints.reasonRequired'),
});

export const complaintReassignInput = z.object({
  ids: z.array(id).min(1, 'complaints.noIds').max(10_000, 'complaints.tooMany'),
  staffId: id,
  reason: optionalText(500),
});

const periodChecks = (v: { from: string | null; to: string | null }, ctx: z.RefinementCtx): void => {
  if (v.from !== null && v.to !== null && v.from > v.to)
    ctx.addIssue({ code: 'custom', message: 'complaints.dateRange', path: ['to'] });
};

export const complaintListInput = z
  .object({
    view: z.enum(COMPLAINT_VIEWS).default('open'),
    /** The day overdue is relative to; default the local today. */
    today: nullable(isoDate),
    customerId: nullable(id),
    category: nullable(z.string().trim().min(1).max(30)),
    ownerId: nullable(id),
    status: nullable(z.enum(COMPLAINT_STATUSES)),
    /** Received from / to (local dates, inclusive). */
    from: nullable(isoDate),
    to: nullable(isoDate),
    sort: z.enum(COMPLAINT_SORTS).default('dueOn'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .superRefine(periodChecks);

export const complaintCountsInput = z.object({ today: nullable(isoDate) });

export const complaintReportInput = z
  .object({
    /** Received from / to (local dates, inclusive); default the last twelve months to today. */
    from: nullable(isoDate),
    to: nullable(isoDate),
    /** The day overdue is relative to; default the local today. */
    today: nullable(isoDate),
    ownerId: nullable(id),
    segmentScheme: z.enum(SEGMENT_SCHEMES).default('abc'),
  })
  .superRefine((v, ctx) => {
    periodChecks(v, ctx);
    if (v.from !== null && v.to !== null && Date.parse(v.to) - Date.parse(v.from) > 3 * 366 * 86_400_000)
      ctx.addIssue({ code: 'custom', message: 'complaints.rangeTooLong', path: ['to'] });
  });

const limitDays = z
  .number()
  .int('complaints.limitRange')
  .min(1, 'complaints.limitRange')
  .max(MAX_LIMIT_DAYS, 'complaints.limitRange');

const editableList = (empty: string) =>
  z
    .array(listName(empty))
    .min(1, 'complaints.listEmpty')
    .max(50, 'complaints.tooMany')
    .transform((list) => [...new Set(list)]);

export const complaintSettingsInput = z.object({
  categories: editableList('complaints.categoryRequired').nullish(),
  rootCauses: editableList('complaints.causeRequired').nullish(),
  limits: z.object({ low: limitDays, normal: limitDays, high: limitDays, urgent: limitDays }).partial().nullish(),
  responseLimit: limitDays.nullish(),
});

export type ComplaintCreateValues = z.output<typeof complaintCreateInput>;
export type ComplaintUpdateValues = z.output<typeof complaintUpdateInput>;
export type ComplaintResolveValues = z.output<typeof complaintResolveInput>;
export type ComplaintCloseValues = z.output<typeof complaintCloseInput>;
export type ComplaintListQuery = z.output<typeof complaintListInput>;
export type ComplaintReportQuery = z.output<typeof complaintReportInput>;
export type ComplaintSettingsValues = z.output<typeof complaintSettingsInput>;
