/** Backup settings (retention, hours between backups, the second folder): one JSON setting, audited when changed. */
import { DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '../../../shared/backup/types';
import { backupSettingsInput } from '../../../shared/backup/schemas';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/settings';

const KEY = 'backup.settings';

export function readBackupSettings(db: Db): BackupSettings {
  const stored = readSetting(db, KEY);
  if (!stored) return DEFAULT_BACKUP_SETTINGS;
  try {
    const parsed = backupSettingsInput.safeParse(JSON.parse(stored));
    return parsed.success ? { ...DEFAULT_BACKUP_SETTINGS, ...parsed.data } : DEFAULT_BACKUP_SETTINGS;
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export function writeBackupSettings(db: Db, next: BackupSettings, staffId: string | null): BackupSettings {
  db.transaction(() => {
    const before = readBackupSettings(db);
    writeSetting(db, KEY, JSON.stringify(next));
    audit(db, { entity: 'setting', entityId: KEY, action: 'update', staffId, changes: { value: [before, next] } });
  })();
  return readBackupSettings(db);
}
