/**
 * What the segment channels return: the overview of each scheme, a customer's classes with the figures behind them
 * and their history, the migration matrix between two month ends, and the preview of proposed settings.
 * Money is integer cents; shares are fractions 0–1; dates are YYYY-MM-DD.
 */
import type { AbcClass, FrequencyClass, LifecycleStage, RfmGroup, Scheme, ValueClass } from './classes';
import type { AbcBasis, AbcMethod, RfmGroupBasis, RfmMethod, RfmTieRule, SegmentSettings } from './settings';

/** The schemes computed from purchases (risk comes from assessments, not from here). */
export type ComputedScheme = Exclude<Scheme, 'risk'>;
export const COMPUTED_SCHEMES: readonly ComputedScheme[] = ['abc', 'rfm', 'frequency', 'value', 'lifecycle'];

/** The period classes are computed over (both days included) and the previous period of the same length. */
export interface SegmentPeriod {
  readonly from: string;
  readonly to: string;
  readonly previousFrom: string;
  readonly previousTo: string;
}

/** One class of a scheme: how many customers, their revenue and profit in the period and its share of the total. */
export interface ClassCount {
  readonly class: string;
  readonly customers: number;
  readonly amountCents: number;
  readonly profitCents: number;
  readonly revenueShare: number;
  readonly profitShare: number;
}

export interface SchemeOverview {
  readonly scheme: ComputedScheme;
  /** Every class of the scheme in its fixed order, empty ones included. */
  readonly classes: readonly ClassCount[];
}

/** A point of the Pareto curve: the top `customerShare` of ranked customers make `cumulativeShare` of the basis. */
export interface ParetoPoint {
  readonly customerShare: number;
  readonly cumulativeShare: number;
}

export interface AbcOverview extends SchemeOverview {
  readonly scheme: 'abc';
  readonly basis: AbcBasis;
  readonly method: AbcMethod;
  /** At most 101 points, from (0, 0) to (1, 1) (or to the last customer with a positive basis). */
  readonly pareto: readonly ParetoPoint[];
  /** The customer counts of A, B and C relative to A (A = 1), e.g. [1, 2.4, 9.1]; null when there is no A. */
  readonly ratioReached: readonly [number, number, number] | null;
  readonly ratioGuideline: readonly [number, number, number];
}

export interface RfmGridCell {
  /** 1–5 (5: most recent / most frequent). */
  readonly r: number;
  readonly f: number;
  readonly customers: number;
}

export interface RfmOverview extends SchemeOverview {
  readonly scheme: 'rfm';
  readonly method: RfmMethod;
  readonly tieRule: RfmTieRule;
  readonly groupBasis: RfmGroupBasis;
  /** All 25 cells, r 5→1 then f 1→5; customers without purchases are not in the grid. */
  readonly grid: readonly RfmGridCell[];
  /** The averages of the customers who bought, that high and low are judged against. */
  readonly averages: RfmAverages | null;
}

export interface RfmAverages {
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetaryCents: number;
  readonly rScore: number;
  readonly fScore: number;
  readonly mScore: number;
}

export interface SegmentsOverview {
  /** When the stored classes were computed, and over which period; null before the first computation. */
  readonly computedAt: string | null;
  readonly period: SegmentPeriod | null;
  /**
   * False when something changed since (purchases, imports, settings) and a computation is pending or running; the
   * page says so and shows the figures it has.
   */
  readonly current: boolean;
  /** The figures cover only the caller's own and unassigned customers (staff, sign-in on). */
  readonly scoped: boolean;
  readonly customers: number;
  readonly amountCents: number;
  readonly profitCents: number;
  /** Only the scheme asked for, or all five. */
  readonly abc?: AbcOverview;
  readonly rfm?: RfmOverview;
  readonly frequency?: SchemeOverview;
  readonly value?: SchemeOverview;
  readonly lifecycle?: SchemeOverview;
}

/** The figures behind each class (formatted by the UI). */
export interface AbcReason {
  readonly basis: AbcBasis;
  readonly method: AbcMethod;
  /** The basis in the period (amount or profit), cents. */
  readonly valueCents: number;
  /** 1 = largest; null when the basis is not positive (always C). */
  readonly rank: number | null;
  readonly of: number;
  /** Cumulative share up to and including this customer, parts per million. */
  readonly cumulativePpm: number | null;
}

export interface RfmReason {
  /** Days from the last purchase in the period to the period end; null when none (group `none`). */
  readonly recencyDays: number | null;
  readonly purchases: number;
  readonly amountCents: number;
  readonly profitCents: number;
  readonly r: number | null;
  readonly f: number | null;
  readonly m: number | null;
  /** High against the buyers' average (R high: bought recently). */
  readonly rHigh: boolean | null;
  readonly fHigh: boolean | null;
  readonly mHigh: boolean | null;
}

