/** Names of records pulled from head office, in the reader's language (or the one name head office gave). */
import type { MessageKey } from '../i18n/index';
import type { PulledLabel } from './types';

export function pulledLabel(
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string,
  label: PulledLabel,
): string {
  const zh = label.zh.trim() || label.en.trim();
  const en = label.en.trim() || label.zh.trim();
  return t('hq.pulledLabel', { zh, en });
}
