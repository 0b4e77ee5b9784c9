/**
 * Call-backs (回访): vocabulary, row types and the input schemas of the call-back channels (DOMAIN.md §3).
 *
 * Dates are local calendar dates `YYYY-MM-DD` (the branch's day, not UTC); times of day are `HH:MM`; instants are
 * ISO-8601 UTC like everywhere else. Schema messages are i18n keys.
 */
import { z } from 'zod';
import { CUSTOMER_KINDS } from './customers/types';
import { id, isRealDate } from './fields';

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

export const CALLBACK_PURPOSES = [
  'periodic_care',
  'after_sale',
  'complaint_follow_up',
  'lapsed_customer',
  'birthday',
  'product_maturity',
  'custom',
] as const;
export type CallbackPurpose = (typeof CALLBACK_PURPOSES)[number];

/** Highest first is the queue's order within a day. */
export const CALLBACK_PRIORITIES = ['low', 'normal', 'high'] as const;
export type CallbackPriority = (typeof CALLBACK_PRIORITIES)[number];

/** open: still to call (possibly after failed attempts); done: reached; unreachable: gave up; cancelled: by hand. */
export const CALLBACK_STATES = ['open', 'done', 'unreachable', 'cancelled'] as const;
export type CallbackState = (typeof CALLBACK_STATES)[number];

