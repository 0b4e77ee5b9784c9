/** How a printed report writes dates, money and numbers in its language, and phone and ID numbers masked or not. */
import type { Language } from '../../../shared/i18n/languages';
import { maskPhone } from '../../../shared/rules/phone';
import { maskResidentId } from '../../../shared/rules/resident-id';

export interface ReportFormat {
  /** A calendar date (YYYY-MM-DD): 2024年5月1日, May 1, 2024. */
  readonly date: (day: string | null | undefined) => string;
  /** Money stored as fen, in yuan: ¥1,234.50. */
  readonly money: (fen: number) => string;
  readonly number: (n: number) => string;
  /** A share 0–1: 61.2%. */
  readonly percent: (share: number) => string;
  /** A stored phone number: 138****5678 unless unmasked. */
  readonly phone: (value: string | null | undefined) => string | null;
  /** An ID document number: 110101********1234 unless unmasked. */
  readonly idNumber: (value: string | null | undefined) => string | null;
}

export function reportFormat(lang: Language, unmask: boolean): ReportFormat {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(lang);
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    date: (day) => (day ? date.format(new Date(`${day.slice(0, 10)}T00:00:00Z`)) : ''),
    money: (fen) => money.format(fen / 100),
    number: (n) => number.format(n),
    percent: (share) => percent.format(share),
    phone: (value) => (value ? (unmask ? value : maskPhone(value)) : null),
    idNumber: (value) => (value ? (unmask ? value : maskResidentId(value)) : null),
  };
}
