/**
 * The segments worker thread: its own connection to the database file, one job (a computation, or the preview of
 * proposed settings), the answer posted back, then it ends. The main thread only receives the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { DossierError } from '../../../shared/result';
import { runSegmentJob, type SegmentJob } from './runner';

const { dbPath, job } = workerData as { readonly dbPath: string; readonly job: SegmentJob };
const db = openDatabase(dbPath);
try {
  parentPort?.postMessage({ ok: true, value: runSegmentJob(db, job) });
} catch (error) {
  const body =
    error instanceof DossierError
      ? error.toBody()
      : { code: 'internal', message: (error as Error)?.message ?? String(error) };
  parentPort?.postMessage({ ok: false, error: body });
} finally {
  db.close();
}