export interface FrequencyReason {
  readonly purchases: number;
  readonly highMin: number;
}

export const VALUE_RULES = ['core_abc', 'core_rfm', 'growth', 'young', 'rest'] as const;
export type ValueRule = (typeof VALUE_RULES)[number];
export interface ValueReason {
  readonly rule: ValueRule;
  readonly abc: AbcClass;
  readonly rfm: RfmGroup;
  /** Spend growth against the previous period, percent; null when the previous period had no spend. */
  readonly growthPercent: number | null;
  readonly relationshipMonths: number;
  readonly purchases: number;
}

export const LIFECYCLE_RULES = [
  'no_purchase',
  'first_purchase_recent',
  'inactive',
  'spend_fell',
  'growing',
  'steady',
] as const;
export type LifecycleRule = (typeof LIFECYCLE_RULES)[number];
export interface LifecycleReason {
  readonly rule: LifecycleRule;
  readonly firstPurchaseOn: string | null;
  readonly lastPurchaseOn: string | null;
  /** Days from the last purchase ever (up to the period end) to the period end. */
  readonly daysSinceLastPurchase: number | null;
  readonly daysSinceFirstPurchase: number | null;
  /** Whole months since first contact (the customer's creation or first purchase, the earlier). */
  readonly relationshipMonths: number;
  readonly amountCents: number;
  readonly previousAmountCents: number;
  readonly growthPercent: number | null;
}

export interface SegmentReasons {
  readonly abc: AbcReason;
  readonly rfm: RfmReason;
  readonly frequency: FrequencyReason;
  readonly value: ValueReason;
  readonly lifecycle: LifecycleReason;
}

export interface CustomerClasses {
  readonly abc: AbcClass;
  readonly rfm: RfmGroup;
  readonly frequency: FrequencyClass;
  readonly value: ValueClass;
  readonly lifecycle: LifecycleStage;
}

/** One change of class: `up` when the new class ranks above the old (A above B, core above general…). */
export interface ClassChange {
  readonly scheme: Scheme;
  readonly changedOn: string;
  readonly oldClass: string | null;
  readonly newClass: string;
  readonly direction: 'up' | 'down' | 'same' | 'new';
}

export interface CustomerSegments {
  readonly customerId: string;
  /** Null when the customer has not been classified yet (added after the last computation). */
  readonly computedAt: string | null;
  readonly period: SegmentPeriod | null;
  readonly classes: CustomerClasses | null;
  readonly reasons: SegmentReasons | null;
  readonly current: boolean;
  /** Newest first. */
  readonly history: readonly ClassChange[];
}

export interface MigrationCell {
  /** Null: not classified at the first month end (a newer customer). */
  readonly from: string | null;
  readonly to: string;
  readonly customers: number;
}

export interface ClassStability {
  readonly class: string;
  /** Customers in the class at the first month end (still on file at the second). */
  readonly customers: number;
  readonly stayed: number;
  /** stayed / customers; null when the class was empty. */
  readonly share: number | null;
}

export interface SegmentMigration {
  readonly scheme: ComputedScheme;
  readonly from: string;
  readonly to: string;
  /** The month ends compared (YYYY-MM-DD). */
  readonly fromDate: string;
  readonly toDate: string;
  readonly classes: readonly string[];
  /** Non-empty cells only. */
  readonly cells: readonly MigrationCell[];
  readonly stability: readonly ClassStability[];
  /** The counts cover only the caller's own and unassigned customers (staff, sign-in on). */
  readonly scoped: boolean;
  /** False when a month end has no computed classes (nothing was stored on or before it). */
  readonly complete: boolean;
}

export interface SchemeCounts {
  readonly scheme: ComputedScheme;
  readonly current: Readonly<Record<string, number>>;
  readonly proposed: Readonly<Record<string, number>>;
  /** Customers whose class in this scheme would change. */
  readonly moved: number;
}

export interface SegmentPreview {
  readonly period: SegmentPeriod;
  readonly schemes: readonly SchemeCounts[];
  /** Customers whose class would change in at least one scheme. */
  readonly moved: number;
}

export interface ComputeResult {
  readonly computedAt: string;
  readonly period: SegmentPeriod;
  readonly customers: number;
  /** class_changes rows written. */
  readonly changes: number;
}

export interface SegmentSettingsView {
  readonly settings: SegmentSettings;
  readonly defaults: SegmentSettings;
}
