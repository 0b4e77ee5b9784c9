/**
 * Custom fields that hold personal data — a phone or an ID number typed into a field the branch named itself (手机,
 * 电话, 身份证, mobile, phone …) — are masked for staff like the built-in ones. A field is personal when a manager
 * flagged it so (Settings → Personal data), else when its name looks like a phone or an ID document.
 */
import { maskIdNumber, maskPhone } from './mask';

const ID_NAME = /身份证|证件|护照|passport|identity|id\s*card|idcard|\bid\s*(?:number|no)\b/i;
const PHONE_NAME = /手机|电话|座机|移动|联系电话|mobile|phone|\btel\b|telephone|\bcell\b/i;

/** Whether a custom field's name looks like a phone or an ID number (the flag's default). */
export const looksPersonal = (name: string): boolean => ID_NAME.test(name) || PHONE_NAME.test(name);

/** A manager's choices, by field name; a name not in it takes the default (`looksPersonal`). */
export type PersonalFieldFlags = Readonly<Record<string, boolean>>;

export const isPersonalField = (name: string, flags: PersonalFieldFlags): boolean =>
  Object.hasOwn(flags, name) ? flags[name] === true : looksPersonal(name);

/** A personal custom field's value as staff see it: an ID number's mask for an ID-like name, else a phone's. */
export const maskCustomValue = (name: string, value: string): string =>
  (ID_NAME.test(name) ? maskIdNumber(value) : maskPhone(value)) ?? value;
