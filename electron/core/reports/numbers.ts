/** Figures as a printed report writes them, in the report's language: counts, money (fen → ¥), percents, dates. */
import type { Language } from '../../../shared/i18n/languages';

export interface ReportNumbers {
  readonly count: (n: number) => string;
  /** Integer fen as yuan with two decimals: ¥1,234.50. */
  readonly money: (fen: number) => string;
  /** A percent already computed (26.67 → 26.67 %); a dash without a base. */
  readonly percent: (p: number | null) => string;
  /** A share 0–1 (0.4286 → 42.9 %). */
  readonly share: (s: number | null) => string;
  /** A score or average with up to two decimals; a dash for none. */
  readonly decimal: (x: number | null) => string;
}

export const DASH = '—';

const cache = new Map<Language, ReportNumbers>();

export function reportNumbers(language: Language): ReportNumbers {
  const cached = cache.get(language);
  if (cached) return cached;
  const count = new Intl.NumberFormat(language);
  const money = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  });
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const numbers: ReportNumbers = {
    count: (n) => count.format(n),
    money: (fen) => money.format(fen / 100),
    percent: (p) => (p === null ? DASH : `${percent.format(p)} %`),
    share: (s) => (s === null ? DASH : share.format(s)),
    decimal: (x) => (x === null ? DASH : decimal.format(x)),
  };
  cache.set(language, numbers);
  return numbers;
}
