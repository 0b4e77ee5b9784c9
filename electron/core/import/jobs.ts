/**
 * Import jobs: run off the main thread in a worker (its own database connection) so the window never
 * freezes; the renderer polls `jobs.get` for progress and may `jobs.cancel`.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { DuplicatePolicy, ImportSummary, JobStatus } from '../../../shared/import';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { uuidv7 } from '../ids';
import { ImportCancelled, prepareFile, runImport, type ImportSettings } from './engine';

export interface ImportJobRequest {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly settings: ImportSettings;
  readonly policy: DuplicatePolicy;
  readonly actor: string | null;
}

/** What the worker is sent and answers (see worker.ts). */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: ImportSummary }
  | { readonly type: 'failed'; readonly error: JobStatus['error']; readonly cancelled: boolean };

interface Job {
  status: JobStatus;
  cancel: () => void;
}

function errorBody(error: unknown): JobStatus['error'] {
  if (error instanceof DossierError) return { code: error.code, message: error.message, issues: error.issues };
  return { code: 'internal', message: (error as Error)?.message ?? String(error) };
}

/** Runs one import to the end in this thread; the worker and the in-process runner share it. */
export async function executeImport(
  db: Db,
  request: ImportJobRequest,
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean,
): Promise<ImportSummary> {
  const file = await prepareFile(db, request.fileName, request.bytes, request.settings);
  const { rejectedRows: _rejected, ...summary } = runImport(db, file, {
    fileName: request.fileName,
    policy: request.policy,
    actor: request.actor,
    onProgress,
    isCancelled,
  });
  return summary;
}

export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  /** workerPath: the bundled worker; without it (tests, in-memory databases) jobs run in this thread. */
  constructor(
    private readonly db: Db,
    private readonly dbPath: string,
    private readonly workerPath: string | null,
  ) {}

  startImport(request: ImportJobRequest): { jobId: string } {
    const id = uuidv7();
    const job: Job = {
      status: { id, state: 'running', done: 0, total: 0, result: null, error: null },
      cancel: () => undefined,
    };
    this.jobs.set(id, job);
    const update = (patch: Partial<JobStatus>): void => {
      job.status = { ...job.status, ...patch };
    };
    if (this.workerPath && existsSync(this.workerPath) && this.dbPath !== ':memory:') {
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(this.workerPath, { workerData: { dbPath: this.dbPath, request, flag } });
      job.cancel = () => Atomics.store(flag, 0, 1);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') update({ done: m.done, total: m.total });
        else if (m.type === 'done') update({ state: 'done', result: m.result, done: job.status.total });
        else update({ state: m.cancelled ? 'cancelled' : 'failed', error: m.error });
      });
      worker.on('error', (e) => update({ state: 'failed', error: errorBody(e) }));
      worker.on('exit', (code) => {
        if (job.status.state === 'running')
          update({ state: 'failed', error: { code: 'internal', message: `worker exited ${code}` } });
      });
    } else {
      let cancelled = false;
      job.cancel = () => {
        cancelled = true;
      };
      setImmediate(() => {
        executeImport(
          this.db,
          request,
          (done, total) => update({ done, total }),
          () => cancelled,
        ).then(
          (result) => update({ state: 'done', result }),
          (e: unknown) => update({ state: e instanceof ImportCancelled ? 'cancelled' : 'failed', error: errorBody(e) }),
        );
      });
    }
    return { jobId: id };
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new DossierError({ code: 'not_found', message: `No job ${id}`, details: { id } });
    return job.status;
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new DossierError({ code: 'not_found', message: `No job ${id}`, details: { id } });
    if (job.status.state === 'running') job.cancel();
    return job.status;
  }
}
