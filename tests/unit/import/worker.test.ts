/**
 * Import jobs on a database file run in the import worker (its own connection, off the main thread), as in the
 * desktop app and the web host. The worker is bundled from source here, so this does not depend on `npm run build`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import type { SearchHit } from '../../../shared/search/types';
import type { ImportBatch, JobStatus } from '../../../shared/import/types';
import { branchListCsv, branchListName } from '../../fixtures/branch-list';
import { bundle } from './bundle';
import { checkSearchIndexes, contentSnapshot } from './snapshot';

let workerPath = '';
beforeAll(async () => {
  workerPath = await bundle('electron/core/import/worker.ts', 'import-worker');
}, 30_000);

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

/** A branch database file with two customers, opened as the hosts open it: with the import worker. */
async function fileCore(): Promise<Core> {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-worker-')), 'branch.db');
  const core = createCore({ dbPath, host: 'web', importWorkerPath: workerPath });
  open.push(core);
  await call(core, 'customers.create', { customer: { kind: 'person', name: '张伟', mobile: '138 0013 8000' } });
  await call(core, 'customers.create', {
    customer: { kind: 'person', name: '李娜', mobile: '+86 139-1234-5678', employer: '上海锦程贸易有限公司' },
  });
  return core;
}

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function startImport(core: Core, name: string, bytes: Buffer): Promise<string> {
  const { fileId } = await call<{ fileId: string }>(core, 'files.upload', { name, data: new Uint8Array(bytes) });
  return (await call<{ jobId: string }>(core, 'import.start', { fileId, policy: 'skip' })).jobId;
}

/** Polls the job as the renderer does, keeping every status seen, until it stops running. */
async function follow(
  core: Core,
  jobId: string,
  whileRunning?: (status: JobStatus) => Promise<void>,
): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const status = await call<JobStatus>(core, 'jobs.get', { jobId });
    seen.push(status);
    if (status.state !== 'running') return seen;
    await whileRunning?.(status);
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`job still running: ${JSON.stringify(seen.at(-1))}`);
}

const between = (s: JobStatus): boolean => s.state === 'running' && s.done > 0 && s.done < s.total;

describe('an import job on a database file', () => {
  it('runs in the worker: progress climbs to the total while the app keeps answering, then the summary', async () => {
    const core = await fileCore();
    const rows = 20_000;
    const jobId = await startImport(core, '全行客户名单.csv', branchListCsv(rows));
    const searchesDuring: string[][] = [];
    const seen = await follow(core, jobId, async (status) => {
      // The app is not frozen while the worker writes: a search typed now is answered, from what was committed.
      if (between(status) && searchesDuring.length < 3)
        searchesDuring.push((await call<SearchHit[]>(core, 'customers.search', { query: 'zw' })).map((h) => h.name));
    });

    const last = seen.at(-1);
    expect(last).toMatchObject({
      state: 'done',
      done: rows,
      total: rows,
      error: null,
      result: { created: rows, updated: 0, skipped: 0, rejected: 0 },
    });
    // Progress was seen part-way (an import in this thread would block until the end and show none), never going back.
    const progress = seen.filter(between);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((s) => s.total === rows)).toBe(true);
    const done = seen.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(searchesDuring.length).toBeGreaterThan(0);
    for (const names of searchesDuring) expect(names).toContain('张伟');

    // What the worker wrote through its own connection, the app's connection sees.
    expect((await call<Page<CustomerRow>>(core, 'customers.list', {})).total).toBe(rows + 2);
    const hit = await call<SearchHit[]>(core, 'customers.search', { query: '139 0001 2345' });
    expect(hit.map((h) => h.name)).toEqual([branchListName(12_345)]);
    const batches = await call<ImportBatch[]>(core, 'import.batches', {});
    expect(batches).toMatchObject([{ id: last?.result?.batchId, fileName: '全行客户名单.csv', created: rows }]);
    checkSearchIndexes(core.db);
  }, 30_000);

  it('cancelled part-way, leaves the database as it was', async () => {
    const core = await fileCore();
    const first = await follow(core, await startImport(core, '第一批.csv', branchListCsv(600)));
    expect(first.at(-1)?.state).toBe('done');
    const before = contentSnapshot(core.db);

    const rows = 60_000;
    const jobId = await startImport(core, '第二批.csv', branchListCsv(rows, 100_000));
    let cancelledAt = 0;
    const seen = await follow(core, jobId, async (status) => {
      if (cancelledAt === 0 && status.done >= 5_000) {
        cancelledAt = status.done;
        await call(core, 'jobs.cancel', { jobId });
      }
    });
    expect(cancelledAt).toBeGreaterThanOrEqual(5_000);
    expect(cancelledAt).toBeLessThan(rows);
    expect(seen.at(-1)).toMatchObject({ state: 'cancelled', result: null });
    expect(seen.at(-1)?.done).toBeLessThan(rows);

    // Every row as it was; the search indexes hold the same words (their segments laid out anew).
    expect(contentSnapshot(core.db)).toEqual(before);
    expect((await call<Page<CustomerRow>>(core, 'customers.list', {})).total).toBe(602);
    expect(await call<SearchHit[]>(core, 'customers.search', { query: '139 0010 0001' })).toEqual([]);
    expect((await call<ImportBatch[]>(core, 'import.batches', {})).map((b) => b.fileName)).toEqual(['第一批.csv']);
    checkSearchIndexes(core.db);
    // A cancelled job cannot be cancelled again into another state.
    expect(await call<JobStatus>(core, 'jobs.cancel', { jobId })).toMatchObject({ state: 'cancelled' });
  }, 30_000);
});
