/** The import worker thread: its own connection to the same database file, one transaction, progress out. */
import { parentPort, workerData } from 'node:worker_threads';
import { DossierError } from '../../../shared/result';
import { openDatabase } from '../db/open';
import { ImportCancelled } from './engine';
import { executeImport, type ImportJobRequest, type WorkerMessage } from './jobs';

interface Data {
  readonly dbPath: string;
  readonly request: ImportJobRequest;
  readonly flag: Int32Array;
}

const { dbPath, request, flag } = workerData as Data;
const post = (m: WorkerMessage): void => parentPort?.postMessage(m);
const db = openDatabase(dbPath);
// Buffers arrive as plain Uint8Arrays after structured cloning.
const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);

executeImport(
  db,
  { ...request, bytes },
  (done, total) => post({ type: 'progress', done, total }),
  () => Atomics.load(flag, 0) === 1,
)
  .then((result) => post({ type: 'done', result }))
  .catch((error: unknown) =>
    post({
      type: 'failed',
      cancelled: error instanceof ImportCancelled,
      error:
        error instanceof DossierError
          ? { code: error.code, message: error.message, issues: error.issues }
          : { code: 'internal', message: (error as Error)?.message ?? String(error) },
    }),
  )
  .finally(() => db.close());
