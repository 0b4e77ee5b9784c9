/**
 * The default region: where a number typed without country code is read (CN unless the settings say otherwise).
 * It is the setting's copy for this process (the core sets it when it opens the database and when the setting
 * changes, each import worker when it starts, the renderer when the settings load), so every reader of a phone
 * (forms, handlers, imports, the CLI) reads numbers the same way.
 */
import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';

export type PhoneRegion = CountryCode;

export const DEFAULT_PHONE_REGION: PhoneRegion = 'CN';

/** Every region whose numbering plan the phone rules know (ISO 3166 codes: CN, HK, MO, TW, US, GB …). */
export const PHONE_REGIONS: readonly PhoneRegion[] = getCountries();

/** The country calling code of a region: 852 for HK. */
export function callingCode(region: PhoneRegion): string {
  return getCountryCallingCode(region);
}

export function isPhoneRegion(v: unknown): v is PhoneRegion {
  return typeof v === 'string' && (PHONE_REGIONS as readonly string[]).includes(v);
}

let current: PhoneRegion = DEFAULT_PHONE_REGION;

export function defaultPhoneRegion(): PhoneRegion {
  return current;
}

export function setDefaultPhoneRegion(region: PhoneRegion): void {
  current = region;
}
