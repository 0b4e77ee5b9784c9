import type { Settings } from '../../../shared/settings/types';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import {
  DEFAULT_PHONE_REGION,
  isPhoneRegion,
  setDefaultPhoneRegion,
  type PhoneRegion,
} from '../../../shared/rules/phone-region';
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
  const phoneRegion = readSetting(db, 'phoneRegion');
  return {
    language: (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : null,
    currentStaffId: readSetting(db, 'currentStaffId'),
    phoneRegion: isPhoneRegion(phoneRegion) ? phoneRegion : DEFAULT_PHONE_REGION,
  };
}

/** Phones are read in the stored default region from here on, in this process (each import worker calls it too). */
export function applyPhoneRegion(db: Db): void {
  setDefaultPhoneRegion(getSettings(db).phoneRegion);
}

export function updateSettings(
  db: Db,
  patch: { language?: Language | null; currentStaffId?: string | null; phoneRegion?: PhoneRegion | null },
): Settings {
  if (patch.language !== undefined) writeSetting(db, 'language', patch.language);
  if (patch.currentStaffId !== undefined) writeSetting(db, 'currentStaffId', patch.currentStaffId);
  if (patch.phoneRegion !== undefined) {
    writeSetting(db, 'phoneRegion', patch.phoneRegion);
    applyPhoneRegion(db);
  }
  return getSettings(db);
}
