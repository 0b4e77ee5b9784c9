/**
 * Restoring a backup. A file is restored only when it is a Dossier database, not newer than this version and
 * intact; the state it replaces is backed up first, so a restore can be undone from the list. Into the running
 * database the copy goes with SQLite's backup API, which commits it as one transaction (a killed restore leaves
 * the database as it was); a database too damaged to open is moved aside and the backup put in its place.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupSettings, RestoreResult } from '../../../shared/backup/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { LATEST_VERSION } from '../db/migrations/index';
import { migrate, openConnection, type Db } from '../db/open';
import { checkInWorker, createBackup } from './copies';
import { backupDir, checkFile, finishCopy, listFolder, recordCheck } from './files';

type Check = ReturnType<typeof checkFile>;

/**
 * Refuses a file that is missing, not a Dossier database, newer than this version, or damaged. `checked`: the file's
 * check when the caller has made it already (off the host's thread).
 */
export function checkRestorable(path: string, checked?: Check): void {
  if (!existsSync(path))
    throw new DossierError({
      code: 'not_found',
      message: `No file at ${path}`,
      issues: [{ path: 'path', code: 'backup.fileMissing' }],
      details: { path },
    });
  const check = checked ?? checkFile(path);
  if ((check.schemaVersion ?? 0) > LATEST_VERSION)
    throw new DossierError({
      code: 'db_too_new',
      message: `${path} was written by a newer Dossier (schema ${check.schemaVersion}, this version knows ${LATEST_VERSION})`,
      details: { path, found: check.schemaVersion ?? 0, supported: LATEST_VERSION },
    });
  if (check.verdict !== 'ok')
    throw new DossierError({
      code: 'db_corrupt',
      message: `${path} is damaged: ${check.problem ?? ''}`,
      issues: [{ path: 'path', code: 'backup.damaged' }],
      details: { path, problem: check.problem ?? '' },
    });
  if (!check.dossier)
    throw new DossierError({
      code: 'validation',
      message: `${path} is not a Dossier database`,
      issues: [{ path: 'path', code: 'backup.notDossier' }],
      details: { path },
    });
}

/**
 * Restores `file` into the running database: checked, the current state backed up (both in the backup worker when
 * `workerPath` names one), the file's pages copied in one transaction, then migrated to this version and the restore
 * audited in the restored history.
 */
export async function restoreInto(
  db: Db,
  dbPath: string,
  file: string,
  settings: BackupSettings,
  staffId: string | null,
  workerPath: string | null = null,
): Promise<RestoreResult> {
  checkRestorable(file, existsSync(file) ? await checkInWorker(file, dbPath, workerPath) : undefined);
  const undoBackup = await createBackup(db, dbPath, 'restore', settings, workerPath);
  const source = openConnection(file, { readonly: true });
  try {
    // All pages in one step: the destination's write transaction commits once, so no one sees half a restore.
    await source.backup(dbPath, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  migrate(db);
  audit(db, {
    entity: 'backup',
    entityId: file,
    action: 'restore',
    staffId,
    changes: { restoredFrom: [null, file], undoBackup: [null, undoBackup.path] },
  });
  return { undoBackup, restored: file };
}

/** The newest backup in the data folder that a fresh check finds intact and this version can open. */
export function newestGoodBackup(dbPath: string): BackupEntry | null {
  for (const backup of listFolder(backupDir(dbPath), 'data')) {
    if (backup.verdict === 'damaged') continue;
    const check = checkFile(backup.path);
    if (check.verdict === 'ok' && check.dossier && (check.schemaVersion ?? 0) <= LATEST_VERSION) return backup;
  }
  return null;
}

/**
 * Puts a backup in place of a database that cannot be opened (nothing has it open): the damaged file and its
 * journal are kept beside it as `…damaged-<time>`, the backup copied in under a partial name and renamed.
 */
export function replaceDamaged(dbPath: string, file: string): { movedAside: string } {
  checkRestorable(file);
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const movedAside = `${dbPath}.damaged-${stamp}`;
  const partial = `${dbPath}.partial`;
  copyFileSync(file, partial);
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, movedAside + suffix);
  if (existsSync(dbPath)) renameSync(dbPath, movedAside);
  finishCopy(partial, dbPath);
  return { movedAside };
}

/** Removes a partial copy a killed replacement left beside the database. */
export function removeStaleRestore(dbPath: string): void {
  rmSync(`${dbPath}.partial`, { force: true });
}

/** Re-checks a backup (in the backup worker when `workerPath` names one) and records the verdict beside it. */
export async function verifyBackup(
  entry: BackupEntry,
  dbPath: string,
  workerPath: string | null,
): Promise<BackupEntry> {
  const check = await checkInWorker(entry.path, dbPath, workerPath);
  recordCheck(entry.path, entry.createdAt, entry.reason, check);
  const dir = join(entry.path, '..');
  return listFolder(dir, entry.folder).find((b) => b.name === entry.name) ?? entry;
}
