/**
 * Complaints (投诉) and satisfaction (满意度): the words of the domain (DOMAIN.md §3–4), the defaults of its rules,
 * and the rows and results the core answers with.
 *
 * Dates are local calendar dates `YYYY-MM-DD` (the branch's day); instants are ISO-8601 UTC like everywhere else.
 */
import type { CategoryLabels } from '../hq/types';
import type { Callback } from '../callbacks/types';

/** How the complaint came in: 柜台, 电话, 信函, 网络, 总行转办. */
export const COMPLAINT_CHANNELS = ['counter', 'phone', 'letter', 'online', 'head_office'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/**
 * The categories a new database starts with; the branch edits the list in the settings. Built-in codes are
 * translated (`complaintCategory.<code>`), the branch's own categories shown as typed.
 */
export const DEFAULT_COMPLAINT_CATEGORIES = [
  'service_attitude',
  'waiting_time',
  'fees',
  'product',
  'delivery',
  'billing_error',
  'information_security',
  'other',
] as const;

/** The root causes a new database starts with (`complaintCause.<code>`); editable like the categories. */
export const DEFAULT_ROOT_CAUSES = [
  'staff_conduct',
  'understaffing',
  'process_flaw',
  'system_fault',
  'product_design',
  'fee_policy',
  'third_party',
  'customer_misunderstanding',
  'other',
] as const;

/** Lowest first. */
export const COMPLAINT_SEVERITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

/** Working days from the day a complaint is received to its due date, by severity (the branch can change them). */
export const DEFAULT_SEVERITY_LIMITS: Readonly<Record<ComplaintSeverity, number>> = {
  low: 10,
  normal: 5,
  high: 3,
  urgent: 1,
};
/** Working days from receipt within which someone should have taken the complaint up (the first response). */
export const DEFAULT_RESPONSE_LIMIT = 1;
export const MAX_LIMIT_DAYS = 60;

/** open 待处理 → in_progress 处理中 → resolved 已解决 → closed 已关闭; resolved and closed can be reopened. */
export const COMPLAINT_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** open: not resolved or closed; overdue: open past its due date; mine: owned by the current staff member. */
export const COMPLAINT_VIEWS = ['open', 'overdue', 'mine', 'all'] as const;
export type ComplaintView = (typeof COMPLAINT_VIEWS)[number];

export const COMPLAINT_SORTS = ['receivedAt', 'dueOn', 'severity', 'status', 'customer', 'owner', 'category'] as const;
export type ComplaintSort = (typeof COMPLAINT_SORTS)[number];

/** What happened to a complaint: each one is a line on the customer's timeline and in the audit log. */
export type ComplaintAction =
  'received' | 'updated' | 'started' | 'resolved' | 'closed' | 'reopened' | 'reassigned' | 'satisfaction';

/** Scores of 4 and 5 count as satisfied. */
export const SATISFIED_FROM = 4;
/** A customer with at least this many complaints in the period is a repeat complainer. */
export const REPEAT_FROM = 2;

/** Which classification the satisfaction report groups customers by (from `customer_segments`). */
export const SEGMENT_SCHEMES = ['abc', 'rfm', 'value', 'lifecycle', 'frequency'] as const;
export type SegmentScheme = (typeof SEGMENT_SCHEMES)[number];

export interface ComplaintSettings {
  /** Configurable categories; built-in codes are translated. */
  readonly categories: readonly string[];
  /** The names of categories pulled from head office, by code (empty for the branch's own list). */
  readonly categoryLabels: CategoryLabels;
  /** Configurable root causes; built-in codes are translated. */
  readonly rootCauses: readonly string[];
  /** Working days to the due date, by severity. */
  readonly limits: Readonly<Record<ComplaintSeverity, number>>;
  /** Working days to the first response. */
  readonly responseLimit: number;
}

export interface Complaint {
  readonly id: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly customerMobile: string | null;
  readonly receivedAt: string;
  /** The local date of receivedAt. */
  readonly receivedOn: string;
  readonly channel: ComplaintChannel;
  readonly category: string;
  readonly severity: ComplaintSeverity;
  /** The customer's own words. */
  readonly words: string;
  readonly ownerId: string;
  readonly ownerName: string | null;
  /** receivedOn + the severity's limit in working days. */
  readonly dueOn: string;
  readonly status: ComplaintStatus;
  /** Not resolved or closed, and the due date has passed (relative to the list's today). */
  readonly overdue: boolean;
  /** When someone first took it up (started, or resolved straight away). */
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
  /** The local date of resolvedAt. */
  readonly resolvedOn: string | null;
  readonly rootCause: string | null;
  readonly countermeasure: string | null;
  /** What the customer was told. */
  readonly customerTold: string | null;
  /** The complaint_follow_up call-back scheduled when it was resolved. */
  readonly followUpId: string | null;
  readonly followUpDueOn: string | null;
  /** The customer's satisfaction with the handling, 1–5. */
  readonly satisfaction: number | null;
  readonly closedAt: string | null;
  /** The timeline entry it was created from (old complaints), or the one written when it was received. */
  readonly interactionId: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export interface ComplaintEvent {
  readonly id: string;
  readonly complaintId: string;
  readonly at: string;
  readonly staffId: string | null;
  readonly staffName: string | null;
  readonly action: ComplaintAction;
  readonly fromStatus: ComplaintStatus | null;
  readonly toStatus: ComplaintStatus | null;
  /** A reason, a note, or what changed, as typed or described. */
  readonly note: string | null;
  /** Its line on the customer's timeline. */
  readonly interactionId: string | null;
}

export interface ComplaintDetail {
  readonly complaint: Complaint;
  /** Oldest first. */
  readonly events: readonly ComplaintEvent[];
}

export interface ComplaintPage {
  readonly view: ComplaintView;
  /** The day "overdue" is relative to. */
  readonly today: string;
  readonly rows: readonly Complaint[];
  readonly total: number;
}

/** A due date preview: the day and the limit in working days it comes from. */
export interface ComplaintDue {
  readonly dueOn: string;
  readonly days: number;
}

export interface ComplaintCounts {
  readonly date: string;
  /** Open (not resolved or closed) and past the due date: the navigation badge. */
  readonly overdue: number;
  readonly open: number;
  /** Open and owned by the current staff member. */
  readonly mine: number;
}

export interface ResolveResult {
  readonly complaint: Complaint;
  /** The follow-up call-back put in the queue (null when asked for none). */
  readonly followUp: Callback | null;
}

export interface ComplaintBulkResult {
  readonly updated: number;
  /** Ids not changed: unknown, or already with that owner. */
  readonly skipped: readonly string[];
}

/** Percent values are rounded half up to two decimals; null when the base is 0. */
export interface ParetoRow {
  readonly key: string;
  readonly count: number;
  readonly percent: number | null;
  /** Running share of this row and every row above it. */
  readonly cumulativePercent: number | null;
}

export interface DurationSummary {
  /** Complaints measured (those that reached the step). */
  readonly count: number;
  /** Median hours from receipt, one decimal; null without any. */
  readonly medianHours: number | null;
  /** Share done within the limit (on or before the limit's last working day). */
  readonly withinLimitPercent: number | null;
}

export interface SatisfactionFigures {
  readonly count: number;
  /** Two decimals. */
  readonly average: number | null;
  /** Share of scores 4–5. */
  readonly satisfiedPercent: number | null;
}

export interface SatisfactionReport extends SatisfactionFigures {
  /** Scores 1 … 5 with their counts. */
  readonly distribution: readonly { readonly score: number; readonly count: number; readonly percent: number | null }[];
  /** Where the scores came from: call-backs of other purposes, complaint follow-ups (and scores taken at closing). */
  readonly fromCallbacks: number;
  readonly fromComplaints: number;
  /** Every month of the period, oldest first (`YYYY-MM`), empty months included. */
  readonly byMonth: readonly (SatisfactionFigures & { readonly month: string })[];
  readonly byStaff: readonly (SatisfactionFigures & {
    readonly staffId: string | null;
    readonly staffName: string | null;
  })[];
  /** Complaint scores only, by the complaint's category. */
  readonly byCategory: readonly (SatisfactionFigures & { readonly category: string })[];
  /**
   * By the customer's class in `segmentScheme` (class key like `abc:A`), customers not classified left out; null
   * when no customer has been classified.
   */
  readonly bySegment: readonly (SatisfactionFigures & { readonly classKey: string })[] | null;
  readonly segmentScheme: SegmentScheme;
}

export interface ComplaintReport {
  readonly from: string;
  readonly to: string;
  /** The figures cover only the caller's own and unassigned customers (and what is handed to them): staff. */
  readonly scoped: boolean;
  /** Complaints received in the period. */
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly resolved: number;
  readonly closed: number;
  /** Live customers now. */
  readonly customers: number;
  /** total / customers × 10,000, two decimals (万名投诉). */
  readonly perTenThousand: number | null;
  /** Sorted by count, largest first, with the running share. */
  readonly byCategory: readonly ParetoRow[];
  /** The names of categories pulled from head office, by code. */
  readonly categoryLabels: CategoryLabels;
  /** Complaints with a root cause (resolved or closed), sorted as a Pareto. */
  readonly byRootCause: readonly ParetoRow[];
  readonly byChannel: readonly {
    readonly channel: ComplaintChannel;
    readonly count: number;
    readonly percent: number | null;
  }[];
  readonly bySeverity: readonly {
    readonly severity: ComplaintSeverity;
    readonly count: number;
    readonly percent: number | null;
  }[];
  readonly byOwner: readonly {
    readonly staffId: string;
    readonly staffName: string | null;
    readonly count: number;
    readonly open: number;
    readonly overdue: number;
    /** Resolved or closed. */
    readonly done: number;
    readonly medianResolutionHours: number | null;
  }[];
  /** Every month of the period, oldest first, empty months included. */
  readonly byMonth: readonly { readonly month: string; readonly count: number; readonly done: number }[];
  /** Customers with REPEAT_FROM or more complaints in the period, most first. */
  readonly repeatComplainers: readonly {
    readonly customerId: string;
    readonly customerName: string;
    readonly count: number;
    readonly lastReceivedOn: string;
  }[];
  readonly firstResponse: DurationSummary;
  readonly resolution: DurationSummary;
  readonly satisfaction: SatisfactionReport;
}
