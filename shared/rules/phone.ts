/** Phone numbers as typed at a Chinese branch counter: mainland mobiles, landlines, foreign numbers. */
import { afterCountryCode, inRegion, withCountryCode, withForeignExtension } from './foreign-phone';
import { defaultPhoneRegion, type PhoneRegion } from './phone-region';

type PhoneKind = 'mobile' | 'landline' | 'international';

export type PhoneErrorCode = 'phone.empty' | 'phone.tooShort' | 'phone.tooLong' | 'phone.invalid';

export type PhoneResult =
  | { readonly ok: true; readonly value: string; readonly kind: PhoneKind }
  | { readonly ok: false; readonly code: PhoneErrorCode };

const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0; // ！ (U+FF01) − ! (U+0021)
const IDEOGRAPHIC_SPACE = 0x3000;

const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Chinese IMEs type full-width forms (１３８, ＋, （）, U+3000); map the whole ASCII-variant block back. */
export function toHalfWidth(s: string): string {
  // Most text has no full-width forms: return it as it is rather than rebuild it character by character.
  if (!HAS_FULL_WIDTH.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += ch;
  }
  return out;
}

const MOBILE = /^1[3-9]\d{9}$/;
const MOBILE_LENGTH = 11;
const LOCAL_MIN = 7;
const LOCAL_MAX = 8;
const EXTENSION_MAX = 6;

/** Spaces, hyphen-like dashes (- ‐ – —), dots, parentheses and slashes only group digits. */
const SEPARATORS = /[\s\-\u2010\u2013\u2014.()/]/g;
/** `… ext 123`, `…x123`, `… 转 123`, `… 分机 123`, `…#123`, and as stored: `+14391711846;ext=4636` */
const EXPLICIT_EXTENSION = /^(.*?)[\s\-\u2010\u2013\u2014;]*(ext|x|转|分机|#)[\s.:：=]*(\d+)\s*$/i;
/** `010-12345678-123`: a last dash group may be an extension. */
const TRAILING_DASH_GROUP = /^(.*\d)\s*[-\u2010\u2013\u2014]\s*(\d+)\s*$/;

const fail = (code: PhoneErrorCode): PhoneResult => ({ ok: false, code });
const ok = (value: string, kind: PhoneKind): PhoneResult => ({ ok: true, value, kind });

/** `national` is a mainland number without country code; `afterCountryCode` allows the trunk 0 to be missing. */
function parseMainland(national: string, afterCountryCode: boolean): PhoneResult {
  if (national.startsWith('1') && !(afterCountryCode && national.startsWith('10'))) {
    if (national.length < MOBILE_LENGTH) return fail('phone.tooShort');
    if (national.length > MOBILE_LENGTH) return fail('phone.tooLong');
    return MOBILE.test(national) ? ok(national, 'mobile') : fail('phone.invalid');
  }
  // International format drops the trunk 0 (+86 10 …), but people often keep it (+86 (0)10 …).
  const withTrunk = national.startsWith('0') ? national : afterCountryCode ? `0${national}` : null;
  if (withTrunk === null || withTrunk.startsWith('00')) return fail('phone.invalid');

  const areaLength = /^0(?:10|2\d)/.test(withTrunk) ? 3 : 4;
  const local = withTrunk.slice(areaLength);
  if (local.length < LOCAL_MIN) return fail('phone.tooShort');
  if (local.length > LOCAL_MAX) return fail('phone.tooLong');
  return ok(`${withTrunk.slice(0, areaLength)}-${local}`, 'landline');
}

/** A number without extension, already half-width and trimmed, by the mainland rules (and after `+`/`00`). */
function parseNumber(s: string): PhoneResult {
  const compact = s.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return fail('phone.invalid');

  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international !== null) {
    if (international.startsWith('86')) return parseMainland(international.slice(2), true);
    const foreign = withCountryCode(international);
    return foreign.ok ? ok(foreign.value, 'international') : fail(foreign.code);
  }
  // A bare 86 is only a country code when a whole mobile follows; otherwise it may be the number itself.
  if (compact.length === 13 && /^861[3-9]/.test(compact)) return parseMainland(compact.slice(2), true);
  return parseMainland(compact, false);
}

/**
 * North American numbers written the North American way, read as such whatever the default region: ten digits
 * grouped 3-3-4 (`(439) 171-1846`, `530-578-9946`, `027.846.3705`, also after `1-`), or ten digits in one run
 * before an `x` extension (`0278463705x14184`). No mainland number is written so: mobiles group 3-4-4, landlines
 * are an area code and 7–8 digits, and their extensions follow 转, 分机 or a dash.
 */
const NORTH_AMERICAN_GROUPED =
  /^(?:1[\s.\-\u2010\u2013\u2014])?(?:\(\d{3}\)\s?|\d{3}[\s.\-\u2010\u2013\u2014])\d{3}[\s.\-\u2010\u2013\u2014]\d{4}$/;
const TEN_DIGITS = /^\d{10}$/;
/** Ten digits in one run from 2–9 on: a North American area code; a mainland number starts with 1 or its trunk 0. */
const NORTH_AMERICAN_BARE = /^[2-9]\d{9}$/;
/** A first group of 1–3 digits may be a country code written without `+`: `(852) 2123 4567`, `886 912 345 678`. */
const LEADING_GROUP = /^(?:\(\d{1,3}\)|\d{1,3}[\s.\-\u2010\u2013\u2014])/;