export const CALLBACK_OUTCOMES = ['reached', 'not_reached'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** Why a call did not get through (停机 = suspended). */
export const NOT_REACHED_REASONS = ['no_answer', 'busy', 'phone_off', 'suspended', 'wrong_number', 'refused'] as const;
export type NotReachedReason = (typeof NOT_REACHED_REASONS)[number];

/**
 * Reasons after which calling again the next day is pointless or unwelcome: the call-back is marked unreachable at
 * once instead of retried (a logged call can override this with `retry`).
 */
export const FINAL_NOT_REACHED_REASONS: readonly NotReachedReason[] = ['wrong_number', 'refused'];

/** The answer categories a new database starts with; the branch edits the list (free text is allowed too). */
export const DEFAULT_ANSWER_CATEGORIES = [
  'satisfied',
  'price',
  'moved_away',
  'service_complaint',
  'no_longer_needed',
  'will_buy_again',
  'seasonal',
] as const;

export const DEFAULT_RETRY_LIMIT = 3;

export const QUEUE_VIEWS = ['overdue', 'today', 'week', 'month', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const CADENCE_UNITS = ['days', 'weeks', 'months'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

/** fixed: every N from the planned date (a regular rhythm); after_contact: N after the last time we reached them. */
export const CADENCE_MODES = ['fixed', 'after_contact'] as const;
export type CadenceMode = (typeof CADENCE_MODES)[number];

/** none: no cadence applies. See `CadenceStatus` for the rule. */
export const DUE_STATUSES = ['ok', 'amber', 'red', 'none'] as const;
export type DueStatus = (typeof DUE_STATUSES)[number];

/** Share of the cadence interval after which a customer shows amber (red once the interval has passed). */
export const AMBER_FRACTION = 0.8;

export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
/** holiday: a weekday off; workday: a weekend day worked (调休 make-up day). */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

// ---------------------------------------------------------------------------------------------------------------
// Rows and results

export interface Cadence {
  readonly every: number;
  readonly unit: CadenceUnit;
  readonly mode: CadenceMode;
}

export interface TagCadence extends Cadence {
  readonly tag: string;
}

export interface Holiday {
  readonly date: string;
  readonly kind: HolidayKind;
  readonly name?: string | null;
}

export interface CallbackSettings {
  /** Attempts before a call-back that is never reached becomes unreachable (default 3). */
  readonly retryLimit: number;
  /** Configurable list of answer/reason categories; built-in codes are translated (`answerCategory.<code>`). */
  readonly answerCategories: readonly string[];
  /** Default cadences by customer tag; a customer's own cadence wins, then the shortest of its tags'. */
  readonly tagCadences: readonly TagCadence[];
  /** Dates that differ from the Monday–Friday rule, ordered by date. */
  readonly holidays: readonly Holiday[];
}

export interface Callback {
  readonly id: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly customerMobile: string | null;
  readonly customerPhone: string | null;
  /** When to call next (moves with retries and postponements). */
  readonly dueOn: string;
  /** The date the call was planned for (moves with postponements, not with retries); reports count by it. */
  readonly plannedOn: string;
  readonly windowStart: string | null;
  readonly windowEnd: string | null;
  readonly staffId: string;
  readonly staffName: string | null;
  readonly purpose: CallbackPurpose;
  readonly priority: CallbackPriority;
  readonly notes: string | null;
  readonly state: CallbackState;
  readonly attempts: number;
  readonly campaignId: string | null;
  readonly campaignName: string | null;
  /** Of the last attempt. */
  readonly outcome: CallbackOutcome | null;
  readonly notReachedReason: NotReachedReason | null;
  readonly answerCategory: string | null;
  readonly satisfaction: number | null;
  readonly lastAttemptAt: string | null;
  readonly closedAt: string | null;
  readonly cancelledReason: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export interface CallbackAttempt {
  readonly id: string;
  readonly callbackId: string;
  readonly at: string;
  /** The local date of `at`. */
  readonly on: string;
  readonly attempt: number;
  readonly staffId: string | null;
  readonly reached: boolean;
  readonly notReachedReason: NotReachedReason | null;
  readonly answerCategory: string | null;
  readonly satisfaction: number | null;
  readonly notes: string | null;
  readonly interactionId: string | null;
}

export interface LogResult {
  readonly callback: Callback;
  readonly attempt: CallbackAttempt;
  /** open: retried on `callback.dueOn`; done; unreachable. */
  readonly result: 'retry' | 'done' | 'unreachable';
  /** The next call scheduled in the same step, if any. */
  readonly next: Callback | null;
}

export interface DayCount {
  readonly date: string;
  readonly count: number;
  readonly working: boolean;
}

export interface QueuePage {
  readonly view: QueueView;
  /** The date range of the view (inclusive); null ends are open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly rows: readonly Callback[];
  readonly total: number;
  /** Month view: every day of the month with its count, for the calendar. */
  readonly days: readonly DayCount[] | null;
}

export interface StaffQueueCount {
  readonly staffId: string;
  readonly staffName: string | null;
  readonly overdue: number;
  readonly today: number;
}

export interface QueueCounts {
  /** The day the counts are for. */
  readonly date: string;
  readonly overdue: number;
  readonly today: number;
  /** Today through Sunday. */
  readonly week: number;
  /** The calendar month of `date`. */
  readonly month: number;
  /** All open call-backs. */
  readonly open: number;
  readonly byStaff: readonly StaffQueueCount[];
}

export interface BulkResult {
  readonly updated: number;
  /** Ids that were not changed: unknown, or not open. */
  readonly skipped: readonly string[];
}

export interface Campaign {
  readonly id: string;
  readonly name: string;
  readonly purpose: CallbackPurpose;
  readonly priority: CallbackPriority;
  readonly notes: string | null;
  readonly fromOn: string;
  readonly toOn: string;
  readonly perDayCap: number;
  readonly total: number;
  readonly open: number;
  readonly done: number;
  readonly unreachable: number;
  readonly cancelled: number;
  /** (done + unreachable) / (total − cancelled); 0 … 1. */
  readonly progress: number;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

export interface CampaignAssignment {
  readonly customerId: string;
  readonly customerName: string;
  readonly staffId: string;
  readonly dueOn: string;
}

export interface CampaignPreview {
  /** Working days of the range (past days left out). */
  readonly days: readonly string[];
  /** Free slots: days × staff × cap, less call-backs already open for those staff on those days. */
  readonly capacity: number;
  /** Customers the selection matched. */
  readonly selected: number;
  /** Customers left out because they already have an open call-back. */
  readonly skippedOpen: number;
  readonly assigned: number;
  readonly overflow: number;
  readonly perStaff: readonly {
    readonly staffId: string;
    readonly staffName: string | null;
    readonly count: number;
    readonly minPerDay: number;
    readonly maxPerDay: number;
  }[];
  readonly perDay: readonly { readonly date: string; readonly count: number }[];
  /** The first assignments, for the preview table. */
  readonly sample: readonly CampaignAssignment[];
  /** The first customers that do not fit. */
  readonly overflowSample: readonly { readonly customerId: string; readonly customerName: string }[];
}

export interface HolidaysResult {
  readonly holidays: readonly Holiday[];
  /** Open call-backs moved off days that are no longer working days. */
  readonly moved: number;
}

export interface CampaignCreated {
  readonly campaign: Campaign;
  readonly created: number;
  readonly overflow: number;
}

export interface CadenceStatus {
  readonly customerId: string;
  /** The customer's own cadence. */
  readonly cadence: Cadence | null;
  /** What applies: the customer's own, else the shortest of its tags'. */
  readonly effective: Cadence | null;
  readonly source: 'customer' | 'tag' | null;
  readonly tag: string | null;
  /** Local date of the last contact (an interaction other than a note or an unanswered call), else null. */
  readonly lastContactOn: string | null;
  /** lastContactOn (or the day the customer was created) + cadence. */
  readonly dueOn: string | null;
  /**
   * ok before AMBER_FRACTION of the interval has passed without contact; amber from then through dueOn; red after
   * dueOn; none without a cadence.
   */
  readonly status: DueStatus;
}

/** What the reminder step delivered: the call-backs that came due since the last delivery. */
export interface CallbackReminders {
  /** The first REMINDER_LIMIT of them, in the order they came due. */
  readonly dueNow: readonly Callback[];
  /** How many came due since the last delivery. */
  readonly total: number;
  /** The last delivery was long ago (or never): Dossier was closed, so this is a catch-up, not one moment's calls. */
  readonly catchUp: boolean;
  /** Open call-backs due today and overdue, for the badge. */
  readonly today: number;
  readonly overdue: number;
}

export interface CountPercent {
  readonly count: number;
  /** Percent, truncated (not rounded) to two decimals as in the branch reports; null when the base is 0. */
  readonly percent: number | null;
}

export interface CallbackReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly campaignId: string | null;
  readonly campaignName: string | null;
  readonly staffId: string | null;
  /** Call-backs planned in scope, cancelled ones left out. */
  readonly planned: number;
  readonly reached: number;
  readonly notReached: number;
  /** Still open (some may have had failed attempts). */
  readonly pending: number;
  readonly cancelled: number;
  /** reached / (reached + notReached), percent truncated to two decimals. */
  readonly reachRate: number | null;
  /** Unreachable call-backs by the reason of their last attempt; percent of notReached. */
  readonly notReachedByReason: readonly (CountPercent & { readonly reason: NotReachedReason })[];
  /** Reached call-backs by answer category (null: none recorded); percent of reached. */
  readonly answers: readonly (CountPercent & { readonly category: string | null })[];
  readonly satisfaction: {
    readonly count: number;
    /** Rounded to two decimals. */
    readonly average: number | null;
    readonly distribution: readonly (CountPercent & { readonly score: number })[];
  };
  /** Every call made for these call-backs: the reaching ones and the unanswered ones (retries included). */
  readonly attempts: {
    readonly total: number;
    readonly reached: number;
    readonly notReached: number;
  };
  readonly perStaff: readonly {
    readonly staffId: string;
    readonly staffName: string | null;
    readonly planned: number;
    readonly reached: number;
    readonly notReached: number;
    readonly pending: number;
    readonly reachRate: number | null;
    readonly satisfactionAverage: number | null;
  }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Input schemas

export const isoDate = z.string().refine((v) => isRealDate(v), 'date.invalid');
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
export const nextCallInput = z
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

export const tagCadenceInput = cadenceInput.extend({
  tag: z.string().trim().min(1, 'tag.empty').max(30, 'text.tooLong'),
});

export const settingsUpdateInput = z.object({
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

export const holidayInput = z.object({
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
export const campaignSelection = z
  .object({
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
    const filtered = v.query !== '' || v.kind !== null || v.ownerId !== null || v.tag !== null || v.region !== null;
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
export type SettingsUpdateValues = z.output<typeof settingsUpdateInput>;
export type HolidaysSetValues = z.output<typeof holidaysSetInput>;

// ---------------------------------------------------------------------------------------------------------------
// Channels: merged into shared/contract.ts (names into shared/channels.ts).

/** A phantom marker carrying the output type of a channel (as in shared/contract.ts). */
const returns = <T>() => undefined as unknown as T;
const none = z.object({}).strict();

export const callbackContract = {
  'callbacks.queue': { input: queueInput, output: returns<QueuePage>() },
  'callbacks.counts': { input: countsInput, output: returns<QueueCounts>() },
  'callbacks.create': { input: callbackCreateInput, output: returns<Callback>() },
  'callbacks.log': { input: callbackLogInput, output: returns<LogResult>() },
  'callbacks.reassign': { input: reassignInput, output: returns<BulkResult>() },
  'callbacks.postpone': { input: postponeInput, output: returns<BulkResult>() },
  'callbacks.cancel': { input: cancelInput, output: returns<BulkResult>() },
  'callbacks.report': { input: reportInput, output: returns<CallbackReport>() },
  'callbacks.settings.get': { input: none, output: returns<CallbackSettings>() },
  'callbacks.settings.update': { input: settingsUpdateInput, output: returns<CallbackSettings>() },
  'callbacks.holidays.set': { input: holidaysSetInput, output: returns<HolidaysResult>() },
  'callbacks.reminders': { input: remindersInput, output: returns<CallbackReminders>() },
  'campaigns.preview': { input: campaignInput, output: returns<CampaignPreview>() },
  'campaigns.create': { input: campaignInput, output: returns<CampaignCreated>() },
  'campaigns.list': { input: none, output: returns<readonly Campaign[]>() },
  'cadence.get': { input: cadenceGetInput, output: returns<CadenceStatus>() },
  /** Only the customers a cadence applies to (status other than none), in the order asked. */
  'cadence.statuses': { input: cadenceStatusesInput, output: returns<readonly CadenceStatus[]>() },
  'cadence.set': { input: cadenceSetInput, output: returns<CadenceStatus>() },
} as const satisfies Record<string, { readonly input: z.ZodType; readonly output: unknown }>;

export type CallbackContract = typeof callbackContract;
export type CallbackChannel = keyof CallbackContract;
/** The channel names, for shared/channels.ts (which must not import zod, so it lists them itself). */
export const CALLBACK_CHANNELS = Object.keys(callbackContract) as CallbackChannel[];
