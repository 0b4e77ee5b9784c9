/**
 * Where an erase runs. Erasing rewrites the whole file (VACUUM, see erase.ts): seconds on a large branch database
 * (9.4 s for one customer of 100k with their history, measured with `dossier customer erase`). With a bundled
 * worker the erase runs there on its own connection and the host's thread stays free; without one (tests,
 * in-memory databases) it runs in this thread.
 */
import type { EraseResult } from '../../../shared/privacy/types';
import { runInWorker, workerBeside } from '../db/offload';
import type { Db } from '../db/open';
import { eraseCustomers } from './erase';
import { applyRetention, emptyTrash, trashDue } from './retention';

export type EraseJob =
  | { readonly kind: 'erase'; readonly ids: readonly string[]; readonly actor: string; readonly actorName: string }
  | { readonly kind: 'emptyTrash'; readonly actor: string; readonly actorName: string }
  | { readonly kind: 'retention' };

export function runEraseJob(db: Db, job: EraseJob): unknown {
  if (job.kind === 'erase') return eraseCustomers(db, job.ids, job.actor, job.actorName);
  if (job.kind === 'emptyTrash') return emptyTrash(db, job.actor, job.actorName);
  return applyRetention(db);
}

/** The privacy worker, bundled beside the import worker (the hosts name that one). */
export const privacyWorker = (importWorkerPath: string | null | undefined): string | null =>
  workerBeside(importWorkerPath, 'privacy-worker.cjs');

export interface Eraser {
  erase(ids: readonly string[], actor: string, actorName: string): Promise<EraseResult[]>;
  /** Erases everything in the recycle bin; answers how many customers went. */
  emptyTrash(actor: string, actorName: string): Promise<number>;
}

export function eraser(db: Db, dbPath: string, workerPath: string | null): Eraser {
  const run = <T>(job: EraseJob): Promise<T> =>
    workerPath === null || dbPath === ':memory:'
      ? new Promise((resolve) => resolve(runEraseJob(db, job) as T))
      : runInWorker<T>(workerPath, dbPath, job);
  return {
    erase: (ids, actor, actorName) => run({ kind: 'erase', ids, actor, actorName }),
    emptyTrash: (actor, actorName) => run({ kind: 'emptyTrash', actor, actorName }),
  };
}

/**
 * When the app starts: rejected-row copies and recycle-bin customers past the retention period go. Erasing is rare
 * and slow (the file is rebuilt), so when some are due and there is a worker it runs there after the start; the
 * window does not wait for it.
 */
export function retainAtStart(db: Db, dbPath: string, workerPath: string | null, onError: (e: unknown) => void): void {
  if (workerPath === null || dbPath === ':memory:' || !trashDue(db)) applyRetention(db);
  else runInWorker(workerPath, dbPath, { kind: 'retention' } satisfies EraseJob).catch(onError);
}
