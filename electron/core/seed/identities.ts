/** A demo customer's particulars: names, times, phones, addresses, resident IDs and credit codes that pass the checks. */
import { creditCodeCheckChar, residentIdCheckChar } from '../../../shared/rules/index';
import { chars, type Random } from './random';
import {
  SURNAMES,
  MALE_CHARS,
  FEMALE_CHARS,
  EITHER_CHARS,
  type District,
  STREETS,
  MOBILE_PREFIXES,
  BRANDS,
  TRADES,
  COMPANY_FORMS,
} from './source-lists';

export const DAY = 86_400_000;
/** China Standard Time is UTC+8; office hours are written as UTC instants. */
export const CST = 8 * 3_600_000;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isoDays = new Map<number, string>();
const pad3 = (n: number): string => String(n).padStart(3, '0');
/** Same as `new Date(ms).toISOString()`, without building a Date for each of a million stamps. */
export function isoTime(ms: number): string {
  const t = Math.floor(ms);
  const day = Math.floor(t / DAY);
  let prefix = isoDays.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    isoDays.set(day, prefix);
  }
  const rest = t - day * DAY;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const sec = Math.floor((rest % 60_000) / 1000);
  return `${prefix}${pad2(h)}:${pad2(m)}:${pad2(sec)}.${pad3(rest % 1000)}Z`;
}
export const isoDate = (ms: number): string => isoTime(ms).slice(0, 10);

/** A moment in office hours (09:00–18:00 China time), nudged off weekends, within [from, to]. */
export function officeTime(r: Random, from: number, to: number): number {
  const span = Math.max(0, to - from);
  const day = Math.floor((from + r.float() * span + CST) / DAY);
  let dayStart = day * DAY - CST;
  const weekday = new Date(dayStart + CST).getUTCDay();
  // Always draw, so the random stream does not depend on which weekday `now` falls on.
  const offWeekend = r.chance(0.8);
  if (weekday === 0 && offWeekend) dayStart -= 2 * DAY;
  else if (weekday === 6 && offWeekend) dayStart -= DAY;
  const t = dayStart + 9 * 3_600_000 + r.int(0, 9 * 60 - 1) * 60_000 + r.int(0, 59) * 1000;
  return Math.min(Math.max(t, from), to);
}

export function chineseName(r: Random, gender: 'male' | 'female'): string {
  const surname = SURNAMES.pick(r);
  const own = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  // Single-character given names are common among people born before the 1990s.
  if (r.chance(0.28)) return surname + own.pick(r);
  const first = r.chance(0.35) ? EITHER_CHARS.pick(r) : own.pick(r);
  let second = own.pick(r);
  if (second === first) second = own.pick(r);
  return surname + first + second;
}

export function mobile(r: Random, used: Set<string>): string {
  for (;;) {
    const m = MOBILE_PREFIXES.pick(r) + r.digits(8);
    if (!used.has(m)) {
      used.add(m);
      return m;
    }
  }
}

/** Landline as normalisePhone writes it: `0571-87654321`, optionally with an extension. */
export function landline(r: Random, d: District, extension: boolean): string {
  const local = String(r.int(2, 8)) + r.digits(d.localDigits - 1);
  return `${d.area}-${local}${extension ? `-${r.int(100, 899)}` : ''}`;
}

export function address(r: Random, d: District): string {
  const street = r.pick(STREETS);
  const base = `${d.region}${street}${r.int(1, 999)}号`;
  return r.chance(0.7) ? `${base}${r.int(1, 30)}栋${r.int(1, 33)}${pad2(r.int(1, 8))}室` : base;
}

export function residentId(
  r: Random,
  d: District,
  birth: string,
  gender: 'male' | 'female',
  used: Set<string>,
): string {
  for (;;) {
    const last = r.int(0, 4) * 2 + (gender === 'male' ? 1 : 0);
    const first17 = `${d.code}${birth.replace(/-/g, '')}${r.digits(2)}${last}`;
    const id = first17 + residentIdCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Organisation code (GB 11714): 8 characters + MOD 11 check, as embedded in a credit code. */
function organisationCode(r: Random): string {
  let body = r.chance(0.6) ? 'MA' : '';
  while (body.length < 8) body += r.chance(0.75) ? String(r.int(0, 9)) : r.pick(chars(ORG_CHARS.slice(10)));
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const c = body.charAt(i);
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return body + (check === 11 ? '0' : check === 10 ? 'X' : String(check));
}

export function creditCode(r: Random, d: District, used: Set<string>): string {
  for (;;) {
    const first17 = `91${d.code}${organisationCode(r)}`;
    const code = first17 + creditCodeCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

export function chineseCompanyName(r: Random, d: District): { name: string; brand: string; industry: string } {
  const [trade, industry] = r.pick(TRADES);
  const brand = r.pick(BRANDS);
  const place = r.chance(0.85) ? d.city : d.province;
  return { name: `${place}${brand}${trade}${COMPANY_FORMS.pick(r)}`, brand, industry };
}
