/** Shares and averages as the branch reports print them. */
import type { Language } from '../../../shared/i18n/languages';
import type { Translate } from '../i18n/I18nContext';

const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/**
 * A report percent (0–100, already rounded to two decimals by the core) with both decimals: 78.86%, 3.10%.
 * Null (nothing to divide by) is a dash.
 */
export function percentLabel(t: Translate, language: Language, percent: number | null): string {
  if (percent === null) return t('common.empty');
  return new Intl.NumberFormat(language, { style: 'percent', ...twoDecimals }).format(percent / 100);
}

/** An average score (already rounded by the core) with both decimals, so a column of them lines up: 4.00, 3.53. */
export function averageLabel(t: Translate, language: Language, average: number | null): string {
  if (average === null) return t('common.empty');
  return new Intl.NumberFormat(language, twoDecimals).format(average);
}