const northAmerican = (digits: string): PhoneResult => ok(`+1${digits.slice(-10)}`, 'international');

/**
 * What the mainland rules refused, without `+`/`00`: a valid number of the default region, ten bare digits from
 * 2–9 on as North American, or a valid number after a country code written without `+`. Null when none fits.
 */
function parseForeign(s: string, region: PhoneRegion): PhoneResult | null {
  const compact = s.replace(SEPARATORS, '');
  if (!/^\d+$/.test(compact)) return null;
  const regional = inRegion(compact, region);
  if (regional !== null) return ok(regional, 'international');
  if (NORTH_AMERICAN_BARE.test(s)) return northAmerican(s);
  const afterCode = LEADING_GROUP.test(s) ? afterCountryCode(compact) : null;
  return afterCode === null ? null : ok(afterCode, 'international');
}

/**
 * Whether a mainland reading may be a North American number written its way: a 3-digit area code and 7 digits
 * (027-8463705 from 027.846.3705), a mobile with its 1 on its own (1-312-555-0123), or no reading at all. Most
 * numbers are none of these and skip the shape test.
 */
function mayBeNorthAmerican(s: string, mainland: PhoneResult): boolean {
  if (!mainland.ok) return true;
  if (mainland.kind === 'mobile') return !isDigit(s.charCodeAt(1));
  return mainland.kind === 'landline' && mainland.value.length === 11;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A number without extension; `marker` is how its extension was written (`x`, `ext`, `转` …), if it had one. */
function parseAny(s: string, region: PhoneRegion, marker: string | null): PhoneResult {
  const mainland = parseNumber(s);
  if (mayBeNorthAmerican(s, mainland) && (NORTH_AMERICAN_GROUPED.test(s) || (marker === 'x' && TEN_DIGITS.test(s))))
    return northAmerican(s.replace(/\D/g, ''));
  if (s.startsWith('+') || s.startsWith('00')) return mainland;
  // Outside CN a trunk 0 is the region's too (Taipei 02 2345 6789, London 020 7946 0958): its own number wins.
  if (mainland.ok && mainland.kind === 'landline' && region !== 'CN') {
    const regional = inRegion(s.replace(SEPARATORS, ''), region);
    if (regional !== null) return ok(regional, 'international');
  }
  // Otherwise the mainland rules decide alone whatever they read.
  if (mainland.ok) return mainland;
  return parseForeign(s, region) ?? mainland;
}

function withExtension(main: PhoneResult, extension: string): PhoneResult {
  if (!main.ok) return main;
  if (main.kind === 'mobile' || extension.length > EXTENSION_MAX) return fail('phone.invalid');
  if (main.kind === 'international') return ok(withForeignExtension(main.value, extension), 'international');
  return ok(`${main.value}-${extension}`, 'landline');
}

/**
 * Any phone as typed → the one form it is stored in: mainland mobiles `13812345678`, landlines `010-12345678-123`,
 * other numbers E.164 with an RFC 3966 extension (`+14391711846;ext=4636`). `region` reads numbers typed without
 * country code that are not mainland ones (`9123 4567` in HK).
 */
export function normalisePhone(raw: string, region: PhoneRegion = defaultPhoneRegion()): PhoneResult {
  const s = toHalfWidth(raw).trim();
  if (s === '') return fail('phone.empty');

  const explicit = EXPLICIT_EXTENSION.exec(s);
  if (explicit)
    return withExtension(
      parseAny((explicit[1] ?? '').trim(), region, (explicit[2] ?? '').toLowerCase()),
      explicit[3] ?? '',
    );

  const whole = parseAny(s, region, null);
  if (whole.ok) return whole;
  // Only when the whole string is no number: `0755-8888-7777` stays one number, `010-12345678-123` has an extension.
  const dashed = TRAILING_DASH_GROUP.exec(s);
  if (dashed) {
    const main = parseNumber(dashed[1] ?? '');
    if (main.ok && main.kind === 'landline') return withExtension(main, dashed[2] ?? '');
  }
  return whole;
}

/** Search key: digits only, so '138 1234 5678', '+86 138-1234-5678' and '13812345678' meet. */
export function phoneDigits(raw: string): string {
  const digits = toHalfWidth(raw).replace(/\D/g, '');
  for (const prefix of ['0086', '86']) {
    const rest = digits.slice(prefix.length);
    if (digits.startsWith(prefix) && MOBILE.test(rest)) return rest;
  }
  return digits;
}

const VISIBLE_TAIL = 4;

/** Star every digit but the last four, leaving separators and '+' in place. */
function maskDigits(s: string): string {
  let toMask = s.replace(/\D/g, '').length - VISIBLE_TAIL;
  let out = '';
  for (const ch of s) {
    if (toMask > 0 && /\d/.test(ch)) {
      out += '*';
      toMask -= 1;
    } else out += ch;
  }
  return out;
}

/** For lists and printouts: '138****5678', '010-****5678', otherwise only the last four digits (then the extension). */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-VISIBLE_TAIL)}`;
  const foreign = /^(\+\d+)(;ext=\d+)$/.exec(value);
  if (foreign) return `${maskDigits(foreign[1] ?? '')}${foreign[2] ?? ''}`;
  const landline = /^(0\d{2,3})-(\d+)((?:-\d+)?)$/.exec(value);
  if (landline) return `${landline[1] ?? ''}-${maskDigits(landline[2] ?? '')}${landline[3] ?? ''}`;
  return maskDigits(value);
}
