/** Input schemas of the call-back channels; their messages are i18n keys. */
import { z } from 'zod';
import { CUSTOMER_KINDS } from '../customers/types';
import { hasSegmentFilter, segmentFilterShape, TAG_MATCHES } from '../customers/schemas';
import { id, isRealDate } from '../fields';
import {
  CADENCE_MODES,
  CADENCE_UNITS,
  CALLBACK_OUTCOMES,
  CALLBACK_PRIORITIES,
  CALLBACK_PURPOSES,
  HOLIDAY_KINDS,
  MAX_OCCASION_LEAD_DAYS,
  NOT_REACHED_REASONS,
  QUEUE_SORTS,
  QUEUE_VIEWS,
} from './vocabulary';

const isoDate = z.string().refine((v) => isRealDate(v), 'date.invalid');
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'callbacks.timeInvalid');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'text.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));
const ids = z.array(id).min(1, 'callbacks.noIds').max(10_000, 'callbacks.tooMany');

export const cadenceInput = z.object({
  every: z
    .number()
    .int('callbacks.cadenceInvalid')
    .min(1, 'callbacks.cadenceInvalid')
    .max(3650, 'callbacks.cadenceInvalid'),
  unit: z.enum(CADENCE_UNITS),
  mode: z.enum(CADENCE_MODES).default('after_contact'),
});

const windowFields = {
  windowStart: timeOfDay.nullish().transform((v) => v ?? null),
  windowEnd: timeOfDay.nullish().transform((v) => v ?? null),
};

function checkWindow(v: { windowStart: string | null; windowEnd: string | null }, ctx: z.RefinementCtx): void {
  if ((v.windowStart === null) !== (v.windowEnd === null))
    ctx.addIssue({
      code: 'custom',
      message: 'callbacks.windowBoth',
      path: [v.windowStart === null ? 'windowStart' : 'windowEnd'],
    });
  else if (v.windowStart !== null && v.windowEnd !== null && v.windowStart >= v.windowEnd)
    ctx.addIssue({ code: 'custom', message: 'callbacks.windowOrder', path: ['windowEnd'] });
}

export const callbackCreateInput = z
  .object({
    customerId: id,
    dueOn: isoDate,
    ...windowFields,
    /** Default: the customer's account manager, else the current staff member. */
    staffId: id.nullish().transform((v) => v ?? null),
    purpose: z.enum(CALLBACK_PURPOSES).default('periodic_care'),
    priority: z.enum(CALLBACK_PRIORITIES).default('normal'),
    notes: optionalText(2000),
  })
  .superRefine(checkWindow);

/** The call scheduled while logging one; dueOn null means "from the cadence". */
const nextCallInput = z
  .object({
    dueOn: isoDate.nullish().transform((v) => v ?? null),
    ...windowFields,
    staffId: id.nullish().transform((v) => v ?? null),
    purpose: z
      .enum(CALLBACK_PURPOSES)
      .nullish()
      .transform((v) => v ?? null),
    priority: z.enum(CALLBACK_PRIORITIES).default('normal'),
    notes: optionalText(2000),
  })
  .superRefine(checkWindow);

