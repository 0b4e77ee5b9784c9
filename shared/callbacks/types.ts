/** Call-back rows and channel results, as the core answers them. */
import type { CategoryLabels } from '../hq/types';
import type {
  CadenceMode,
  CadenceUnit,
  CallbackOutcome,
  CallbackPriority,
  CallbackPurpose,
  CallbackState,
  CallResult,
  DueStatus,
  HolidayKind,
  NotReachedReason,
  QueueView,
} from './vocabulary';

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
  /** Set by head office (pulled): read-only at the branch. */
  readonly fromHq?: true;
}

export interface CallbackSettings {
  /** Attempts before a call-back that is never reached becomes unreachable (default 3). */
  readonly retryLimit: number;
  /** Configurable list of answer/reason categories; built-in codes are translated (`answerCategory.<code>`). */
  readonly answerCategories: readonly string[];
  /** The names of answer categories pulled from head office, by code (empty for the branch's own list). */
  readonly answerLabels: CategoryLabels;
  /** Default cadences by customer tag; a customer's own cadence wins, then the shortest of its tags'. */
  readonly tagCadences: readonly TagCadence[];
  /** Days before a customer's birthday that a birthday call-back is due; 0 plans none. */
  readonly birthdayLeadDays: number;
  /** Days before a purchase's maturity (end) date that its call-back is due; 0 plans none. */
  readonly maturityLeadDays: number;
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
  /** retry: still open, due again on `callback.dueOn`; done; unreachable. */
  readonly result: CallResult;
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

interface StaffQueueCount {
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
  /** When the campaign was cancelled (its open call-backs with it); null while it runs. */
  readonly cancelledAt: string | null;
}

interface CampaignAssignment {
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
  /** Days head office set in the years a replace covered: kept as head office set them (the list's entries skipped). */
  readonly keptFromHq: number;
}

export interface CampaignCreated {
  readonly campaign: Campaign;
  readonly created: number;
  readonly overflow: number;
}

export interface CampaignUpdated {
  readonly campaign: Campaign;
  /** Open call-backs that took the new purpose, priority or notes. */
  readonly openUpdated: number;
}

/** A staff member with call-backs in a campaign. */
export interface CampaignAssignee {
  readonly staffId: string;
  readonly staffName: string | null;
  /** Deactivated staff keep their campaign rows but can no longer take calls. */
  readonly active: boolean;
  readonly open: number;
  /** Done, unreachable or cancelled: these stay with whoever had them. */
  readonly closed: number;
}

export interface CampaignHandedOver {
  readonly campaign: Campaign;
  readonly moved: number;
  /** How many each receiving staff member took. */
  readonly perStaff: readonly { readonly staffId: string; readonly count: number }[];
  /** Moved call-backs that put their new staff member over the daily cap on that day (no one had room). */
  readonly overCap: number;
  readonly assignees: readonly CampaignAssignee[];
}

export interface CampaignCancelled {
  readonly campaign: Campaign;
  /** Open call-backs cancelled with the campaign. */
  readonly cancelled: number;
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
  /** Percent, rounded half up to two decimals; null when the base is 0. */
  readonly percent: number | null;
}

export interface CallbackReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly campaignId: string | null;
  readonly campaignName: string | null;
  readonly staffId: string | null;
  /** The figures cover only the caller's own and unassigned customers (and what is handed to them): staff. */
  readonly scoped: boolean;
  /** Call-backs planned in scope, cancelled ones left out. */
  readonly planned: number;
  readonly reached: number;
  /** Given up (unreachable), or called without an answer and due again. */
  readonly notReached: number;
  /** Open and not called yet. */
  readonly pending: number;
  readonly cancelled: number;
  /** reached / (reached + notReached), percent rounded to two decimals. */
  readonly reachRate: number | null;
  /** Not reached call-backs by the reason of their last attempt; percent of notReached. */
  readonly notReachedByReason: readonly (CountPercent & { readonly reason: NotReachedReason })[];
  /** Reached call-backs by answer category (null: none recorded); percent of reached. */
  readonly answers: readonly (CountPercent & { readonly category: string | null })[];
  /** The names of answer categories pulled from head office, by code. */
  readonly answerLabels: CategoryLabels;
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
