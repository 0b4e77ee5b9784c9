/**
 * Figures as the branch's reports write them: counts, money and shares as the report's format writes them
 * (format.ts), and the percents and averages the app's reports compute already rounded (26.67, 4.25), as the
 * screens show them.
 */
import type { Language } from '../../../shared/i18n/languages';
import type { ReportFormat } from './format';

export interface ReportNumbers {
  readonly count: (n: number) => string;
  /** Integer fen as yuan: ¥1,234.50. */
  readonly money: (fen: number) => string;
  /** A percent already computed (26.67 → 26.67%); a dash without a base. */
  readonly percent: (p: number | null) => string;
  /** A share 0–1 (0.4286 → 42.9%); a dash without a base. */
  readonly share: (s: number | null) => string;
  /** A score, an average or hours with up to two decimals; a dash for none. */
  readonly decimal: (x: number | null) => string;
}

export const DASH = '—';

export function reportNumbers(format: ReportFormat, language: Language): ReportNumbers {
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return {
    count: format.number,
    money: format.money,
    percent: (p) => (p === null ? DASH : `${decimal.format(p)}%`),
    share: (s) => (s === null ? DASH : format.percent(s)),
    decimal: (x) => (x === null ? DASH : decimal.format(x)),
  };
}
