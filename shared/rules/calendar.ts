/** Calendar days without Date objects: checked for every date cell of an import, so kept to arithmetic. */

const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1–12); a month out of range counts 30, so date arithmetic never yields NaN. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 30);
}

/** A day that exists in the Gregorian calendar (30 February does not; 29 February 2024 does). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A cached YYYY-MM-DD, recomputed once the clock leaves the day it names (forward, or back when it is set back). */
function dayCache(read: (now: Date) => { iso: string; start: number; next: number }): () => string {
  let iso = '';
  let from = 0;
  let until = 0;
  return () => {
    const now = Date.now();
    if (now < from || now >= until) ({ iso, start: from, next: until } = read(new Date(now)));
    return iso;
  };
}

const formatLocal = (d: Date): string =>
  `${String(d.getFullYear()).padStart(4, '0')}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;

const localToday = dayCache((d) => ({
  iso: formatLocal(d),
  start: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(),
  next: new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(),
}));

/**
 * The local calendar date (YYYY-MM-DD) of an instant, today when none is given: the machine's time zone is the
 * branch's, so a birth date or a call-back's day is the calendar day where the office is.
 */
export function localDate(at?: Date): string {
  return at ? formatLocal(at) : localToday();
}

/** Today as YYYY-MM-DD in UTC. */
export const utcToday = dayCache((d) => ({
  iso: d.toISOString().slice(0, 10),
  start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
  next: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1),
}));
