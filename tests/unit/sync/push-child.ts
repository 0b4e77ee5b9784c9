/**
 * The push as a process of its own, for the killed-push test: opens the branch database, pushes to its stored
 * head office, and says `batch N` after each batch is committed at both ends (the parent kills it around those).
 */
import { openDatabase } from '../../../electron/core/db/open';
import { push } from '../../../electron/core/sync/push';

const db = openDatabase(process.argv[2] ?? '');
push(db, { batchSize: Number(process.argv[3] ?? 40), onBatch: (n) => process.stdout.write(`batch ${n}\n`) }).then(
  (result) => {
    process.stdout.write(`done ${result.batches}\n`);
    db.close();
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
