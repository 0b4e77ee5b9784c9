/**
 * Making a backup: SQLite's online backup (`db.backup()`, consistent while the app keeps working) into a partial
 * file, checked with `integrity_check`, renamed into place, copied to the second folder, and both folders
 * rotated. Where the caller cannot wait (before a migration, before an import writes) the copy is made synchronously
 * from the file's bytes under the write lock (db/file-copy.ts): the caller is about to write anyway, and an encrypted
 * file's pages are not decrypted and encrypted again.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupReason, BackupSettings } from '../../../shared/backup/types';
import { isEncryptedFile } from '../db/cipher';
import { runInWorker, workerBeside } from '../db/offload';
import type { Db } from '../db/open';
import { vacuumInto } from '../db/cache';
import { copyDatabaseFile } from '../db/file-copy';
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

/** A backup while the app runs, with SQLite's online backup API, in this thread. */
async function copyHere(db: Db, dbPath: string, reason: BackupReason, settings: BackupSettings): Promise<BackupEntry> {
  const dir = backupDir(dbPath);
  prepareFolder(dir);
  const at = new Date();
  const partial = join(dir, `${backupName(at, reason)}.partial`);
  try {
    // SQLite's backup API cannot write an encrypted copy (its target connection has no key): VACUUM INTO copies
    // the pages under the database's own key.
    if (isEncryptedFile(dbPath)) vacuumInto(db, partial);
    else await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return finish(dbPath, partial, at, reason, settings);
}

/** What the backup worker is asked: a backup (and the second folder's problem, kept by the host), or a check. */
export type BackupJob =
  | { readonly kind: 'create'; readonly reason: BackupReason; readonly settings: BackupSettings }
  | { readonly kind: 'check'; readonly path: string };

interface Made {
  readonly entry: BackupEntry;
  readonly secondFolderProblem: string | null;
}

export async function runBackupJob(db: Db, job: BackupJob): Promise<Made | ReturnType<typeof checkFile>> {
  if (job.kind === 'check') return checkFile(job.path);
  const dbPath = db.name;
  const entry = await copyHere(db, dbPath, job.reason, job.settings);
  return { entry, secondFolderProblem: secondFolderProblem(dbPath) };
}

/**
 * A backup while the app runs. Copying and checking a large database takes a while (24 s for a 600 MB branch file,
 * most of it the integrity check; see docs/BENCHMARKS.md), so with a bundled worker (`workerPath`) it is made there,
 * on the worker's own connection, and the host's thread stays free; without one, here.
 */
export async function createBackup(
  db: Db,
  dbPath: string,
  reason: BackupReason,
  settings: BackupSettings,
  workerPath: string | null = null,
): Promise<BackupEntry> {
  if (workerPath === null || dbPath === ':memory:') return copyHere(db, dbPath, reason, settings);
  const made = await runInWorker<Made>(workerPath, dbPath, { kind: 'create', reason, settings } satisfies BackupJob);
  if (made.secondFolderProblem === null) secondFolderProblems.delete(dbPath);
  else secondFolderProblems.set(dbPath, made.secondFolderProblem);
  return made.entry;
}

/** The backup worker, bundled beside the import worker (the hosts name that one). */
export const backupWorker = (importWorkerPath: string | null | undefined): string | null =>
  workerBeside(importWorkerPath, 'backup-worker.cjs');

/** A backup's check (integrity_check, the schema), in the backup worker when there is one. */
export function checkInWorker(
  path: string,
  dbPath: string,
  workerPath: string | null,
): Promise<ReturnType<typeof checkFile>> {
  if (workerPath === null || dbPath === ':memory:') return new Promise((resolve) => resolve(checkFile(path)));
  return runInWorker(workerPath, dbPath, { kind: 'check', path } satisfies BackupJob);
}

/**
 * The same backup for a caller that cannot wait (before a migration, before an import writes). `onWaiting`: the
 * caller may block its thread (a worker, the CLI) and the copy waits its turn for the write lock, saying so.
 */
export function createBackupSync(
  db: Db,
  dbPath: string,
  reason: BackupReason,
  settings: BackupSettings,
  onWaiting?: () => void,
): BackupEntry {
  const dir = backupDir(dbPath);
  prepareFolder(dir);
  const at = new Date();
  const partial = join(dir, `${backupName(at, reason)}.partial`);
  try {
    copyDatabaseFile(db, partial, onWaiting);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return finish(dbPath, partial, at, reason, settings);
}
