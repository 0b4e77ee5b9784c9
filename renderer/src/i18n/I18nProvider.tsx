import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { languageFromLocale, translate } from '../../../shared/i18n/index';
import { queries } from '../api/queries';
import { createFormatters } from './format';
import { I18nContext, type I18n } from './I18nContext';

/** Picks the language from the saved setting (else the system locale) and keeps <html lang> in step. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const settings = useQuery(queries.settings());
  const preference = settings.data?.language ?? null;
  const language = preference ?? languageFromLocale(navigator.language);

  const value = useMemo<I18n>(
    () => ({
      language,
      preference,
      t: (key, params) => translate(language, key, params),
      format: createFormatters(language),
    }),
    [language, preference],
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.name');
  }, [language]);

  // Wait for the saved language so the UI does not flash in the other one; a failure falls back to the system's.
  if (settings.isPending) return null;
  return <I18nContext value={value}>{children}</I18nContext>;
}
