/** Calendar arithmetic of the segment periods on YYYY-MM-DD strings (UTC day numbers, no time zones). */
import { daysInMonth } from '../../../shared/rules/calendar';
import type { PeriodSettings } from '../../../shared/segments/settings';
import type { SegmentPeriod } from '../../../shared/segments/types';

const DAY_MS = 86_400_000;

/** Days already converted: a computation asks for the same few thousand days 100,000s of times. */
const days = new Map<string, number>();

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(iso: string): number {
  let day = days.get(iso);
  if (day === undefined) {
    day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
    if (days.size > 100_000) days.clear();
    days.set(iso, day);
  }
  return day;
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` months earlier (or later), clamped to the month's last day (31 March − 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (a month counts once its day of month is reached). */
export function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

/** The last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 7)}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
}

/** The last day of the month before the one `iso` is in. */
export function previousMonthEnd(iso: string): string {
  return isoOfDay(dayNumber(`${iso.slice(0, 7)}-01`) - 1);
}

/**
 * The period as of a day: rolling = the `months` months ending on `asOf` (12 months to 2026-12-03 is 2025-12-04 …
 * 2026-12-03); range = its own days. The previous period is the same number of days just before.
 */
export function resolvePeriod(settings: PeriodSettings, asOf: string): SegmentPeriod {
  const from = settings.kind === 'rolling' ? isoOfDay(dayNumber(addMonths(asOf, -settings.months)) + 1) : settings.from;
  const to = settings.kind === 'rolling' ? asOf : settings.to;
  const length = dayNumber(to) - dayNumber(from) + 1;
  return {
    from,
    to,
    previousFrom: isoOfDay(dayNumber(from) - length),
    previousTo: isoOfDay(dayNumber(from) - 1),
  };
}
