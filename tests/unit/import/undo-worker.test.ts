/**
 * On a database file, as in the desktop app and the web host, an import's undo runs in the undo worker on its own
 * connection: the host's thread keeps serving while the batch's rows are removed. Bundled from source, so no
 * `npm run build` is needed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import type { JobStatus } from '../../../shared/import/types';
import { csvText } from '../../fixtures/spreadsheets';
import { call } from '../auth/auth-helpers';
import { bundle } from './bundle';

let undoWorker = '';
beforeAll(async () => {
  undoWorker = await bundle('electron/core/import/undo-worker.ts', 'undo-worker');
}, 30_000);

const ROWS = [
  ['张伟', '13812345678'],
  ['Emily Carter', '13987654321'],
  ['欧阳娜娜', '15012345678'],
];

/** Imports three customers (in this thread: no import worker is bundled beside the undo worker), then undoes them. */
async function importAndUndo(core: Core): Promise<{ turned: boolean; removed: number; left: number }> {
  const { fileId } = await call(core, 'files.upload', {
    name: '客户名单.csv',
    data: new Uint8Array(Buffer.from(csvText(['姓名', '手机'], ROWS))),
  });
  const { jobId } = await call(core, 'import.start', { fileId, policy: 'skip' });
  let status: JobStatus = await call(core, 'jobs.get', { jobId });
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 10));
    status = await call(core, 'jobs.get', { jobId });
  }
  expect(status.result).toMatchObject({ created: 3 });
  const [batch] = await call(core, 'import.batches', {});
  let turned = false;
  const timer = setImmediate(() => (turned = true));
  const result = await call(core, 'import.undo', { batchId: batch?.id ?? '' });
  const answer = { turned, removed: result.removed, left: (await call(core, 'customers.list', {})).total };
  clearImmediate(timer);
  return answer;
}

describe('the undo worker', () => {
  it('undoes an import off the host’s thread', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-undo-worker-')), 'branch.db');
    // The hosts name the import worker; the undo worker is bundled beside it.
    const core = createCore({ dbPath, host: 'cli', importWorkerPath: join(dirname(undoWorker), 'import-worker.cjs') });
    try {
      expect(await importAndUndo(core)).toEqual({ turned: true, removed: 3, left: 0 });
      // Undone by the worker's connection, recorded as such here.
      const [batch] = await call(core, 'import.batches', {});
      expect(batch?.undoneAt).not.toBeNull();
    } finally {
      core.close();
    }
  }, 30_000);

  it('undoes in the host’s thread when no worker is bundled (tests, in-memory databases)', async () => {
    const core = createCore({ dbPath: ':memory:', host: 'cli', importWorkerPath: null });
    try {
      expect(await importAndUndo(core)).toEqual({ turned: false, removed: 3, left: 0 });
    } finally {
      core.close();
    }
  });
});
