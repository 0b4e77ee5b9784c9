/**
 * Risk matching (风险匹配, DOMAIN §2): a product is suitable for a customer only if its rating (R1–R5) is at or below
 * the customer's level (C1–C5) and the assessment in effect has not expired; an expired or missing assessment allows
 * nothing above R1. The core refuses a purchase with this function; the purchase form pre-checks with it.
 *
 * Dates are the branch's calendar dates (YYYY-MM-DD). An assessment is in effect from its date; it has expired on
 * and after its expiry date. The assessment in effect on a day is the newest one made on or before it.
 */

/** A level 1 = C1 保守型 … 5 = C5 进取型, or a rating 1 = R1 … 5 = R5. */
export type RiskGrade = 1 | 2 | 3 | 4 | 5;

export interface Standing {
  readonly level: RiskGrade;
  readonly assessedOn: string;
  readonly expiresOn: string;
}

export type Unsuitable = 'risk.unsuitable' | 'risk.expired' | 'risk.unassessed';

export type Suitability =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: Unsuitable;
      readonly rating: number;
      readonly level: RiskGrade | null;
      readonly expiresOn: string | null;
    };

export const levelLabel = (level: number): string => `C${level}`;
export const ratingLabel = (rating: number): string => `R${rating}`;

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number =>
  Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days);
/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** A year after `date`, the default expiry (29 February gives 28 February). */
export function yearAfter(date: string): string {
  const next = `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;
  return next.endsWith('-02-29') ? `${next.slice(0, 8)}28` : next;
}

/** How long before expiry an assessment is due again: the call list and the amber mark. */
export const EXPIRING_DAYS = 30;

export type ExpiryStatus = 'valid' | 'expiring' | 'expired';

export function expiryStatus(expiresOn: string, today: string, days = EXPIRING_DAYS): ExpiryStatus {
  if (expiresOn <= today) return 'expired';
  return expiresOn <= addDays(today, days) ? 'expiring' : 'valid';
}

/** Whether a product rated `rating` (1–5) may be sold on `on` to a customer whose assessment in effect is `standing`. */
export function suitability(rating: number, standing: Standing | null, on: string): Suitability {
  if (rating <= 1) return { ok: true };
  if (!standing) return { ok: false, code: 'risk.unassessed', rating, level: null, expiresOn: null };
  const { level, expiresOn } = standing;
  if (expiresOn <= on) return { ok: false, code: 'risk.expired', rating, level, expiresOn };
  return rating <= level ? { ok: true } : { ok: false, code: 'risk.unsuitable', rating, level, expiresOn };
}

/**
 * The assessment in effect on `on` among a customer's assessments: the newest made on or before it (of two made the
 * same day, the one recorded later: ids are time-ordered).
 */
export function standingOn<T extends Standing & { readonly id?: string }>(
  assessments: readonly T[],
  on: string,
): T | null {
  let found: T | null = null;
  for (const a of assessments) {
    if (a.assessedOn > on) continue;
    if (
      !found ||
      a.assessedOn > found.assessedOn ||
      (a.assessedOn === found.assessedOn && (a.id ?? '') > (found.id ?? ''))
    )
      found = a;
  }
  return found;
}
