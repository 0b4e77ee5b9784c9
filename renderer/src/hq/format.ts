/** How the head-office pages write a rate, an average and a push time. */
import type { I18n } from '../i18n/I18nContext';

type Format = I18n['format'];

export const percentText = (format: Format, rate: number | null): string =>
  rate === null ? '—' : `${format.number(Math.round(rate * 1000) / 10)}%`;

export const decimalText = (format: Format, n: number | null): string => (n === null ? '—' : format.number(n));
