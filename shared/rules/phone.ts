/** Phone numbers as typed at a Chinese branch counter: mainland mobiles, landlines, foreign numbers. */

type PhoneKind = 'mobile' | 'landline' | 'international';

type PhoneErrorCode = 'phone.empty' | 'phone.tooShort' | 'phone.tooLong' | 'phone.invalid';

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
// E.164: country code + subscriber number, at most 15 digits; below 8 nothing real is left.
const INTERNATIONAL_MIN = 8;
const INTERNATIONAL_MAX = 15;

/** Spaces, hyphen-like dashes (- ‐ – —), dots, parentheses and slashes only group digits. */
const SEPARATORS = /[\s\-\u2010\u2013\u2014.()/]/g;
/** `… ext 123`, `…x123`, `… 转 123`, `… 分机 123`, `…#123` */
const EXPLICIT_EXTENSION = /^(.*?)[\s\-\u2010\u2013\u2014]*(?:ext|x|转|分机|#)[\s.:：]*(\d+)\s*$/i;
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

/** A number without extension, already half-width and trimmed. */
function parseNumber(s: string): PhoneResult {
  const compact = s.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return fail('phone.invalid');

  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international !== null) {
    if (international.startsWith('86')) return parseMainland(international.slice(2), true);
    if (international.length < INTERNATIONAL_MIN) return fail('phone.tooShort');
    if (international.length > INTERNATIONAL_MAX) return fail('phone.tooLong');
    if (international.startsWith('0')) return fail('phone.invalid');
    return ok(`+${international}`, 'international');
  }
  // A bare 86 is only a country code when a whole mobile follows; otherwise it may be the number itself.
  if (compact.length === 13 && /^861[3-9]/.test(compact)) return parseMainland(compact.slice(2), true);
  return parseMainland(compact, false);
}

function withExtension(main: PhoneResult, extension: string): PhoneResult {
  if (!main.ok) return main;
  if (main.kind !== 'landline' || extension.length > EXTENSION_MAX) return fail('phone.invalid');
  return ok(`${main.value}-${extension}`, 'landline');
}

export function normalisePhone(raw: string): PhoneResult {
  const s = toHalfWidth(raw).trim();
  if (s === '') return fail('phone.empty');

  const explicit = EXPLICIT_EXTENSION.exec(s);
  if (explicit) return withExtension(parseNumber(explicit[1] ?? ''), explicit[2] ?? '');

  const whole = parseNumber(s);
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

/** For lists and printouts: '138****5678', '010-****5678', otherwise only the last four digits. */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(-VISIBLE_TAIL)}`;
  const landline = /^(0\d{2,3})-(\d+)((?:-\d+)?)$/.exec(value);
  if (landline) return `${landline[1] ?? ''}-${maskDigits(landline[2] ?? '')}${landline[3] ?? ''}`;
  return maskDigits(value);
}