export const callbackLogInput = z
  .object({
    id,
    /** When the call was made; default now. */
    at: z.iso
      .datetime({ offset: true, message: 'date.invalid' })
      .nullish()
      .transform((v) => v ?? null),
    /** Who called; default the current staff member. */
    staffId: id.nullish().transform((v) => v ?? null),
    outcome: z.enum(CALLBACK_OUTCOMES),
    reason: z
      .enum(NOT_REACHED_REASONS)
      .nullish()
      .transform((v) => v ?? null),
    answerCategory: z
      .string()
      .trim()
      .max(30, 'text.tooLong')
      .nullish()
      .transform((v) => (v ? v : null)),
    satisfaction: z
      .number()
      .int('callbacks.satisfactionRange')
      .min(1, 'callbacks.satisfactionRange')
      .max(5, 'callbacks.satisfactionRange')
      .nullish()
      .transform((v) => v ?? null),
    notes: optionalText(5000),
    /** Not reached: force (true) or stop (false) the retry; default by the reason and the retry limit. */
    retry: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    /** Not reached: the retry date; default the next working day. */
    retryOn: isoDate.nullish().transform((v) => v ?? null),
    /**
     * The next call, in the same step. Omitted: from the cadence when reached (nothing otherwise); null: none;
     * an object: this call (its dueOn null = from the cadence).
     */
    next: nextCallInput.nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'not_reached') {
      if (v.reason === null) ctx.addIssue({ code: 'custom', message: 'callbacks.reasonRequired', path: ['reason'] });
      if (v.answerCategory !== null)
        ctx.addIssue({ code: 'custom', message: 'callbacks.onlyWhenReached', path: ['answerCategory'] });
      if (v.satisfaction !== null)
        ctx.addIssue({ code: 'custom', message: 'callbacks.onlyWhenReached', path: ['satisfaction'] });
    } else {
      if (v.reason !== null) ctx.addIssue({ code: 'custom', message: 'callbacks.reasonNotAllowed', path: ['reason'] });
      if (v.retry !== null || v.retryOn !== null)
        ctx.addIssue({ code: 'custom', message: 'callbacks.reasonNotAllowed', path: ['retry'] });
    }
  });

const filters = {
  staffId: id.nullish().transform((v) => v ?? null),
  purpose: z
    .enum(CALLBACK_PURPOSES)
    .nullish()
    .transform((v) => v ?? null),
  campaignId: id.nullish().transform((v) => v ?? null),
};

export const queueInput = z.object({
  view: z.enum(QUEUE_VIEWS).default('today'),
  /** The day the view is relative to; default the local today. */
  today: isoDate.nullish().transform((v) => v ?? null),
  /** Month view: `YYYY-MM`; default the month of `today`. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'date.invalid')
    .nullish()
    .transform((v) => v ?? null),
  ...filters,
  customerId: id.nullish().transform((v) => v ?? null),
  /** Also show done, unreachable and cancelled call-backs (month and all views). */
  includeClosed: z.boolean().default(false),
  /** Ties go by the due date's working order (priority, time window). */
  sort: z.enum(QUEUE_SORTS).default('dueOn'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const countsInput = z.object({
  today: isoDate.nullish().transform((v) => v ?? null),
  ...filters,
});

export const reassignInput = z.object({
  ids,
  staffId: id,
  reason: optionalText(500),
});

export const postponeInput = z
  .object({
    ids,
    /** A new date (moved to a working day) … */
    to: isoDate.nullish().transform((v) => v ?? null),
    /** … or this many days later than each one's current date. */
    days: z
      .number()
      .int('number.invalid')
      .min(1, 'number.invalid')
      .max(3650, 'number.invalid')
      .nullish()
      .transform((v) => v ?? null),
    reason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if ((v.to === null) === (v.days === null))
      ctx.addIssue({ code: 'custom', message: 'callbacks.postponeTarget', path: ['to'] });
  });

export const cancelInput = z.object({
  ids,
  reason: z.string().trim().min(1, 'callbacks.reasonMissing').max(500, 'text.tooLong'),
});

export const reportInput = z
  .object({
    from: isoDate.nullish().transform((v) => v ?? null),
    to: isoDate.nullish().transform((v) => v ?? null),
    campaignId: id.nullish().transform((v) => v ?? null),
    staffId: id.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.from !== null && v.to !== null && v.from > v.to)
      ctx.addIssue({ code: 'custom', message: 'callbacks.dateRange', path: ['to'] });
  });

const tagCadenceInput = cadenceInput.extend({
  tag: z.string().trim().min(1, 'tag.empty').max(30, 'text.tooLong'),
});

const leadDays = z
  .number()
  .int('number.invalid')
  .min(0, 'callbacks.leadDaysRange')
  .max(MAX_OCCASION_LEAD_DAYS, 'callbacks.leadDaysRange')
  .nullish();

export const settingsUpdateInput = z.object({
  birthdayLeadDays: leadDays,
  maturityLeadDays: leadDays,
  retryLimit: z
    .number()
    .int('number.invalid')
    .min(1, 'callbacks.retryLimitRange')
    .max(10, 'callbacks.retryLimitRange')
    .nullish(),
  answerCategories: z
    .array(z.string().trim().min(1, 'callbacks.categoryEmpty').max(30, 'text.tooLong'))
    .max(50, 'callbacks.tooMany')
    .transform((list) => [...new Set(list)])
    .nullish(),
  tagCadences: z
    .array(tagCadenceInput)
    .max(100, 'callbacks.tooMany')
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((c, i) => {
        if (seen.has(c.tag)) ctx.addIssue({ code: 'custom', message: 'callbacks.duplicateTag', path: [i, 'tag'] });
        seen.add(c.tag);
      });
    })
    .nullish(),
});

