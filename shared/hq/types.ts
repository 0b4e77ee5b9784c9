/** What head office sees: figures per branch and in total, cross-branch search, the same person at two branches. */

/** Which kind of host answers: a branch's own database, or head office's PostgreSQL read through the reader role. */
export interface HqStatus {
  readonly mode: 'branch' | 'hq';
}

export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export const VALUE_CLASSES = ['core', 'potential', 'general'] as const;
export const LIFECYCLE_STAGES = ['exploration', 'formation', 'stable', 'decline'] as const;

export interface ClassCounts {
  readonly abc: Readonly<Record<(typeof ABC_CLASSES)[number], number>>;
  readonly value: Readonly<Record<(typeof VALUE_CLASSES)[number], number>>;
  readonly lifecycle: Readonly<Record<(typeof LIFECYCLE_STAGES)[number], number>>;
}

/** One branch's figures (or the total's: the same sums, rates recomputed from them). Tombstoned rows never count. */
export interface Figures {
  readonly customers: number;
  readonly classes: ClassCounts;
  /** Call-backs planned (not cancelled) and those that reached the customer. */
  readonly callbacksPlanned: number;
  readonly callbacksReached: number;
  /** reached / planned, 0–1; null when nothing was planned. */
  readonly reachRate: number | null;
  /** Scores given on call-backs (1–5): how many, and their average (null: none). */
  readonly satisfactionScored: number;
  readonly satisfactionAverage: number | null;
  readonly complaints: number;
  /** Complaints per 10,000 customers, one decimal; null without customers. */
  readonly complaintsPer10k: number | null;
  /** Not resolved and past their due date, by head office's calendar date. */
  readonly complaintsOverdue: number;
}

export interface BranchFigures extends Figures {
  readonly branchId: string;
  readonly code: string;
  readonly name: string;
  /** When anything of this branch last arrived (ISO instant); null: never pushed. */
  readonly lastPushAt: string | null;
}

export interface HqFigures {
  /** The calendar date overdue complaints were counted on (YYYY-MM-DD). */
  readonly today: string;
  readonly branches: readonly BranchFigures[];
  readonly total: Figures;
}

/** A customer found across branches: never the ID number, the mobile only masked. */
export interface HqSearchHit {
  readonly branchId: string;
  readonly branchCode: string;
  readonly branchName: string;
  readonly customerId: string;
  readonly name: string;
  readonly kind: 'person' | 'company';
  readonly mobileMasked: string | null;
}

export interface HqSearchResult {
  readonly hits: readonly HqSearchHit[];
  /** More matched than were returned. */
  readonly more: boolean;
}

export const SAME_PERSON_KEYS = ['idNumber', 'mobile'] as const;
export type SamePersonKey = (typeof SAME_PERSON_KEYS)[number];

/** Customers of two or more branches that share an ID-number digest or a mobile digest. */
export interface SamePersonGroup {
  /** A short, stable label of the shared digest (not the number, which cannot be read back from it). */
  readonly key: string;
  readonly customers: readonly HqSearchHit[];
}

export interface SamePersonPage {
  readonly by: SamePersonKey;
  readonly groups: readonly SamePersonGroup[];
  /** Pass as `after` for the next page; null on the last one. */
  readonly next: string | null;
}

/** What one pull of reference data brought (records changed at head office since the last pull, by kind). */
export interface PullResult {
  readonly products: number;
  readonly holidays: number;
  readonly answerCategories: number;
  readonly complaintCategories: number;
  readonly staffDirectory: number;
  readonly pulledAt: string;
}

/** A category's names as head office gave them (either may be empty when head office gave only one). */
export interface PulledLabel {
  readonly zh: string;
  readonly en: string;
}

/** The names of the categories pulled from head office, by code; a branch's own list has none. */
export type CategoryLabels = Readonly<Record<string, PulledLabel>>;
