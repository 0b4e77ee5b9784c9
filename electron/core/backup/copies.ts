/**
 * Making a backup: SQLite's online backup (`db.backup()`, consistent while the app keeps working) into a partial
 * file, checked with `integrity_check`, renamed into place, copied to the second folder, and both folders
 * rotated. Where the caller cannot wait (before a migration, before an import writes) the same copy is made
 * synchronously with `VACUUM INTO`, which is also an online, consistent copy.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupReason, BackupSettings } from '../../../shared/backup/types';
import { isEncryptedFile } from '../db/cipher';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import {
  backupDir,
  backupName,
  checkFile,
  finishCopy,
  listFolder,
  prepareFolder,
  recordCheck,
  rotateFolder,
} from './files';

/** Why the second folder could not be written at the last backup, by database path (null: it could). */
const secondFolderProblems = new Map<string, string>();

export function secondFolderProblem(dbPath: string): string | null {
  return secondFolderProblems.get(dbPath) ?? null;
}

/** Checks the partial copy, puts it in place with its record, copies it to the second folder, rotates both. */
function finish(
  dbPath: string,
  partial: string,
  at: Date,
  reason: BackupReason,
  settings: BackupSettings,
): BackupEntry {
  const dir = backupDir(dbPath);
  const name = backupName(at, reason);
  const path = join(dir, name);
  const check = checkFile(partial);
  finishCopy(partial, path);
  recordCheck(path, at.toISOString(), reason, check);
  if (settings.secondFolder) {
    const second = join(settings.secondFolder, name);
    try {
      prepareFolder(settings.secondFolder);
      copyFileSync(path, `${second}.partial`);
      const again = checkFile(`${second}.partial`);
      finishCopy(`${second}.partial`, second);
      recordCheck(second, at.toISOString(), reason, again);
      rotateFolder(settings.secondFolder, 'second', settings.retention, at);
      secondFolderProblems.delete(dbPath);
    } catch (error) {
      rmSync(`${second}.partial`, { force: true });
      secondFolderProblems.set(dbPath, (error as Error).message);
    }
  }
  rotateFolder(dir, 'data', settings.retention, at);
  const made = listFolder(dir, 'data').find((b) => b.name === name);
  if (!made) throw new Error(`The backup ${path} vanished after it was written`);
  return made;
}

/** A backup while the app runs, with SQLite's online backup API. */
export async function createBackup(
  db: Db,
  dbPath: string,
  reason: BackupReason,
  settings: BackupSettings,
): Promise<BackupEntry> {
  const dir = backupDir(dbPath);
  prepareFolder(dir);
  const at = new Date();
  const partial = join(dir, `${backupName(at, reason)}.partial`);
  try {
    // SQLite's backup API cannot write an encrypted copy (its target connection has no key): VACUUM INTO copies
    // the pages under the database's own key.
    if (isEncryptedFile(dbPath)) stmt(db, 'VACUUM INTO ?').run(partial);
    else await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return finish(dbPath, partial, at, reason, settings);
}

/** The same backup for a caller that cannot wait (before a migration, before an import writes). */
export function createBackupSync(db: Db, dbPath: string, reason: BackupReason, settings: BackupSettings): BackupEntry {
  const dir = backupDir(dbPath);
  prepareFolder(dir);
  const at = new Date();
  const partial = join(dir, `${backupName(at, reason)}.partial`);
  try {
    stmt(db, 'VACUUM INTO ?').run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return finish(dbPath, partial, at, reason, settings);
}
