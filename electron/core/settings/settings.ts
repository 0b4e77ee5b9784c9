import type { Settings } from '../../../shared/settings/types';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

/** One stored setting, null when it was never written. */
export function readSetting(db: Db, key: string): string | null {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

/** Stores one setting; null removes it. */
export function writeSetting(db: Db, key: string, value: string | null): void {
  if (value === null) stmt(db, 'DELETE FROM settings WHERE key = ?').run(key);
  else
    stmt(
      db,
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

export function getSettings(db: Db): Settings {
  const language = readSetting(db, 'language');
  return {
    language: (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : null,
    currentStaffId: readSetting(db, 'currentStaffId'),
  };
}

export function updateSettings(
  db: Db,
  patch: { language?: Language | null; currentStaffId?: string | null },
): Settings {
  if (patch.language !== undefined) writeSetting(db, 'language', patch.language);
  if (patch.currentStaffId !== undefined) writeSetting(db, 'currentStaffId', patch.currentStaffId);
  return getSettings(db);
}
