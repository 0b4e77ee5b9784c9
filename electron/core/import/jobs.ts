/**
 * Import jobs: run off the main thread in a worker (its own database connection) so the window never
 * freezes; the renderer polls `jobs.get` for progress and may `jobs.cancel`. Inspections (the wizard's preview,
 * asked again on every settings change) run off the main thread too, in one longer-lived worker that keeps the
 * last file's table so a changed mapping or header row does not read the file again.
 */
import { keysForWorker } from '../db/cipher';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ImportSettingsInput } from '../../../shared/import/contract';
import type {
  DuplicatePolicy,
  DuplicateReview,
  ImportSummary,
  Inspection,
  JobStatus,
  PreviewFilter,
  PreviewPage,
} from '../../../shared/import/types';
import { DossierError, type ErrorBody } from '../../../shared/result';
import type { Db } from '../db/open';
import { writeFailure } from '../db/open-errors';
import { retryWhileBusy } from '../db/busy';
import { uuidv7 } from '../ids';
import { ImportCancelled, runImport } from './run';
import { inspect, previewPage } from './inspect';
import { checkMapping } from './mapping';
import { prepareFile, prepareSource, type ImportSettings } from './prepare';
import { reviewDuplicates } from './review';
import { openTable, type TableSource } from './table';

export interface ImportJobRequest {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly settings: ImportSettings;
  readonly policy: DuplicatePolicy;
  readonly actor: string | null;
}

/** The contract's inspection request, with the uploaded file it names read from the file store. */
export interface InspectRequest extends Readonly<Pick<ImportSettingsInput, 'fileId'>> {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly settings: ImportSettings;
  /** For a page of the preview (`rows`): which rows. */
  readonly page?: PreviewPageRequest;
}

export interface PreviewPageRequest {
  readonly filter: PreviewFilter;
  readonly offset: number;
  readonly limit: number;
}

/** What the worker is sent and answers (see worker.ts). */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'waiting' }
  | { readonly type: 'done'; readonly result: ImportSummary }
  | { readonly type: 'failed'; readonly error: JobStatus['error']; readonly cancelled: boolean };

/** What the inspection worker answers: the wizard's preview, or the review of every duplicate in the file. */
export interface Inspections {
  readonly inspect: Inspection;
  readonly duplicates: DuplicateReview;
  readonly rows: PreviewPage;
}
export type InspectionKind = keyof Inspections;

/** The inspection worker's conversation: one answer per request, by id. */
export interface InspectMessage {
  readonly id: number;
  readonly kind: InspectionKind;
  readonly request: InspectRequest;
}
export type InspectAnswer =
  | { readonly id: number; readonly ok: true; readonly value: Inspections[InspectionKind] }
  | { readonly id: number; readonly ok: false; readonly error: ErrorBody };

export function errorBodyOf(error: unknown): ErrorBody {
  if (error instanceof DossierError) return error.toBody();
  // A full disk or a read-only file met while writing is said as such (db/open-errors.ts).
  const told = writeFailure(error);
  if (told) return told.toBody();
  return { code: 'internal', message: (error as Error)?.message ?? String(error) };
}

/** The last file read for inspection, by file, sheet and encoding: the other settings do not change the table. */
export class SourceCache {
  private key = '';
  private source: Promise<TableSource> | null = null;

  get(request: InspectRequest): Promise<TableSource> {
    const { fileId, fileName, bytes, settings } = request;
    const key = `${fileId}\u0001${settings.sheet ?? ''}\u0001${settings.encoding ?? ''}`;
    if (key !== this.key || !this.source) {
      this.key = key;
      this.source = openTable(fileName, bytes, settings);
      // A file that cannot be read is not kept: the next inspection reads it again (and fails the same way).
      this.source.catch(() => {
        if (this.key === key) this.source = null;
      });
    }
    return this.source;
  }
}

/**
 * One inspection in this thread: the table read (or taken from the cache), one pass for the header, mapping,
 * date orders and row count, then the first rows normalised (see inspect).
 */
export async function inspectFile<K extends InspectionKind>(
  db: Db,
  kind: K,
  request: InspectRequest,
  cache?: SourceCache,
): Promise<Inspections[K]> {
  const source = cache ? await cache.get(request) : await openTable(request.fileName, request.bytes, request.settings);
  const file = prepareSource(db, source, request.settings);
  const answers: { [k in InspectionKind]: () => Inspections[k] } = {
    inspect: () => inspect(db, request.fileId, request.fileName, file),
    duplicates: () => reviewDuplicates(db, file),
    rows: () => previewPage(db, file, request.page ?? { filter: 'all', offset: 0, limit: 100 }),
  };
  return answers[kind]();
}

/** How long an idle inspection worker (and the table it keeps) stays. */
const INSPECTOR_IDLE_MS = 60_000;

