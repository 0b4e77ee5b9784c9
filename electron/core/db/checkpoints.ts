/**
 * When the write-ahead log is copied into the database file. SQLite does it by default in the write that finds the
 * log past 1,000 pages, on that write's thread; after another process's import (a log of 100 MB) that write would be
 * the app's next small save, on the thread that serves every window, for a second or more. So the hosts' connection
 * never copies the log in a write (`wal_autocheckpoint = 0`): a timer copies it while it is small, bulk writers (the
 * import's worker, the CLI) copy their own log right after they commit (busy.ts, checkpointAfterBulk), and a large
 * log nobody copied is copied by the timer after a while all the same.
 */
import { statSync } from 'node:fs';
import type { Db } from './open';
import { isBusy } from './busy';

const EVERY_MS = 10_000;
/** A log this small is copied in a few milliseconds. */
const SMALL_BYTES = 8 * 1024 * 1024;
/** Ticks a large log is left for its writer before the timer copies it anyway. */
const PATIENCE = 6;

function walSize(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

/** Turns the connection's own checkpoints off and starts the timer; answers its stop. */
export function scheduleCheckpoints(db: () => Db, path: string): () => void {
  if (path === ':memory:') return () => undefined;
  db().pragma('wal_autocheckpoint = 0');
  let waited = 0;
  const timer = setInterval(() => {
    const size = walSize(path);
    if (size === 0) return;
    if (size > SMALL_BYTES && ++waited < PATIENCE) return;
    waited = 0;
    try {
      db().pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      if (!isBusy(error)) throw error;
    }
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
