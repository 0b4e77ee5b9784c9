/**
 * Long jobs off the host's thread. A worker thread opens its own connection to the database file (encrypted files
 * too: the keys travel in workerData), runs one job, posts the answer back and ends; the host's event loop keeps
 * serving the window meanwhile (reads never wait for a writer in WAL mode). Without a bundled worker (tests,
 * in-memory databases) the callers run the job in their own thread.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { DossierError, type ErrorBody } from '../../../shared/result';
import { keysForWorker } from './cipher';
import { openDatabase, type Db } from './open';

type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorBody };

/** A worker bundled beside the import worker (the hosts name that one), when it is there. */
export function workerBeside(importWorkerPath: string | null | undefined, file: string): string | null {
  if (!importWorkerPath) return null;
  const path = join(dirname(importWorkerPath), file);
  return existsSync(path) ? path : null;
}

/** Runs `job` in the worker at `workerPath` on the file at `dbPath`; rejects with the job's own error. */
export function runInWorker<T>(workerPath: string, dbPath: string, job: unknown): Promise<T> {
  const worker = new Worker(workerPath, { workerData: { dbPath, job, ...keysForWorker() } });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (m: Answer<T>) => (m.ok ? resolve(m.value) : reject(new DossierError(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new DossierError({ code: 'internal', message: `worker ${workerPath} exited ${code}` })),
    );
  });
}

/** The worker's side: opens the file named in workerData, runs the job on it, posts the answer, closes. */
export async function answerJob<J>(run: (db: Db, job: J) => unknown): Promise<void> {
  const { dbPath, job } = workerData as { readonly dbPath: string; readonly job: J };
  const db = openDatabase(dbPath);
  try {
    parentPort?.postMessage({ ok: true, value: await run(db, job) } satisfies Answer<unknown>);
  } catch (error) {
    const body =
      error instanceof DossierError
        ? error.toBody()
        : { code: 'internal' as const, message: (error as Error | null)?.message ?? String(error) };
    parentPort?.postMessage({ ok: false, error: body } satisfies Answer<unknown>);
  } finally {
    db.close();
  }
}
