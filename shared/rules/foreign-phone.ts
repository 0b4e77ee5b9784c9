/**
 * Numbers outside the mainland plan (Hong Kong, Macau, Taiwan, everywhere else), read with libphonenumber-js.
 * The mainland rules in phone.ts run first and answer most numbers alone; this is consulted only when they do not
 * match. A foreign number is stored in E.164 (`+85291234567`), an extension after it as RFC 3966 writes it
 * (`+14391711846;ext=4636`): one form per number, its digits searchable, and read back the same on import.
 */
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { PhoneErrorCode } from './phone';

const MAINLAND_CODE = '86';
const EXTENSION_MARK = ';ext=';

type ForeignResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: PhoneErrorCode };

/**
 * Digits after a `+` or `00` (country code first). A number is kept when its length fits its country's plan: lists
 * from other systems hold numbers no carrier has assigned yet, and refusing those would refuse the whole row.
 */
export function withCountryCode(digits: string): ForeignResult {
  const e164 = `+${digits}`;
  switch (validatePhoneNumberLength(e164)) {
    case undefined: {
      const parsed = parsePhoneNumberFromString(e164);
      return parsed ? { ok: true, value: parsed.number } : { ok: false, code: 'phone.invalid' };
    }
    case 'TOO_SHORT':
      return { ok: false, code: 'phone.tooShort' };
    case 'TOO_LONG':
      return { ok: false, code: 'phone.tooLong' };
    default:
      return { ok: false, code: 'phone.invalid' };
  }
}

const isForeignValid = (n: PhoneNumber | undefined): n is PhoneNumber =>
  n !== undefined && n.countryCallingCode !== MAINLAND_CODE && n.isValid();

/**
 * A number without `+` that the mainland rules refused, read as a number of the default region (`9123 4567` when it
 * is HK). It must be one the plan has assigned, not just the right length: digits alone are too weak a sign. Never
 * a mainland number: those are the mainland rules' to read.
 */
export function inRegion(compact: string, region: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(compact, region);
  return isForeignValid(parsed) ? parsed.number : null;
}

/** Digits that begin with a country code written without `+` (`(852) 2123 4567`), valid as in inRegion. */
export function afterCountryCode(compact: string): string | null {
  const parsed = parsePhoneNumberFromString(`+${compact}`);
  return isForeignValid(parsed) ? parsed.number : null;
}

export function withForeignExtension(e164: string, extension: string): string {
  return `${e164}${EXTENSION_MARK}${extension}`;
}

/** A stored mainland number as E.164 (`010-12345678-123` → `+861012345678;ext=123`). */
function mainlandE164(value: string): string {
  const [area = '', local = '', extension] = value.split('-');
  const national = local ? `${area.slice(1)}${local}` : area;
  return extension ? withForeignExtension(`+86${national}`, extension) : `+86${national}`;
}

/**
 * A stored number for people to read: the national form when it belongs to the default region, international
 * otherwise (`+1 439 171 1846 ext. 4636`). Mainland numbers read as stored (13812345678, 010-12345678) while the
 * region is CN.
 */
export function formatPhone(value: string, region: CountryCode): string {
  const foreign = value.startsWith('+');
  if (!foreign && region === 'CN') return value;
  const parsed = parsePhoneNumberFromString(foreign ? value : mainlandE164(value));
  if (!parsed) return value;
  return parsed.country === region ? parsed.formatNational() : parsed.formatInternational();
}
