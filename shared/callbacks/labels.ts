/** Call-back labels that depend on the branch's own lists, the same in the app, the CLI and the core's texts. */
import { pulledLabel } from '../hq/labels';
import type { CategoryLabels } from '../hq/types';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/index';
import type { CadenceMode, CadenceUnit } from './vocabulary';

/**
 * An answer category as people read it: a category pulled from head office by the name it gave, built-in codes
 * translated, the branch's own categories as typed.
 */
export function answerText(
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string,
  category: string,
  labels?: CategoryLabels,
): string {
  const pulled = labels?.[category];
  if (pulled) return pulledLabel(t, pulled);
  const key = `answerCategory.${category}`;
  return isMessageKey(key) ? t(key) : category;
}

/**
 * A cadence as people read it: "Every 2 weeks", "1 month after the last contact". `every` may be what is being typed
 * ("3", or "N" while empty); English picks "day" or "days" by it.
 */
export function cadenceText(t: Translate, mode: CadenceMode, every: number | string, unit: CadenceUnit): string {
  return t(`cadenceMode.${mode}`, { every, unit: t(`cadenceUnit.counted.${unit}`, { count: every }) });
}
