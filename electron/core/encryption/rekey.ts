/**
 * Turning encryption on or off and changing the passphrase, in place. The file is re-written page by page by
 * SQLite3 Multiple Ciphers' `rekey`, which needs the file out of WAL mode: the WAL is checkpointed and emptied,
 * the journal switched to DELETE for the rewrite (a crash mid-way is rolled back from that journal), then back.
 * Backups follow the database, so one passphrase opens the file and every backup beside it.
 */
import { chmodSync } from 'node:fs';
import type { BackupSettings } from '../../../shared/backup/types';
import { DossierError } from '../../../shared/result';
import { backupDir, listFolder } from '../backup/files';
import { applyRekey, isEncryptedFile, useSqlcipher } from '../db/cipher';
import { openConnection, type Db } from '../db/open';

/** Re-writes the open database under `passphrase` (null: decrypted). */
export function rekeyDatabase(db: Db, dbPath: string, passphrase: string | null): void {
  const onDisk = dbPath !== ':memory:';
  const wasEncrypted = isEncryptedFile(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  if (onDisk) db.pragma('journal_mode = DELETE');
  try {
    if (!wasEncrypted && passphrase !== null) useSqlcipher(db);
    applyRekey(db, passphrase);
  } finally {
    if (onDisk) db.pragma('journal_mode = WAL');
  }
  if (onDisk) chmodSync(dbPath, 0o600);
}

/** Refuses a passphrase that does not open the database: `current` is asked before a key is changed or removed. */
export function checkPassphrase(dbPath: string, current: string): void {
  if (dbPath === ':memory:') return;
  try {
    openConnection(dbPath, { readonly: true, key: current }).close();
  } catch (error) {
    if (error instanceof DossierError && error.code === 'db_wrong_key')
      throw new DossierError({
        code: 'db_wrong_key',
        message: 'Wrong key',
        issues: [{ path: 'current', code: 'encryption.wrongKey' }],
      });
    throw error;
  }
}

/**
 * One backup file re-written under `passphrase` (null: decrypted); it is opened with the keys this process knows.
 * Answers false when there was nothing to do (a plain backup and no key).
 */
function rekeyFile(path: string, passphrase: string | null): boolean {
  const wasEncrypted = isEncryptedFile(path);
  if (!wasEncrypted && passphrase === null) return false;
  const db = openConnection(path);
  try {
    db.pragma('journal_mode = DELETE');
    if (!wasEncrypted) useSqlcipher(db);
    applyRekey(db, passphrase);
  } finally {
    db.close();
  }
  chmodSync(path, 0o600);
  return true;
}

/** Re-writes every backup of both folders under `passphrase`; answers how many, and the paths that failed. */
export function rekeyBackups(
  dbPath: string,
  settings: BackupSettings,
  passphrase: string | null,
): { rewritten: number; left: string[] } {
  const backups = [
    ...listFolder(backupDir(dbPath), 'data'),
    ...(settings.secondFolder ? listFolder(settings.secondFolder, 'second') : []),
  ];
  const left: string[] = [];
  let rewritten = 0;
  for (const backup of backups) {
    try {
      if (rekeyFile(backup.path, passphrase)) rewritten += 1;
    } catch {
      left.push(backup.path);
    }
  }
  return { rewritten, left };
}
