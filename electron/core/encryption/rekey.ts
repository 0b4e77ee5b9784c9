/**
 * Turning encryption on or off and changing the passphrase. SQLite3 Multiple Ciphers' `rekey` re-writes a file page
 * by page, and a crash half-way through leaves pages under both keys that its rollback journal does not repair (a
 * killed change of passphrase left a file neither passphrase opened). So the work is done on a copy: `VACUUM INTO`
 * a `.rekey` file beside the database (a consistent copy under the current key), the copy re-keyed, checked, then
 * renamed over the database while it is closed (`reopen`). A crash at any point leaves the old file whole, or the new
 * one; a `.rekey` left behind is only ever a copy. Another process's commit between the copy and the swap would be
 * lost, so the swap is made only if none came in (`data_version`), holding the write lock meanwhile.
 * Backups follow the database the same way, one copy at a time, so one passphrase opens the file and every backup.
 */
import { chmodSync, copyFileSync, renameSync, rmSync } from 'node:fs';
import type { BackupSettings } from '../../../shared/backup/types';
import { DossierError } from '../../../shared/result';
import { backupDir, listFolder } from '../backup/files';
import { applyRekey, isEncryptedFile, NEW_FILE_SCHEME, useScheme } from '../db/cipher';
import { openConnection, type Db } from '../db/open';
import { vacuumInto } from '../db/cache';

/** Closes the app's connection, runs `replace` on the closed file, and answers the connection opened again. */
export type Reopen = (replace: () => void) => Db;

/** Re-writes the file at `path` (closed) under `passphrase` (null: decrypted), with the keys this process knows. */
function rekeyClosedFile(path: string, passphrase: string | null): void {
  const wasEncrypted = isEncryptedFile(path);
  const db = openConnection(path);
  try {
    db.pragma('journal_mode = DELETE');
    // A file encrypted already keeps its scheme (the connection opened with it): SQLite3 Multiple Ciphers cannot
    // change the scheme of an encrypted file in place, only through a decrypted one.
    if (!wasEncrypted) useScheme(db, NEW_FILE_SCHEME);
    applyRekey(db, passphrase);
  } finally {
    db.close();
  }
  // The copy opens under its new key (or none) and is whole, or it is not used.
  const check = openConnection(path, passphrase === null ? {} : { key: passphrase });
  try {
    const verdict = check.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') throw new Error(`the re-keyed copy failed its check: ${String(verdict)}`);
  } finally {
    check.close();
  }
  chmodSync(path, 0o600);
}

/** Re-writes the open database under `passphrase` (null: decrypted); answers the connection to the new file. */
export function rekeyDatabase(db: Db, dbPath: string, passphrase: string | null, reopen: Reopen): Db {
  const copy = `${dbPath}.rekey`;
  rmSync(copy, { force: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  const version = db.pragma('data_version', { simple: true });
  vacuumInto(db, copy);
  try {
    rekeyClosedFile(copy, passphrase);
    // Nothing another process commits may be left behind in the old file: hold the lock, check, then swap.
    db.exec('BEGIN IMMEDIATE');
    if (db.pragma('data_version', { simple: true }) !== version) {
      db.exec('ROLLBACK');
      throw new DossierError({
        code: 'db_busy',
        message: 'Another program changed the database meanwhile; nothing was changed, try again',
      });
    }
  } catch (error) {
    rmSync(copy, { force: true });
    throw error;
  }
  return reopen(() => {
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
    renameSync(copy, dbPath);
  });
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
 * One backup file re-written under `passphrase` (null: decrypted), on a copy renamed over it, so a crash leaves the
 * backup whole under one key. Answers false when there was nothing to do (a plain backup and no key).
 */
function rekeyFile(path: string, passphrase: string | null): boolean {
  if (!isEncryptedFile(path) && passphrase === null) return false;
  const copy = `${path}.rekey`;
  try {
    copyFileSync(path, copy);
    rekeyClosedFile(copy, passphrase);
    renameSync(copy, path);
  } finally {
    rmSync(copy, { force: true });
  }
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
