/** Names of the configurable lists: built-in codes translated, the branch's own entries as typed. */
import { isMessageKey } from '../../../shared/i18n/index';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';

export function categoryLabel(t: Translate, code: string): string {
  const key = `complaintCategory.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function causeLabel(t: Translate, code: string): string {
  const key = `complaintCause.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export const categoryOptions = (t: Translate, codes: readonly string[]): SelectOption[] =>
  codes.map((c) => ({ value: c, label: categoryLabel(t, c) }));

export const causeOptions = (t: Translate, codes: readonly string[]): SelectOption[] =>
  codes.map((c) => ({ value: c, label: causeLabel(t, c) }));
