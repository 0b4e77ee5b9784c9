/** Dates and numbers in the active language, through Intl; one place so every screen formats alike. */
import type { Language } from '../../../shared/i18n/languages';

export interface Formatters {
  /** An instant (ISO-8601 UTC) as a local date. */
  readonly date: (iso: string) => string;
  /** An instant (ISO-8601 UTC) as a local date and time. */
  readonly dateTime: (iso: string) => string;
  /** A calendar date (YYYY-MM-DD) that has no time zone, such as a birth date. */
  readonly calendarDate: (day: string) => string;
  /** The same, compact for a table column: "Nov 23, 2026", 2026/11/23. */
  readonly calendarDateShort: (day: string) => string;
  readonly number: (n: number) => string;
  /** Money stored as integer fen, shown in yuan: ¥1,234.50. */
  readonly money: (fen: number) => string;
}

export function createFormatters(language: Language): Formatters {
  const date = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const calendarDate = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const calendarDateShort = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(language);
  const money = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  });
  return {
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    calendarDate: (day) => calendarDate.format(new Date(`${day}T00:00:00Z`)),
    calendarDateShort: (day) => calendarDateShort.format(new Date(`${day}T00:00:00Z`)),
    number: (n) => number.format(n),
    money: (fen) => money.format(fen / 100),
  };
}

/** Whole years between a birth date (YYYY-MM-DD) and today. */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = today.getFullYear() - (y ?? 0);
  const month = today.getMonth() + 1;
  if (month < (m ?? 1) || (month === m && today.getDate() < (d ?? 1))) age -= 1;
  return age;
}

/** The local wall-clock time as a `datetime-local` input value (YYYY-MM-DDTHH:mm). */
export function localDateTimeInput(when: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}T${pad(when.getHours())}:${pad(when.getMinutes())}`;
}

/** A calendar date moved by whole days (YYYY-MM-DD in, YYYY-MM-DD out; no time zone involved). */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
