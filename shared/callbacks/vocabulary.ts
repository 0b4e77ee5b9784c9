/**
 * Call-backs (回访): the words of the domain (DOMAIN.md §3) and the defaults of its rules.
 *
 * Dates are local calendar dates `YYYY-MM-DD` (the branch's day, not UTC); times of day are `HH:MM`; instants are
 * ISO-8601 UTC like everywhere else.
 */

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
export type CallbackState = 'open' | 'done' | 'unreachable' | 'cancelled';

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

/** Days before a birthday / a product's maturity that its call-back is planned for; 0 plans none. */
export const DEFAULT_BIRTHDAY_LEAD_DAYS = 3;
export const DEFAULT_MATURITY_LEAD_DAYS = 7;
export const MAX_OCCASION_LEAD_DAYS = 60;

/** What a logged call leaves the call-back as. retry: still open, due again; done: reached; unreachable: gave up. */
export type CallResult = 'retry' | 'done' | 'unreachable';

export const QUEUE_VIEWS = ['overdue', 'today', 'week', 'month', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** What the queue can be sorted by: due date (the day's working order), customer name (pinyin), staff, priority, purpose. */
export const QUEUE_SORTS = ['dueOn', 'customerName', 'staffName', 'priority', 'purpose'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const CADENCE_UNITS = ['days', 'weeks', 'months'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

/** fixed: every N from the planned date (a regular rhythm); after_contact: N after the last time we reached them. */
export const CADENCE_MODES = ['fixed', 'after_contact'] as const;
export type CadenceMode = (typeof CADENCE_MODES)[number];

/** none: no cadence applies. See `CadenceStatus` for the rule. */
export type DueStatus = 'ok' | 'amber' | 'red' | 'none';

/** Share of the cadence interval after which a customer shows amber (red once the interval has passed). */
export const AMBER_FRACTION = 0.8;

export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
/** holiday: a weekday off; workday: a weekend day worked (调休 make-up day). */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
