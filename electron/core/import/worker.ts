/**
 * The import worker thread, in one of two modes. `import`: its own connection to the same database file, the
 * import in slices (run.ts), progress out, then it ends. `inspect`: a read-only connection that answers the wizard's
 * inspections in order, keeping the last file's table, until the main thread stops it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { applyPhoneRegion } from '../settings/settings';
import { ImportCancelled } from './run';
import {
  errorBodyOf,
  executeImport,
  inspectFile,
  SourceCache,
  type ImportJobRequest,
  type InspectAnswer,
  type InspectMessage,
  type WorkerMessage,
} from './jobs';

type Data =
  | { readonly mode: 'import'; readonly dbPath: string; readonly request: ImportJobRequest; readonly flag: Int32Array }
  | { readonly mode: 'inspect'; readonly dbPath: string };

// Buffers arrive as plain Uint8Arrays after structured cloning; the file's stay in shared memory (files.ts).
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const data = workerData as Data;

if (data.mode === 'inspect') {
  const db = openDatabase(data.dbPath, { readonly: true });
  const cache = new SourceCache();
  const answer = (m: InspectAnswer): void => parentPort?.postMessage(m);
  let queue = Promise.resolve();
  parentPort?.on('message', ({ id, kind, request }: InspectMessage) => {
    queue = queue.then(() => {
      // The setting may have changed since the last inspection.
      applyPhoneRegion(db);
      return inspectFile(db, kind, { ...request, bytes: asBuffer(request.bytes) }, cache).then(
        (value) => answer({ id, ok: true, value }),
        (error: unknown) => answer({ id, ok: false, error: errorBodyOf(error) }),
      );
    });
  });
} else {
  const { dbPath, request, flag } = data;
  const post = (m: WorkerMessage): void => parentPort?.postMessage(m);
  const db = openDatabase(dbPath);
  applyPhoneRegion(db);
  executeImport(
    db,
    { ...request, bytes: asBuffer(request.bytes) },
    (done, total) => post({ type: 'progress', done, total }),
    () => Atomics.load(flag, 0) === 1,
    () => post({ type: 'waiting' }),
  )
    .then((result) => post({ type: 'done', result }))
    .catch((error: unknown) =>
      post({
        type: 'failed',
        cancelled: error instanceof ImportCancelled,
        error: errorBodyOf(error),
      }),
    )
    .finally(() => db.close());
}