/** The inspection worker: read-only connection, requests answered in order, stopped when idle. */
class Inspector {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  private next = 1;
  private idle: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(workerPath: string, dbPath: string, onGone: () => void) {
    this.worker = new Worker(workerPath, { workerData: { mode: 'inspect', dbPath, ...keysForWorker() } });
    this.worker.unref();
    this.worker.on('message', (m: InspectAnswer) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.ok) p?.resolve(m.value as never);
      else p?.reject(new DossierError(m.error));
      this.whenIdle();
    });
    const gone = (error: Error): void => {
      onGone();
      if (this.idle) clearTimeout(this.idle);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', (e) => gone(e));
    this.worker.on('exit', (code) =>
      gone(new DossierError({ code: 'internal', message: `inspection worker exited ${code}` })),
    );
  }

  inspect<K extends InspectionKind>(kind: K, request: InspectRequest): Promise<Inspections[K]> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const id = this.next++;
    return new Promise<Inspections[K]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, kind, request } satisfies InspectMessage);
    });
  }

  /** Stops the worker once it has answered what it was asked (an import is starting: its table is not needed). */
  close(): void {
    this.closing = true;
    this.whenIdle();
  }

  private whenIdle(): void {
    if (this.pending.size > 0) return;
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => void this.worker.terminate(), this.closing ? 0 : INSPECTOR_IDLE_MS);
    this.idle.unref();
  }
}

/** How long what follows a finished import (classes marked stale) waits for another writer. */
const ON_IMPORTED_WAIT_MS = 10 * 60_000;

interface Job {
  status: JobStatus;
  cancel: () => void;
}

/** Runs one import to the end in this thread; the worker and the in-process runner share it. */
export async function executeImport(
  db: Db,
  request: ImportJobRequest,
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean,
  onWaiting: () => void = () => undefined,
): Promise<ImportSummary> {
  const file = await prepareFile(db, request.fileName, request.bytes, request.settings);
  const { rejectedRows: _rejected, ...summary } = runImport(db, file, {
    fileName: request.fileName,
    policy: request.policy,
    actor: request.actor,
    onProgress,
    isCancelled,
    onWaiting,
  });
  return summary;
}

/** A job this process does not know: the app was restarted while it ran (its batch, if any, is in the history). */
const jobGone = (id: string): DossierError =>
  new DossierError({
    code: 'not_found',
    message: `No job ${id}`,
    issues: [{ path: 'jobId', code: 'import.jobGone' }],
    details: { id },
  });

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private inspector: Inspector | null = null;

  /** workerPath: the bundled worker; without it (tests, in-memory databases) jobs run in this thread. */
  constructor(
    private readonly db: Db,
    private readonly dbPath: string,
    private readonly workerPath: string | null,
    /** Runs after an import is done (in this thread, once its rows can be read here). */
    private readonly onImported: () => void = () => undefined,
  ) {}

  private get workers(): boolean {
    return this.workerPath !== null && this.dbPath !== ':memory:' && existsSync(this.workerPath);
  }

  /** Inspects a file off this thread when there is a worker; in this thread otherwise (tests, in-memory databases). */
  inspect<K extends InspectionKind>(kind: K, request: InspectRequest): Promise<Inspections[K]> {
    if (!this.workers || !this.workerPath) return inspectFile(this.db, kind, request);
    if (!this.inspector) {
      const inspector = new Inspector(this.workerPath, this.dbPath, () => {
        if (this.inspector === inspector) this.inspector = null;
      });
      this.inspector = inspector;
    }
    return this.inspector.inspect(kind, request);
  }

  /** Starts an import; a mapping it was given that cannot run is refused at once (the run checks a guessed one). */
  startImport(request: ImportJobRequest): { jobId: string } {
    if (request.settings.mapping) checkMapping(request.settings.target, request.settings.mapping);
    this.inspector?.close();
    this.inspector = null;
    const id = uuidv7();
    const job: Job = {
      status: { id, state: 'running', done: 0, total: 0, waiting: false, result: null, error: null },
      cancel: () => undefined,
    };
    this.jobs.set(id, job);
    const update = (patch: Partial<JobStatus>): void => {
      job.status = { ...job.status, ...patch };
      // Classes marked stale once the lock is free: another import may hold it already (never thrown at the host).
      if (patch.state === 'done') retryWhileBusy(() => this.onImported(), ON_IMPORTED_WAIT_MS).catch(console.error);
    };
    if (this.workers && this.workerPath) {
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(this.workerPath, {
        workerData: { mode: 'import', dbPath: this.dbPath, request, flag, ...keysForWorker() },
      });
      job.cancel = () => Atomics.store(flag, 0, 1);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') update({ done: m.done, total: m.total, waiting: false });
        else if (m.type === 'waiting') update({ waiting: true });
        else if (m.type === 'done') update({ state: 'done', result: m.result, done: job.status.total });
        else update({ state: m.cancelled ? 'cancelled' : 'failed', error: m.error });
      });
      worker.on('error', (e) => update({ state: 'failed', error: errorBodyOf(e) }));
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
          (done, total) => update({ done, total, waiting: false }),
          () => cancelled,
          () => update({ waiting: true }),
        ).then(
          (result) => update({ state: 'done', result }),
          (e: unknown) =>
            update({ state: e instanceof ImportCancelled ? 'cancelled' : 'failed', error: errorBodyOf(e) }),
        );
      });
    }
    return { jobId: id };
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw jobGone(id);
    return job.status;
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw jobGone(id);
    if (job.status.state === 'running') job.cancel();
    return job.status;
  }
}
