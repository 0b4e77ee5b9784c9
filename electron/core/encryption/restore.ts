/**
 * Restoring when the database or the backup is encrypted. SQLite's backup API cannot copy into an encrypted file
 * (the connection it opens on the target has no key), so the checked backup is copied beside the database under
 * a partial name, the database closed, the copy renamed over it (its WAL removed after a full checkpoint) and the
 * file opened again. The state it replaces is backed up first, so the restore can be undone from the list.
 */
import { copyFileSync, rmSync } from 'node:fs';
import type { BackupSettings, RestoreResult } from '../../../shared/backup/types';
import { audit } from '../audit/log';
import { createBackupSync } from '../backup/copies';
import { finishCopy } from '../backup/files';
import { checkRestorable } from '../backup/restore';
import { writeBackupSettings } from '../backup/settings';
import { isEncryptedFile, knownKeys } from '../db/cipher';
import { migrate, type Db } from '../db/open';
import { rekeyDatabase } from './rekey';

export function restoreEncrypted(
  db: Db,
  dbPath: string,
  file: string,
  settings: BackupSettings,
  staffId: string | null,
  reopen: (replace: () => void) => Db,
): RestoreResult {
  checkRestorable(file);
  const encrypted = isEncryptedFile(dbPath);
  const undoBackup = createBackupSync(db, dbPath, 'restore', settings);
  const partial = `${dbPath}.partial`;
  copyFileSync(file, partial);
  db.pragma('wal_checkpoint(TRUNCATE)');
  let restored = reopen(() => {
    for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    finishCopy(partial, dbPath);
  });
  // A backup from before encryption was turned on is encrypted again: the database stays as the user set it.
  const key = knownKeys()[0];
  if (encrypted && !isEncryptedFile(dbPath) && key !== undefined)
    restored = rekeyDatabase(restored, dbPath, key, reopen);
  migrate(restored);
  audit(restored, {
    entity: 'backup',
    entityId: file,
    action: 'restore',
    staffId,
    changes: { restoredFrom: [null, file], undoBackup: [null, undoBackup.path] },
  });
  // The restored file has its own settings; where backups go and how many are kept stays as it was.
  writeBackupSettings(restored, settings, staffId);
  return { undoBackup, restored: file };
}
