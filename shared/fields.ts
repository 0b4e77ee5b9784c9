/** Field readers and schema pieces shared by forms (react-hook-form) and handlers (validation at the boundary). */
import { z } from 'zod';
import { isCalendarDay, normaliseEmail, normalisePhone, utcToday } from './rules/index';

/** Our schema messages are i18n keys (`phone.tooShort`); zod's own English messages become a generic key. */
export function issueKey(message: string): string {
  return /^[a-z][A-Za-z]*(\.[a-zA-Z_]+)+$/.test(message) ? message : 'field.invalid';
}

/** A UUID in its canonical lower-case form, as every record id is written. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record id: a UUID in its canonical lower-case form (Dossier writes UUIDv7; older versions are read too). */
export const id = z.string().regex(UUID_PATTERN, 'id.invalid');

/** What a person typed into a search or filter box: control characters (a pasted NUL, a tab) read as spaces. */
export const searchText = (max: number) =>
  z
    .string()
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
    .pipe(z.string().max(max, 'text.tooLong'));

/**
 * Field readers shared by the zod schemas below and by `parseCustomer`, which checks a customer without zod: an
 * import checks every row of a file, and the same rules then cost a fraction. A reader returns the stored value, or
 * a Rejection carrying the i18n key of what is wrong.
 */
export class Rejection {
  constructor(readonly message: string) {}
}
/** One Rejection per message: a file of bad rows makes no garbage of them. */
const rejections = new Map<string, Rejection>();
export function reject(message: string): Rejection {
  let r = rejections.get(message);
  if (!r) rejections.set(message, (r = new Rejection(message)));
  return r;
}
/** A value of the wrong type (zod's own messages become this key too). */
export const INVALID = 'field.invalid';
export const isNullish = (v: unknown): v is null | undefined => v === null || v === undefined;

/** Optional free text: trimmed, empty becomes null. */
export function readText(v: unknown, max: number): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  const t = v.trim();
  if (t.length > max) return reject('text.tooLong');
  return t || null;
}

/** One of `values`, or empty (null). */
export function readEnum<T extends string>(v: unknown, values: readonly T[]): T | null | Rejection {
  if (isNullish(v) || v === '') return null;
  return values.includes(v as T) ? (v as T) : reject(INVALID);
}

export function readPhone(v: unknown, allowLandline: boolean): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  if (!v.trim()) return null;
  const r = normalisePhone(v);
  if (!r.ok) return reject(r.code);
  // Any foreign number may be the mobile: many plans (+1) cannot tell a mobile from a fixed line, and lists from
  // abroad put either in their mobile column.
  if (!allowLandline && r.kind === 'landline') return reject('phone.notMobile');
  return r.value;
}

export function readEmail(v: unknown): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  if (!v.trim()) return null;
  const r = normaliseEmail(v);
  return r.ok ? r.value : reject(r.code);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD naming a real day, from the year 100 on (Date.UTC reads 0050 as 1950). */
export function isRealDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 100 && isCalendarDay(year, Number(m[2]), Number(m[3]));
}

export function readBirthDate(v: unknown): string | null | Rejection {
  if (isNullish(v)) return null;
  if (typeof v !== 'string') return reject(INVALID);
  const t = v.trim();
  if (!t) return null;
  if (!isRealDate(t) || t < '1900-01-01') return reject('date.invalid');
  if (t > utcToday()) return reject('date.future');
  return t;
}

/** A zod field around a reader: zod checks the type (and optionality), the reader the rest. */
const via = <T>(read: (v: string | null | undefined) => T | Rejection) =>
  z
    .string()
    .nullish()
    .transform((v, ctx): T => {
      const r = read(v);
      if (!(r instanceof Rejection)) return r;
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    });
export const text = (max: number) => via((v) => readText(v, max));
export const phone = (allowLandline: boolean) => via((v) => readPhone(v, allowLandline));
export const email = via(readEmail);
