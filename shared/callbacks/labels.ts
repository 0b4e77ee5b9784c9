/** Call-back labels that depend on the branch's own lists, the same in the app, the CLI and the core's texts. */
import { isMessageKey, type MessageKey } from '../i18n/index';

/** An answer category as people read it: built-in codes translated, the branch's own categories as typed. */
export function answerText(t: (key: MessageKey) => string, category: string): string {
  const key = `answerCategory.${category}`;
  return isMessageKey(key) ? t(key) : category;
}
