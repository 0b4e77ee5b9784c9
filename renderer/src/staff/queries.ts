import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { ReassignResult } from '../../../shared/staff/types';
import { api } from '../api/client';
import type { Translate } from '../i18n/I18nContext';

/** Every staff member with what each owns (Settings → Staff); under the pickers' key, so one refetch serves both. */
export const staffOverview = () =>
  queryOptions({ queryKey: ['staff', 'overview'], queryFn: () => api['staff.overview']({}) });

/** After a staff write: the pickers, owner names on customers, and who call-backs are given to. */
export const STAFF_STALE: readonly QueryKey[] = [['staff'], ['customers'], ['callbacks']];

/** "3 customers and 1 open call-back", in the language's plural forms. */
export function ownedText(t: Translate, owned: { readonly customers: number; readonly callbacks: number }): string {
  return t('staff.owned', {
    customers: t('staff.customers', { count: owned.customers }),
    callbacks: t('staff.callbacks', { count: owned.callbacks }),
  });
}

export const reassignedText = (t: Translate, result: ReassignResult, from: string, to: string): string =>
  t('staff.reassigned', { owned: ownedText(t, result), from, to });
