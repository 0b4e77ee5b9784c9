/**
 * Where an erase runs. Erasing rewrites the whole file (VACUUM, see erase.ts): seconds on a large branch database
 * (9.4 s for one customer of 100k with their history, measured with `dossier customer erase`). With a bundled
 * worker the erase runs there on its own connection and the host's thread stays free; without one (tests,
 * in-memory databases) it runs in this thread.
 */
import type { EraseResult } from '../../../shared/privacy/types';
import { runInWorker } from '../db/offload';
import type { Db } from '../db/open';
import { eraseCustomers } from './erase';
import { emptyTrash } from './retention';

export type EraseJob =
  | { readonly kind: 'erase'; readonly ids: readonly string[]; readonly actor: string; readonly actorName: string }
  | { readonly kind: 'emptyTrash'; readonly actor: string; readonly actorName: string };

export function runEraseJob(db: Db, job: EraseJob): EraseResult[] | number {
  return job.kind === 'erase'
    ? eraseCustomers(db, job.ids, job.actor, job.actorName)
    : emptyTrash(db, job.actor, job.actorName);
}

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
