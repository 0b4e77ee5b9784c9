/** PRC resident identity card number (居民身份证号), GB 11643-1999: 6 region + 8 birth date + 3 sequence + 1 check. */
import { isCalendarDay, localDate } from './calendar';
import { toHalfWidth } from './phone';

type ResidentIdErrorCode = 'residentId.length' | 'residentId.format' | 'residentId.checkDigit' | 'residentId.birthDate';

export type ResidentIdResult =
  | {
      readonly ok: true;
      readonly value: string;
      /** YYYY-MM-DD */
      readonly birthDate: string;
      readonly gender: 'male' | 'female';
    }
  | { readonly ok: false; readonly code: ResidentIdErrorCode };

const LENGTH = 18;
const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const MIN_BIRTH_YEAR = 1900;

/** ISO 7064 MOD 11-2 check character over the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`residentIdCheckChar needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

export function validateResidentId(raw: string): ResidentIdResult {
  const value = toHalfWidth(raw).replace(/\s/g, '').toUpperCase();
  if (value.length !== LENGTH) return { ok: false, code: 'residentId.length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, code: 'residentId.format' };

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (year < MIN_BIRTH_YEAR || !isCalendarDay(year, month, day) || birthDate > localDate()) {
    return { ok: false, code: 'residentId.birthDate' };
  }

  if (residentIdCheckChar(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, code: 'residentId.checkDigit' };

  // The 17th character is the sequence number's last digit: odd for men, even for women.
  const gender = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, gender };
}

/** For lists and printouts: region and last four stay, the birth date is hidden: '110105********002X'. */
export function maskResidentId(value: string): string {
  const head = 6;
  const tail = 4;
  if (value.length <= head + tail) return '*'.repeat(Math.max(0, value.length - tail)) + value.slice(-tail);
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(-tail);
}
