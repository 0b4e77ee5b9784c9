/** The message keys of scheme and class names, so every host names a class the same way. */
import type { MessageKey } from '../i18n/en';
import { parseClassKey, type Scheme } from './classes';

/** `segments.class.abc.A`, `segments.class.rfm.important_value`, …: every class of CLASSES has one. */
export const classLabelKey = (scheme: Scheme, cls: string): MessageKey =>
  `segments.class.${scheme}.${cls}` as MessageKey;

export const schemeLabelKey = (scheme: Scheme): MessageKey => `segments.scheme.${scheme}`;

/** A class key by itself in the reader's language ("A 类", "Important value"); an unknown key as it is. */
export function className(t: (key: MessageKey) => string, key: string): string {
  const parsed = parseClassKey(key);
  return parsed ? t(classLabelKey(parsed.scheme, parsed.value)) : key;
}
