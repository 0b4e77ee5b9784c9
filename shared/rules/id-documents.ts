/**
 * The identity documents a customer's ID number may come from, each with its own check: the resident ID and the
 * unified social credit code have their own modules; here the documents of people from Hong Kong, Macau, Taiwan
 * and abroad, and the one entry point that checks a number as the document it is said to be.
 */
import { validateCreditCode } from './credit-code';
import { toHalfWidth } from './phone';
import { validateResidentId } from './resident-id';
import { isCalendarDay } from './calendar';

/** A person's documents first (the resident ID is the default), then a company's credit code. */
export const ID_TYPES = [
  'residentId',
  'residencePermit',
  'foreignPermanent',
  'hkMacauPermit',
  'taiwanPermit',
  'passport',
  'creditCode',
] as const;
export type IdType = (typeof ID_TYPES)[number];

type IdDocumentErrorCode =
  | 'residentId.length'
  | 'residentId.format'
  | 'residentId.checkDigit'
  | 'residentId.birthDate'
  | 'creditCode.length'
  | 'creditCode.format'
  | 'creditCode.checkChar'
  | 'residencePermit.format'
  | 'foreignPermanent.format'
  | 'hkMacauPermit.format'
  | 'taiwanPermit.format'
  | 'passport.format';

export type IdDocumentResult =
  | {
      readonly ok: true;
      readonly value: string;
      /** YYYY-MM-DD, for documents whose number carries it. */
      readonly birthDate: string | null;
      readonly gender: 'male' | 'female' | null;
    }
  | { readonly ok: false; readonly code: IdDocumentErrorCode };

const fail = (code: IdDocumentErrorCode): IdDocumentResult => ({ ok: false, code });
const plain = (value: string): IdDocumentResult => ({ ok: true, value, birthDate: null, gender: null });

/** Half-width, capitals, without the spaces people type to group the characters. */
const compact = (raw: string): string => toHalfWidth(raw).replace(/\s/g, '').toUpperCase();

/**
 * 港澳台居民居住证: built like a resident ID (birth date, sequence, MOD 11-2 check digit), with the region 810000
 * (Hong Kong), 820000 (Macau) or 830000 (Taiwan).
 */
function validateResidencePermit(value: string): IdDocumentResult {
  if (!/^8[123]0000\d{11}[\dX]$/.test(value)) return fail('residencePermit.format');
  return validateResidentId(value);
}

/** ICAO 9303 check digit (weights 7, 3, 1; A = 10 … Z = 35), as on the 2004 permanent resident card. */
export function machineReadableCheckDigit(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * ([7, 3, 1][i % 3] ?? 0);
  }
  return String(sum % 10);
}

/**
 * 外国人永久居留身份证. Since December 2023: 18 digits, 9 + acceptance region (2) + nationality (3) + birth date (8)
 * + sequence (3) + the resident ID's check digit. Before: 15 characters, nationality (3 letters) + acceptance region
 * (4 digits) + birth date YYMMDD + 1 digit + an ICAO check digit; its century is not written, so the birth date is
 * checked in either and not taken from it.
 */
function validateForeignPermanent(value: string): IdDocumentResult {
  if (/^9\d{16}[\dX]$/.test(value)) return validateResidentId(value);
  const old = /^[A-Z]{3}\d{4}(\d\d)(\d\d)(\d\d)\d(\d)$/.exec(value);
  if (!old) return fail('foreignPermanent.format');
  const [yy, mm, dd] = [Number(old[1]), Number(old[2]), Number(old[3])];
  if (!isCalendarDay(1900 + yy, mm, dd) && !isCalendarDay(2000 + yy, mm, dd)) return fail('residentId.birthDate');
  if (machineReadableCheckDigit(value.slice(0, 14)) !== old[4]) return fail('residentId.checkDigit');
  return plain(value);
}

/** 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macau) and 8 digits; 10 on the older booklets. */
function validateHkMacauPermit(value: string): IdDocumentResult {
  return /^[HM](\d{8}|\d{10})$/.test(value) ? plain(value) : fail('hkMacauPermit.format');
}

/** 台湾居民来往大陆通行证 (台胞证): 8 digits on the card; 10 digits, maybe with a letter in brackets, on booklets. */
function validateTaiwanPermit(value: string): IdDocumentResult {
  return /^(\d{8}|\d{10}(\([A-Z]\))?)$/.test(value) ? plain(value) : fail('taiwanPermit.format');
}

/** Passports of every country: 5 to 17 letters and digits, at least one of them a digit (E12345678, EA1234567). */
function validatePassport(value: string): IdDocumentResult {
  return /^(?=.*\d)[A-Z\d]{5,17}$/.test(value) ? plain(value) : fail('passport.format');
}

/** Checks a number as the document it is said to be; the stored form is half-width capitals without spaces. */
export function validateIdDocument(type: IdType, raw: string): IdDocumentResult {
  const value = compact(raw);
  switch (type) {
    case 'residentId':
      return validateResidentId(raw);
    case 'creditCode': {
      const r = validateCreditCode(raw);
      return r.ok ? plain(r.value) : r;
    }
    case 'residencePermit':
      return validateResidencePermit(value);
    case 'foreignPermanent':
      return validateForeignPermanent(value);
    case 'hkMacauPermit':
      return validateHkMacauPermit(value);
    case 'taiwanPermit':
      return validateTaiwanPermit(value);
    case 'passport':
      return validatePassport(value);
  }
}

/** The documents a person's number may be from, and the one a company's is. */
export const idTypeFitsKind = (type: IdType, kind: 'person' | 'company'): boolean =>
  (type === 'creditCode') === (kind === 'company');
