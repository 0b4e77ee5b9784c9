/** Names of the configurable lists: built-in codes translated, the branch's own entries as typed. */
import { pulledLabel } from '../../../shared/hq/labels';
import type { CategoryLabels } from '../../../shared/hq/types';
import { isMessageKey } from '../../../shared/i18n/index';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';

/** A category: one pulled from head office by the name it gave (`labels`), a built-in code translated, else as typed. */
export function categoryLabel(t: Translate, code: string, labels?: CategoryLabels): string {
  const pulled = labels?.[code];
  if (pulled) return pulledLabel(t, pulled);
  const key = `complaintCategory.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function causeLabel(t: Translate, code: string): string {
  const key = `complaintCause.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export const categoryOptions = (t: Translate, codes: readonly string[], labels?: CategoryLabels): SelectOption[] =>
  codes.map((c) => ({ value: c, label: categoryLabel(t, c, labels) }));

export const causeOptions = (t: Translate, codes: readonly string[]): SelectOption[] =>
  codes.map((c) => ({ value: c, label: causeLabel(t, c) }));