const holidayInput = z.object({
  date: isoDate,
  kind: z.enum(HOLIDAY_KINDS),
  name: optionalText(50),
});

export const holidaysSetInput = z
  .object({
    holidays: z.array(holidayInput).max(5000, 'callbacks.tooMany'),
    /** Replace what is stored for the years the list covers (loading a year's official calendar); else merge. */
    replaceYears: z.boolean().default(false),
    remove: z.array(isoDate).max(5000, 'callbacks.tooMany').default([]),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.holidays.forEach((h, i) => {
      if (seen.has(h.date))
        ctx.addIssue({ code: 'custom', message: 'callbacks.duplicateDate', path: ['holidays', i, 'date'] });
      seen.add(h.date);
    });
  });

/** Which customers a campaign calls: everything the filter matches (as the customer list filters), or a list. */
const campaignSelection = z
  .object({
    ...segmentFilterShape,
    query: z.string().trim().max(100).default(''),
    kind: z
      .enum(CUSTOMER_KINDS)
      .nullish()
      .transform((v) => v ?? null),
    ownerId: id.nullish().transform((v) => v ?? null),
    tag: z
      .string()
      .trim()
      .max(30)
      .nullish()
      .transform((v) => (v ? v : null)),
    tags: z
      .array(z.string().trim().min(1).max(30))
      .max(20)
      .nullish()
      .transform((v) => v ?? []),
    tagMatch: z
      .enum(TAG_MATCHES)
      .nullish()
      .transform((v) => v ?? 'any'),
    region: z
      .string()
      .trim()
      .max(50)
      .nullish()
      .transform((v) => (v ? v : null)),
    customerIds: z
      .array(id)
      .max(100_000, 'callbacks.tooMany')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    const filtered =
      v.query !== '' ||
      v.kind !== null ||
      v.ownerId !== null ||
      v.tag !== null ||
      v.tags.length > 0 ||
      v.region !== null ||
      hasSegmentFilter(v);
    if (!filtered && (v.customerIds === null || v.customerIds.length === 0))
      ctx.addIssue({ code: 'custom', message: 'callbacks.noSelection', path: ['customerIds'] });
  });

export const campaignInput = z
  .object({
    name: z.string().trim().min(1, 'campaigns.nameRequired').max(100, 'text.tooLong'),
    purpose: z.enum(CALLBACK_PURPOSES).default('lapsed_customer'),
    priority: z.enum(CALLBACK_PRIORITIES).default('normal'),
    notes: optionalText(2000),
    fromOn: isoDate,
    toOn: isoDate,
    staffIds: z
      .array(id)
      .min(1, 'campaigns.noStaff')
      .max(200, 'callbacks.tooMany')
      .transform((list) => [...new Set(list)]),
    perDayCap: z.number().int('campaigns.capInvalid').min(1, 'campaigns.capInvalid').max(500, 'campaigns.capInvalid'),
    selection: campaignSelection,
    /** Leave out customers who already have an open call-back. */
    excludeOpen: z.boolean().default(true),
    /** Give customers to their account manager when that person is among the staff. */
    preferOwner: z.boolean().default(false),
    /** The day the plan is made; past days of the range are left out. Default the local today. */
    today: isoDate.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.fromOn > v.toOn) ctx.addIssue({ code: 'custom', message: 'callbacks.dateRange', path: ['toOn'] });
    else if (Date.parse(v.toOn) - Date.parse(v.fromOn) > 366 * 86_400_000)
      ctx.addIssue({ code: 'custom', message: 'callbacks.rangeTooLong', path: ['toOn'] });
  });

