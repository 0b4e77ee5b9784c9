/** Call-back labels that depend on the branch's own lists. */
import { isMessageKey } from '../../../shared/i18n/index';
import type { Translate } from '../i18n/I18nContext';

/** An answer category as people read it: built-in codes translated, the branch's own categories as typed. */
export function answerText(t: Translate, category: string): string {
  const key = `answerCategory.${category}`;
  return isMessageKey(key) ? t(key) : category;
}
