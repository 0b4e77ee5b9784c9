/** The holiday calendar as branches paste it; pure, so the Settings page previews exactly what the core stores. */
import type { Holiday } from './types';
import type { HolidayKind } from './vocabulary';
import { isRealDate } from '../fields';
import { localDate } from '../rules/calendar';

interface HolidayList {
  readonly holidays: Holiday[];
  /** Lines that look like a holiday line but cannot be read, numbered from 1. */
  readonly errors: { line: number; text: string }[];
  /** Notice lines named no year and neither did the notice's title: they were read in the `year` given. */
  readonly yearAsked: boolean;
}

const KINDS: Record<string, HolidayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  假: 'holiday',
  off: 'holiday',
  workday: 'workday',
  班: 'workday',
  work: 'workday',
};
const HOLIDAY_NAMES = ['元旦', '春节', '清明', '劳动节', '五一', '端午', '中秋', '国庆'];
const WEEKDAYS = '日一二三四五六';

/** `2025-10-01 holiday 国庆节`, `2025/9/28,班`, `2025年10月11日 班 国庆调休`. */
const DATE_LINE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\s,;，]+(\S+?)(?:[\s,;，]+(.*))?$/;
/** `国务院办公厅关于2026年部分节假日安排的通知`, or its opening `经国务院批准，现将2026年元旦、春节…`. */
const NOTICE_YEAR = /(?:关于|现将)(\d{4})年.*(?:节假日|放假)/;
/** `一、元旦：…`, `六、国庆节、中秋节：…` (after NFKC: ASCII colon, comma and parentheses). */
const LABELLED = /^(?:[一二三四五六七八九十]+[、.]\s*)?([^:,\d]{1,20}?)\s*:\s*(.*)$/;
/** A day with its optional year and month and what the notice puts in brackets: `2月15日(农历腊月二十八)`. */
const DAY = String.raw`(?:(?:(\d{4})年)?(\d{1,2})月)?(\d{1,2})日(?:\(([^)]*)\))?`;
const DAY_OFF = new RegExp(String.raw`^${DAY}(?:(?:至|到|-|~|—)${DAY})?放假(.*)$`);
const ONE_DAY = new RegExp(String.raw`^${DAY}$`);
const MONTH_DAY = /\d{1,2}月\d{1,2}日/;

type Day = { year: number; month: number; day: number };

const iso = (d: Day): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const dayAfter = (d: Day): Day => {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
};

/**
 * Reads the day a match names, completing year and month from `from` (the range's start, or the notice's year):
 * null when it is no real date, or the weekday in brackets (`周四`, `星期日`) is not that date's.
 */
function readDay(m: (string | undefined)[], at: number, from: Day): Day | null {
  const month = m[at + 1] ? Number(m[at + 1]) : from.month;
  const d: Day = { year: m[at] ? Number(m[at]) : from.year, month, day: Number(m[at + 2]) };
  if (!isRealDate(iso(d))) return null;
  const weekday = /^(?:周|星期)([日天一二三四五六])$/.exec(m[at + 3]?.trim() ?? '');
  if (weekday) {
    const actual = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
    if (WEEKDAYS.indexOf(weekday[1] === '天' ? '日' : (weekday[1] ?? '')) !== actual) return null;
  }
  return d;
}

/**
 * One labelled line of the notice → its days off and make-up working days, null when it cannot be read:
 * `元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。`
 */
