/** How classes and shares read on the segment screens. */
import type { Scheme } from '../../../shared/segments/classes';
import type { Language } from '../../../shared/i18n/languages';
import type { Translate } from '../i18n/I18nContext';

/** The class's name in the active language: "A", "重要价值", "No purchase". */
export function classLabel(t: Translate, scheme: Scheme, value: string): string {
  return t(`segments.class.${scheme}.${value}` as Parameters<Translate>[0]);
}

/** The customer list filtered to exactly the customers of a class. */
export const classListPath = (scheme: Scheme, value: string): string => `/?class=${scheme}:${value}`;

/** A share 0–1 with one decimal: 61.2%. */
export function shareLabel(language: Language, share: number): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}
