/**
 * Waiting for another writer without freezing. SQLite lets one connection write at a time, and another process (a
 * CLI import, the app's import worker) holds the lock for the length of its transaction. SQLite's own wait (its busy
 * handler) blocks the thread it runs on, so the hosts' connection waits in it only briefly (HOST_BUSY_TIMEOUT_MS);
 * beyond that a call is tried again after a pause in which the event loop serves everything else (reads never wait
 * for a writer in WAL mode), and after DISPATCH_BUSY_WAIT_MS it is answered `db_busy` ("Busy: another import is
 * running, retrying…"), which the renderer and the CLI show and retry. Worker threads, which may block, start their
 * write transaction once the lock is free (`immediateWhenFree`), saying that they wait.
 *
 * A long writer (an import) commits in slices and between two lets a waiting writer go first: a call that meets the
 * lock marks a file beside the database (`<file>-writer-waiting`, touched at every try, removed once it is through),
 * and the import, seeing a fresh mark after a commit, waits (up to YIELD_MAX_MS) until it is gone.
 */
import { statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

/** The mark a writer waiting for the lock leaves beside a database file. */
const markOf = (path: string): string => `${resolve(path)}-writer-waiting`;
/** A mark touched longer ago than this is stale (its writer gave up or was killed). */
const MARK_FRESH_MS = 600;
/** How long an import waits between slices, at most, for waiting writers to go first. */
const YIELD_MAX_MS = 1_000;

/** The database files this process's hosts write to: a call waiting for the lock marks them (see above). */
const marked = new Set<string>();

/** The host connection of `path` marks the file when its calls wait; returns what stops it (the core closing). */
export function markWhenWaiting(path: string): () => void {
  if (path === ':memory:') return () => undefined;
  const mark = markOf(path);
  marked.add(mark);
  return () => {
    marked.delete(mark);
    unmark(mark);
  };
}

function touch(mark: string): void {
  try {
    const now = new Date();
    utimesSync(mark, now, now);
  } catch {
    try {
      writeFileSync(mark, String(process.pid));
    } catch {
      // A read-only folder: the import is not asked to wait, the call still retries.
    }
  }
}

function unmark(mark: string): void {
  try {
    unlinkSync(mark);
  } catch {
    // Already gone (another waiting call was through first).
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Between two slices of a long write (an import, in a worker or the CLI, after a commit): while a writer of the app
 * or the CLI marks that it waits for the lock, this thread waits, so the waiting save goes first; at most
 * YIELD_MAX_MS, and a stale mark is ignored.
 */
export function letWaitingWritersIn(db: Db): void {
  if (db.memory) return;
  const mark = markOf(db.name);
  const until = Date.now() + YIELD_MAX_MS;
  while (Date.now() < until) {
    let touched: number;
    try {
      touched = statSync(mark).mtimeMs;
    } catch {
      return;
    }
    if (Date.now() - touched > MARK_FRESH_MS) return;
    Atomics.wait(pause, 0, 0, 5);
  }
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
  const marks = [...marked];
  marks.forEach(touch);
  const turn = waiting.then(async () => {
    try {
      for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
        marks.forEach(touch);
        await sleep(Math.max(0, Math.min(pause, deadline - Date.now())));
        try {
          return await run();
        } catch (error) {
          if (!isBusy(error) || Date.now() >= deadline) throw error;
        }
      }
    } finally {
      marks.forEach(unmark);
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
