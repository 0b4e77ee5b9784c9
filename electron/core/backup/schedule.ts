/**
 * When the running app backs up by itself: once at start, then every N hours it keeps running (hours of use);
 * before a migration and before an import writes (synchronous copies, see copies.ts).
 */
import type { Db } from '../db/open';
import { createBackup, createBackupSync } from './copies';
import { readBackupSettings } from './settings';

const HOUR_MS = 3_600_000;

/** Starts the start-up backup and the timer; answers the function that stops the timer. */
export function scheduleBackups(db: () => Db, dbPath: string, onError: (error: unknown) => void): () => void {
  if (dbPath === ':memory:') return () => {};
  const run = (reason: 'start' | 'periodic') => {
    createBackup(db(), dbPath, reason, readBackupSettings(db())).catch((error: unknown) => {
      // Closed while copying (the app quitting): the partial copy is already gone, nothing to tell.
      if (db().open) onError(error);
    });
  };
  run('start');
  let timer: NodeJS.Timeout | null = null;
  const hours = readBackupSettings(db()).everyHours;
  if (hours > 0) {
    timer = setInterval(() => run('periodic'), hours * HOUR_MS);
    timer.unref();
  }
  return () => {
    if (timer) clearInterval(timer);
  };
}

/** A backup before a migration changes the file (the connection is open, nothing else runs yet). */
export function backupBeforeMigration(db: Db, dbPath: string): void {
  if (dbPath !== ':memory:') createBackupSync(db, dbPath, 'migration', readBackupSettings(db));
}

/** A backup before an import writes: its transaction's commit is the point of no return but for an undo. */
export function backupBeforeImport(db: Db): void {
  if (db.name && db.name !== ':memory:' && !db.memory) createBackupSync(db, db.name, 'import', readBackupSettings(db));
}
