/** The active language, a translator bound to it, and Intl formatters for the same language. */
import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import type { Translate } from '../../../shared/i18n/index';
import type { Formatters } from './format';

export type { Translate };

export interface I18n {
  /** The language the UI is shown in. */
  readonly language: Language;
  /** The saved choice; null follows the operating system. */
  readonly preference: Language | null;
  readonly t: Translate;
  readonly format: Formatters;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}
