/**
 * When the running app backs up by itself: once at start, then every N hours it keeps running (hours of use);
 * before a migration and before an import writes (synchronous copies, see copies.ts).
 */
import type { Db } from '../db/open';
import { createBackup, createBackupSync } from './copies';
import { readBackupSettings } from './settings';

const MINUTE_MS = 60_000;

/**
 * Starts the start-up backup and a once-a-minute count of the minutes the app runs; the hours between backups
 * are read at every tick, so a change in Settings applies without a restart. Answers the function that stops it.
 */
export function scheduleBackups(
  db: () => Db,
  dbPath: string,
  workerPath: string | null,
  onError: (error: unknown) => void,
): () => void {
  if (dbPath === ':memory:') return () => {};
  const run = (reason: 'start' | 'periodic') => {
    createBackup(db(), dbPath, reason, readBackupSettings(db()), workerPath).catch((error: unknown) => {
      // Closed while copying (the app quitting): the partial copy is already gone, nothing to tell.
      if (db().open) onError(error);
    });
  };
  run('start');
  let minutes = 0;
  const timer = setInterval(() => {
    if (!db().open) return;
    minutes += 1;
    const hours = readBackupSettings(db()).everyHours;
    if (hours > 0 && minutes >= hours * 60) {
      minutes = 0;
      run('periodic');
    }
  }, MINUTE_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** A backup before a migration changes the file (the connection is open, nothing else runs yet). */
export function backupBeforeMigration(db: Db, dbPath: string): void {
  if (dbPath !== ':memory:') createBackupSync(db, dbPath, 'migration', readBackupSettings(db));
}

/**
 * A backup before an import writes: its transaction's commit is the point of no return but for an undo. Like the
 * import's slices, it waits its turn for the write lock (`onWaiting` may throw to give up).
 */
export function backupBeforeImport(db: Db, onWaiting: () => void = () => undefined): void {
  if (db.name && db.name !== ':memory:' && !db.memory)
    createBackupSync(db, db.name, 'import', readBackupSettings(db), onWaiting);
}
