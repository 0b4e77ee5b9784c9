/**
 * Working days and cadence arithmetic on local calendar dates (`YYYY-MM-DD`). Pure: no clock, no database.
 *
 * A day is a working day when it is Monday–Friday, unless the calendar lists it as a holiday; a Saturday or Sunday
 * listed as a workday (调休 make-up day) is a working day.
 */
import type { Cadence, Holiday } from '../../../shared/callbacks/types';
import type { HolidayKind } from '../../../shared/callbacks/vocabulary';
import { daysInMonth } from '../../../shared/rules/calendar';

/** Date → kind, for the dates that differ from the Monday–Friday rule. */
export type WorkCalendar = ReadonlyMap<string, HolidayKind>;

const DAY_MS = 86_400_000;
/** How far the search for a working day goes before it gives up (a calendar that blocks everything). */
const MAX_SEARCH_DAYS = 3660;

export function toCalendar(holidays: readonly Pick<Holiday, 'date' | 'kind'>[]): WorkCalendar {
  return new Map(holidays.map((h) => [h.date, h.kind]));
}

export const EMPTY_CALENDAR: WorkCalendar = new Map();

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01 (UTC arithmetic on the calendar date, so no DST or time-zone effects). */
function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const w = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Calendar months later, clamped to the month's last day: 01-31 + 1 month = 02-28 (02-29 in a leap year). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `times` cadence intervals; months are counted from `date` itself, so clamping never accumulates. */
export function addCadence(date: string, cadence: Pick<Cadence, 'every' | 'unit'>, times = 1): string {
  const n = cadence.every * times;
  switch (cadence.unit) {
    case 'days':
      return addDays(date, n);
    case 'weeks':
      return addDays(date, 7 * n);
    case 'months':
      return addMonths(date, n);
  }
}

/** Rough length in days, to compare cadences (a month counts 30.44 days). */
export function cadenceDays(cadence: Pick<Cadence, 'every' | 'unit'>): number {
  return cadence.every * (cadence.unit === 'days' ? 1 : cadence.unit === 'weeks' ? 7 : 30.44);
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const listed = calendar.get(date);
  if (listed === 'holiday') return false;
  if (listed === 'workday') return true;
  return isoWeekday(date) <= 5;
}

function search(start: string, calendar: WorkCalendar): string {
  let n = dayNumber(start);
  for (let i = 0; i < MAX_SEARCH_DAYS; i += 1, n += 1) {
    const date = fromDayNumber(n);
    if (isWorkingDay(date, calendar)) return date;
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${start}`);
}

/** The first working day strictly after `date` (a retry "on the next working day"). */
export function nextWorkingDay(date: string, calendar: WorkCalendar): string {
  return search(addDays(date, 1), calendar);
}

/** `date` itself when it is a working day, else the next one (where a due date on a day off moves to). */
export function rollToWorkingDay(date: string, calendar: WorkCalendar): string {
  return search(date, calendar);
}

/** `date` itself when it is a working day, else the working day before it (a call made ahead of an occasion). */
export function rollBackToWorkingDay(date: string, calendar: WorkCalendar): string {
  let n = dayNumber(date);
  for (let i = 0; i < MAX_SEARCH_DAYS; i += 1, n -= 1) {
    const day = fromDayNumber(n);
    if (isWorkingDay(day, calendar)) return day;
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days before ${date}`);
}

/** The working days from `from` through `to`, in order. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): string[] {
  const days: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n += 1) {
    const date = fromDayNumber(n);
    if (isWorkingDay(date, calendar)) days.push(date);
  }
  return days;
}

/** Monday … Sunday of the week of `date`. */
export function weekOf(date: string): { from: string; to: string } {
  const w = isoWeekday(date);
  return { from: addDays(date, 1 - w), to: addDays(date, 7 - w) };
}

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
}
