/**
 * Every threshold of the classification schemes, with its default: the period, ABC, RFM, purchase frequency, value
 * and lifecycle. One zod schema for the core (validation at the boundary) and the settings page (pre-check); its
 * messages are i18n keys (`segments.settings.*`).
 */
import { z } from 'zod';
import { isRealDate } from '../fields';
import { ABC_CLASSES, RFM_GROUPS } from './classes';

export const ABC_BASES = ['amount', 'profit'] as const;
export type AbcBasis = (typeof ABC_BASES)[number];
/** `cumulative`: cut points on the cumulative share; `ratio`: customer counts near A:B:C (1:2:2). */
export const ABC_METHODS = ['cumulative', 'ratio'] as const;
export type AbcMethod = (typeof ABC_METHODS)[number];

export const RFM_METHODS = ['quintile', 'fixed'] as const;
export type RfmMethod = (typeof RFM_METHODS)[number];
/**
 * How quintile scores treat equal values (equal values always share a score):
 * - `distinct_values`: the quintiles are taken over the distinct values, so a value shared by most customers takes
 *   one score and the other values still spread over the rest (skewed data does not collapse into two bins);
 * - `rank`: the quintiles are taken over customers, equal values taking the score of their first (lowest) rank.
 */
export const RFM_TIE_RULES = ['distinct_values', 'rank'] as const;
export type RfmTieRule = (typeof RFM_TIE_RULES)[number];
/** The eight groups compare each customer's scores (`score`) or raw figures (`value`) with the buyers' average. */
export const RFM_GROUP_BASES = ['score', 'value'] as const;
export type RfmGroupBasis = (typeof RFM_GROUP_BASES)[number];

const isoDate = z.string().refine((v) => isRealDate(v), 'date.invalid');
const whole = (min: number, max: number, message: string) =>
  z.number({ message }).int(message).min(min, message).max(max, message);
const percent = whole(1, 100, 'segments.settings.percent');
/** Four cut points between scores 1|2|3|4|5, strictly ascending. */
const cuts = (max: number) =>
  z
    .array(whole(0, max, 'segments.settings.cutInvalid'))
    .length(4, 'segments.settings.cutCount')
    .refine((c) => c.every((v, i) => i === 0 || v > c[i - 1]!), 'segments.settings.cutOrder');

export const periodSettings = z.discriminatedUnion('kind', [
  /** The last `months` months up to the day computed (rolling). */
  z.object({ kind: z.literal('rolling'), months: whole(1, 60, 'segments.settings.months') }),
  /** A fixed window, both days included. */
  z
    .object({ kind: z.literal('range'), from: isoDate, to: isoDate })
    .refine((p) => p.from <= p.to, { message: 'segments.settings.periodOrder', path: ['to'] }),
]);
export type PeriodSettings = z.infer<typeof periodSettings>;

const abcSettings = z
  .object({
    basis: z.enum(ABC_BASES),
    method: z.enum(ABC_METHODS),
    /** `cumulative`: A while the cumulative share is ≤ aMaxPercent, B while ≤ bMaxPercent, C after. */
    aMaxPercent: percent,
    bMaxPercent: percent,
    /** `ratio`: the guideline A:B:C customer counts. */
    ratio: z.tuple([
      whole(1, 100, 'segments.settings.ratio'),
      whole(1, 100, 'segments.settings.ratio'),
      whole(1, 100, 'segments.settings.ratio'),
    ]),
  })
  .refine((a) => a.aMaxPercent < a.bMaxPercent, { message: 'segments.settings.abcOrder', path: ['bMaxPercent'] });

const rfmSettings = z.object({
  method: z.enum(RFM_METHODS),
  tieRule: z.enum(RFM_TIE_RULES),
  groupBasis: z.enum(RFM_GROUP_BASES),
  /**
   * `fixed` cut points, ascending. Recency in days since the last purchase (≤ 1st → 5, ≤ 2nd → 4, ≤ 3rd → 3,
   * ≤ 4th → 2, more → 1); frequency in purchases and monetary in cents (≥ 4th → 5, ≥ 3rd → 4, ≥ 2nd → 3,
   * ≥ 1st → 2, less → 1).
   */
  recencyDays: cuts(36_500),
  frequency: cuts(1_000_000),
  monetaryCents: cuts(Number.MAX_SAFE_INTEGER),
});

const frequencySettings = z.object({
  /** High: at least this many purchases in the period; low: at least one; zero: none. */
  highMin: whole(2, 10_000, 'segments.settings.highMin'),
});

const valueSettings = z.object({
  /** Core: in one of these ABC classes or RFM groups. */
  coreAbc: z.array(z.enum(ABC_CLASSES)),
  coreRfm: z.array(z.enum(RFM_GROUPS)),
  /** Potential: spend grew by at least this much against the previous period (which had some spend)… */
  growthPercent: whole(1, 10_000, 'segments.settings.percent'),
  /** …or the relationship is younger than youngMonths with at least youngMinPurchases purchases in the period. */
  youngMonths: whole(1, 120, 'segments.settings.months'),
  youngMinPurchases: whole(1, 10_000, 'segments.settings.count'),
});

const lifecycleSettings = z.object({
  /** Exploration: no purchase yet, or the first purchase fewer than this many days ago. */
  explorationDays: whole(1, 3650, 'segments.settings.days'),
  /** Formation: relationship younger than this and spend growing against the previous period. */
  formationMonths: whole(1, 240, 'segments.settings.months'),
  /** Decline: the last purchase more than this many days ago… */
  declineDays: whole(1, 3650, 'segments.settings.days'),
  /** …or spend fell by at least this much against the previous period. */
  declineDropPercent: percent,
});

export const segmentSettings = z.object({
  period: periodSettings,
  abc: abcSettings,
  rfm: rfmSettings,
  frequency: frequencySettings,
  value: valueSettings,
  lifecycle: lifecycleSettings,
});
export type SegmentSettings = z.infer<typeof segmentSettings>;

export const DEFAULT_SEGMENT_SETTINGS: SegmentSettings = {
  period: { kind: 'rolling', months: 12 },
  abc: { basis: 'amount', method: 'cumulative', aMaxPercent: 80, bMaxPercent: 95, ratio: [1, 2, 2] },
  rfm: {
    method: 'quintile',
    tieRule: 'distinct_values',
    groupBasis: 'score',
    recencyDays: [30, 90, 180, 270],
    frequency: [2, 4, 7, 11],
    // ¥1,000 / ¥5,000 / ¥20,000 / ¥100,000
    monetaryCents: [100_000, 500_000, 2_000_000, 10_000_000],
  },
  frequency: { highMin: 6 },
  value: {
    coreAbc: ['A'],
    coreRfm: ['important_value'],
    growthPercent: 20,
    youngMonths: 6,
    youngMinPurchases: 3,
  },
  lifecycle: { explorationDays: 90, formationMonths: 12, declineDays: 180, declineDropPercent: 50 },
};
