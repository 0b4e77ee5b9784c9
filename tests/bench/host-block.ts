/**
 * How long the host's thread is blocked (the longest gap of a 5 ms timer) while a long job runs: a manual backup
 * (copy + integrity check) and erasing one customer (which rewrites the file), each with the bundled workers the
 * hosts use and in this thread as without them, on copies of one database. Run:
 *
 *   npm run build && node dist/electron/cli.cjs seed-demo --customers 100000 --db /tmp/big.db
 *   node dist/tests/host-block-bench.cjs --db /tmp/big.db
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/index';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
const IMPORT_WORKER = join(__dirname, '..', 'electron', 'import-worker.cjs');

async function measure(source: string, job: 'backup' | 'erase', workers: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-host-block-'));
  const dbPath = join(dir, 'branch.db');
  copyFileSync(source, dbPath);
  const core = createCore({ dbPath, host: 'cli', importWorkerPath: workers ? IMPORT_WORKER : null });
  try {
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    let reply;
    if (job === 'erase') {
      const row = core.db
        .prepare('SELECT id, name FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET 700')
        .get() as { id: string; name: string };
      reply = await core.dispatch('privacy.erase', { id: row.id, confirm: row.name });
    } else reply = await core.dispatch('backup.create', {});
    const wall = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
    clearInterval(timer);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    console.log(
      `${job.padEnd(6)} ${workers ? 'worker   ' : 'in-thread'} wall ${Math.round(wall)} ms, longest block ${Math.round(longest)} ms`,
    );
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!values.db) throw new Error('--db PATH: a database to copy (dossier seed-demo --customers 100000 --db PATH)');
  for (const job of ['backup', 'erase'] as const)
    for (const workers of [false, true]) await measure(values.db, job, workers);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
