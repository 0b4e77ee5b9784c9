/**
 * Waiting for another writer without freezing. SQLite lets one connection write at a time, and another process (a
 * CLI import, the app's import worker) holds the lock for the length of its transaction. SQLite's own wait (its busy
 * handler) blocks the thread it runs on, so the hosts' connection waits in it only briefly (HOST_BUSY_TIMEOUT_MS);
 * beyond that a call is tried again after a pause in which the event loop serves everything else (reads never wait
 * for a writer in WAL mode), and after DISPATCH_BUSY_WAIT_MS it is answered `db_busy` ("Busy: another import is
 * running, retrying…"), which the renderer and the CLI show and retry. Worker threads, which may block, start their
 * write transaction once the lock is free (`immediateWhenFree`), saying that they wait.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from './open';

/** How long the hosts' connection waits for the write lock in SQLite's busy handler (blocking its thread). */
export const HOST_BUSY_TIMEOUT_MS = 50;
/** How long a call waits for the write lock, in pauses that leave the event loop free, before it is answered db_busy. */
const DISPATCH_BUSY_WAIT_MS = 2_000;
/** How long a worker's BEGIN IMMEDIATE waits in SQLite before it says again that it is waiting. */
const WORKER_WAIT_MS = 1_000;

function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Another connection holds the lock (SQLITE_BUSY, or SQLITE_LOCKED within this process). */
export function isBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** The calls waiting for the lock, in turn: only the first asks SQLite again, so waiting callers never add up. */
let waiting: Promise<unknown> = Promise.resolve();

/**
 * Runs `run` and, while it fails because another connection holds the lock, runs it again after a growing pause,
 * until `waitMs` has passed; then the busy error goes up (the dispatch answers db_busy). Waiting calls take turns
 * (each try may block the thread for HOST_BUSY_TIMEOUT_MS, so twenty waiting saves must not try at once); a new call
 * tries once first (a read never waits for a writer in WAL mode). A handler's writes are one transaction, rolled
 * back when the lock is refused, so running it again starts from the same state.
 */
export async function retryWhileBusy<T>(run: () => T | Promise<T>, waitMs = DISPATCH_BUSY_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  try {
    return await run();
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
  const turn = waiting.then(async () => {
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      await sleep(Math.max(0, Math.min(pause, deadline - Date.now())));
      try {
        return await run();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
    }
  });
  waiting = turn.catch(() => undefined);
  return turn;
}

/**
 * Runs `work` in a write transaction begun with BEGIN IMMEDIATE, which takes the lock before anything is read or
 * written: while another connection holds it, `onWaiting` is called (it may throw to give up, e.g. on a cancel) and
 * the lock asked for again. Blocks its thread: for worker threads (the import) and the CLI.
 */
export function immediateWhenFree<T>(db: Db, work: () => T, onWaiting: () => void): T {
  let began = false;
  const transaction = db.transaction(() => {
    began = true;
    return work();
  });
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.min(timeout, WORKER_WAIT_MS)}`);
  try {
    for (;;) {
      try {
        return transaction.immediate();
      } catch (error) {
        // Only a refused BEGIN is waited out: nothing of the work has run.
        if (began || !isBusy(error)) throw error;
        onWaiting();
      }
    }
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * After a bulk write (an import) in a worker or the CLI: the write-ahead log copied into the file (FULL waits for the
 * readers to move to the newest snapshot; they are short). Best effort: another writer holding the lock leaves the
 * copy to the next checkpoint.
 */
export function checkpointAfterBulk(db: Db): void {
  if (db.memory) return;
  try {
    db.pragma('wal_checkpoint(FULL)');
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
}