/** What can be corrected on a campaign once it exists; the customers and their call-back days stay as planned. */
export const campaignUpdateInput = z
  .object({
    id,
    name: z.string().trim().min(1, 'campaigns.nameRequired').max(100, 'text.tooLong'),
    purpose: z.enum(CALLBACK_PURPOSES),
    priority: z.enum(CALLBACK_PRIORITIES),
    notes: optionalText(2000),
    fromOn: isoDate,
    toOn: isoDate,
    perDayCap: z.number().int('campaigns.capInvalid').min(1, 'campaigns.capInvalid').max(500, 'campaigns.capInvalid'),
  })
  .superRefine((v, ctx) => {
    if (v.fromOn > v.toOn) ctx.addIssue({ code: 'custom', message: 'callbacks.dateRange', path: ['toOn'] });
    else if (Date.parse(v.toOn) - Date.parse(v.fromOn) > 366 * 86_400_000)
      ctx.addIssue({ code: 'custom', message: 'callbacks.rangeTooLong', path: ['toOn'] });
  });

/**
 * Hands a running campaign's open call-backs over: all of one staff member's to one or several others, or (with no
 * `fromStaffId`) a share of everyone's to staff who join, so that the load ends even. Planned days stay.
 */
export const campaignHandOverInput = z
  .object({
    id,
    fromStaffId: id.nullish().transform((v) => v ?? null),
    toStaffIds: z
      .array(id)
      .min(1, 'campaigns.noStaff')
      .max(50, 'callbacks.tooMany')
      .transform((list) => [...new Set(list)]),
    reason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.fromStaffId !== null && v.toStaffIds.includes(v.fromStaffId))
      ctx.addIssue({ code: 'custom', message: 'campaigns.handOverToSelf', path: ['toStaffIds'] });
  });

export const campaignCancelInput = z.object({
  id,
  reason: z.string().trim().min(1, 'callbacks.reasonMissing').max(500, 'text.tooLong'),
});

export const cadenceGetInput = z.object({
  customerId: id,
  today: isoDate.nullish().transform((v) => v ?? null),
});

/** The customers of a list page whose cadence applies, for their amber/red marks. */
export const cadenceStatusesInput = z.object({
  customerIds: z.array(id).max(500, 'callbacks.tooMany'),
  today: isoDate.nullish().transform((v) => v ?? null),
});

export const cadenceSetInput = z.object({
  customerId: id,
  /** null removes the customer's own cadence (tag cadences still apply). */
  cadence: cadenceInput.nullable(),
  /** Also plan the next periodic call-back from the cadence when the customer has none open. */
  schedule: z.boolean().default(true),
  today: isoDate.nullish().transform((v) => v ?? null),
});

export const remindersInput = z.object({
  /** The instant to deliver up to; default now (tests and scripts pin it). */
  now: z.iso
    .datetime({ offset: true, message: 'date.invalid' })
    .nullish()
    .transform((v) => v ?? null),
  /** Only look: report what is due without marking it delivered. */
  peek: z.boolean().default(false),
});

export type CallbackCreateValues = z.output<typeof callbackCreateInput>;
export type CallbackLogValues = z.output<typeof callbackLogInput>;
export type NextCallValues = z.output<typeof nextCallInput>;
export type QueueQuery = z.output<typeof queueInput>;
export type CountsQuery = z.output<typeof countsInput>;
export type ReportQuery = z.output<typeof reportInput>;
export type CampaignValues = z.output<typeof campaignInput>;
export type CampaignSelection = z.output<typeof campaignSelection>;
export type CampaignUpdateValues = z.output<typeof campaignUpdateInput>;
export type CampaignHandOverValues = z.output<typeof campaignHandOverInput>;
export type SettingsUpdateValues = z.output<typeof settingsUpdateInput>;
export type HolidaysSetValues = z.output<typeof holidaysSetInput>;