function readNoticeLine(body: string, name: string, year: number): Holiday[] | null {
  const out: Holiday[] = [];
  let lastRange = 0;
  let daysOff = 0;
  // Clauses: `1月1日至3日放假调休` `共3天` `1月4日上班` `不调休` `与周末连休`.
  for (const clause of body.replace(/\s+/g, '').split(/[。;,]/)) {
    const off = DAY_OFF.exec(clause);
    const count = /^(?:共)?(\d{1,2})天$/.exec(off ? (off[9] ?? '').replace(/^调休/, '') : clause);
    if (off) {
      const start = readDay(off, 1, { year, month: 0, day: 0 });
      if (!start) return null;
      const end = off[7] ? readDay(off, 5, start) : start;
      if (!end || iso(end) < iso(start)) return null;
      const days: Day[] = [start];
      for (let d = start; iso(d) < iso(end);) {
        d = dayAfter(d);
        days.push(d);
        if (days.length > 31) return null; // no holiday is that long: a misread month
      }
      for (const d of days) out.push({ date: iso(d), kind: 'holiday', name });
      lastRange = days.length;
      daysOff += days.length;
      if (count && Number(count[1]) !== lastRange) return null;
    } else if (count) {
      // `共9天` must agree with the range before it, or the line was misread.
      if (Number(count[1]) !== lastRange) return null;
    } else if (clause.endsWith('上班')) {
      for (const part of clause.slice(0, -2).split('、')) {
        const m = ONE_DAY.exec(part);
        const d = m?.[2] ? readDay(m, 1, { year, month: 0, day: 0 }) : null;
        if (!d) return null;
        out.push({ date: iso(d), kind: 'workday', name });
      }
    } else if (/\d/.test(clause)) return null; // a date or a count the line says nothing readable about
  }
  return daysOff > 0 ? out : null;
}

/**
 * Reads a holiday list as it is pasted, in either of two forms:
 * - the State Council's notice as published (国务院办公厅关于…部分节假日安排的通知): each labelled line
 *   `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。` gives its days off (holiday) and
 *   make-up working days (workday), named by the label; the year comes from the title, else from `year`
 *   (`yearAsked`). The title, greetings, closing paragraphs and the date of issue are passed over.
 * - one date per line with its kind, optionally a name — `2025-10-01 holiday 国庆节`, `2025-09-28,workday`,
 *   `2025-10-08\t休`, `2025-10-11 班 国庆调休`. Kinds: holiday/休/假/off; workday/班/work.
 * Blank lines and lines starting with # are skipped. In a list without a notice every other line is an error; in
 * a notice only lines that look like holiday lines (a label and a date, a date and 放假/上班, a leading date
 * followed by more) are.
 */
export function parseHolidayList(text: string, year = Number(localDate().slice(0, 4))): HolidayList {
  const holidays: Holiday[] = [];
  const errors: { line: number; text: string }[] = [];
  const lines = text.split(/\r?\n/).map((raw) => raw.trim());
  const normal = lines.map((line) => line.normalize('NFKC'));
  const labelled = (line: string): RegExpExecArray | null => {
    const m = LABELLED.exec(line);
    if (!m) return null;
    const label = m[1] ?? '';
    return HOLIDAY_NAMES.some((n) => label.includes(n)) || /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/.test(m[2] ?? '')
      ? m
      : null;
  };
  const titleYear = normal.map((line) => NOTICE_YEAR.exec(line)?.[1]).find(Boolean);
  const notice = titleYear !== undefined || normal.some((line) => labelled(line));
  let yearAsked = false;

  lines.forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const fail = (): void => {
      errors.push({ line: i + 1, text: line });
    };
    const n = normal[i] ?? '';
    const entry = DATE_LINE.exec(line);
    if (entry) {
      const kind = KINDS[(entry[4] ?? '').toLowerCase()];
      const date = `${entry[1]}-${(entry[2] ?? '').padStart(2, '0')}-${(entry[3] ?? '').padStart(2, '0')}`;
      if (!kind || !isRealDate(date)) return fail();
      holidays.push({ date, kind, name: entry[5]?.trim() || null });
      return;
    }
    const label = notice ? labelled(n) : null;
    if (label) {
      const body = label[2] ?? '';
      if (!titleYear && !/\d{4}年/.test(body)) yearAsked = true;
      const read = readNoticeLine(body, (label[1] ?? '').trim(), titleYear ? Number(titleYear) : year);
      if (read) holidays.push(...read);
      else fail();
      return;
    }
    if (!notice) return fail();
    // In a notice: the title, greetings, the date of issue are passed over; a dated 放假/上班 line is not.
    if ((MONTH_DAY.test(n) && /放假|上班/.test(n)) || /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(n)) fail();
  });
  return { holidays, errors, yearAsked };
}
