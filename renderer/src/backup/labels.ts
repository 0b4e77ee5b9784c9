/** How a backup reads on screen: its size in the UI's language, and its reason and check as words. */
import type { BackupEntry } from '../../../shared/backup/types';
import type { Language } from '../../../shared/i18n/languages';
import type { Translate } from '../i18n/I18nContext';

const KB = 1024;
const MB = 1024 * KB;

/** 1.4 MB, 820 kB: one decimal at most, in Intl's unit words for the language. */
export function fileSize(language: Language, bytes: number): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'megabyte'] : [Math.max(bytes / KB, 0.1), 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** The local time a backup was made, to the second: two made in the same minute are told apart. */
export function backupTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
}

export const reasonLabel = (t: Translate, backup: BackupEntry): string => t(`backup.reason.${backup.reason}`);
export const verdictLabel = (t: Translate, backup: BackupEntry): string => t(`backup.verdict.${backup.verdict}`);
