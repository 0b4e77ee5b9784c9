/**
 * Batch jobs for the app: started, polled for progress (`reports.batch.get`) and cancelled like import jobs; the
 * finished batch is held as a file to download (one PDF, or a zip of one PDF per customer) until asked for.
 */
import type { BatchRequest, BatchStatus } from '../../../shared/reports/batch';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { download } from '../export/download';
import { uuidv7 } from '../ids';
import { errorBodyOf } from '../import/jobs';
import { BatchCancelled, batchCustomers, printCombined, printEach } from './batch';
import type { PrintEngine } from './print-engine';
import { storedZip, type ZipEntry } from './zip-writer';

interface Job {
  status: BatchStatus;
  cancelled: boolean;
}

const jobGone = (id: string): DossierError =>
  new DossierError({
    code: 'not_found',
    message: `No batch ${id}`,
    issues: [{ path: 'jobId', code: 'reportKinds.batch.gone' }],
    details: { id },
  });

export class BatchRunner {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly db: Db,
    private readonly engine: () => PrintEngine,
  ) {}

  /** Checks the batch (refused at once when it names no customer or too many), then prints it in the background. */
  start(request: BatchRequest, actor: string, zipName: string): BatchStatus {
    batchCustomers(this.db, request);
    const id = uuidv7();
    const job: Job = { status: { id, state: 'running', done: 0, total: 0, file: null, error: null }, cancelled: false };
    const update = (patch: Partial<BatchStatus>) => {
      job.status = { ...job.status, ...patch };
    };
    const hooks = {
      onProgress: (done: number, total: number) => update({ done, total }),
      isCancelled: () => job.cancelled,
    };
    const run = async () => {
      if (request.output === 'combined') {
        const { title, bytes } = await printCombined(this.db, this.engine(), request, actor, hooks);
        return download({ fileName: `${title}.pdf`, mimeType: 'application/pdf', bytes: Buffer.from(bytes) });
      }
      const entries: ZipEntry[] = [];
      await printEach(
        this.db,
        this.engine(),
        request,
        actor,
        (name, bytes) => void entries.push({ name, bytes }),
        hooks,
      );
      return download({ fileName: `${zipName}.zip`, mimeType: 'application/zip', bytes: storedZip(entries) });
    };
    const started = run();
    this.jobs.set(id, job);
    started.then(
      (file) => update({ state: 'done', file, done: job.status.total }),
      (error: unknown) =>
        update({ state: error instanceof BatchCancelled ? 'cancelled' : 'failed', error: errorBodyOf(error) }),
    );
    return job.status;
  }

  /** The status; a finished batch's file is handed over once and then let go. */
  get(id: string): BatchStatus {
    const job = this.jobs.get(id);
    if (!job) throw jobGone(id);
    if (job.status.state !== 'running') this.jobs.delete(id);
    return job.status;
  }

  cancel(id: string): BatchStatus {
    const job = this.jobs.get(id);
    if (!job) throw jobGone(id);
    job.cancelled = true;
    return job.status;
  }
}
