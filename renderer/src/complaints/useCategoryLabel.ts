/** A complaint category's name as the branch reads it, with the names head office gave a list pulled from it. */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useT } from '../i18n/I18nContext';
import { categoryLabel } from './labels';
import { complaintQueries } from './queries';

export function useCategoryLabel(): (code: string) => string {
  const t = useT();
  const labels = useQuery(complaintQueries.settings()).data?.categoryLabels;
  return useCallback((code: string) => categoryLabel(t, code, labels), [t, labels]);
}
