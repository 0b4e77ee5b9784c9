/**
 * Sync benchmark: the cost of change capture on a 100k-row import (with and without the capture triggers), the
 * initial push of a branch with 100k customers and ~500k timeline entries to a head office on this machine, and
 * incremental pushes of 1,000 changed customers. Needs PostgreSQL (initdb/pg_ctl; a throw-away cluster is made).
 * Run: npm run build && node dist/tests/sync-bench.cjs [--customers 100000] [--rows 100000] [--runs 3]
 *   [--only import|push]
 *
 * Each import runs in a fresh process (as in the import benchmark), alternating without and with capture, so both
 * see the same machine; CPU time is shown next to wall time, which on a busy machine says more.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { updateCustomer, getCustomer } from '../../electron/core/customers/records';
import { openDatabase } from '../../electron/core/db/open';
import { withHq } from '../../electron/core/hq/connect';
import { addBranch } from '../../electron/core/hq/roles';
import { initHq } from '../../electron/core/hq/schema';
import { prepareFile } from '../../electron/core/import/prepare';
import { runImport } from '../../electron/core/import/run';
import { seedDemo } from '../../electron/core/seed/demo';
import { push } from '../../electron/core/sync/push';
import { configure, initBranch } from '../../electron/core/sync/state';
import { customerInput } from '../../shared/customers/schemas';
import { startCluster } from '../unit/hq/cluster';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';

function csv(rows: number): string {
  const lines = ['姓名,性别,手机,工作单位,地址,地区,邮箱,标签'];
  for (let i = 0; i < rows; i++)
    lines.push(
      [
        `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`,
        i % 2 ? '男' : '女',
        `17${String(100000000 + i).slice(-9)}`,
        `杭州第${i}号机械有限公司`,
        `杭州市西湖区文三路${i % 300}号`,
        '杭州市西湖区',
        `user${i}@example.com`,
        i % 3 ? 'VIP' : '基金',
      ].join(','),
    );
  return lines.join('\n');
}

/** In a child process: one import of the file into a new database, captured or not. */
async function child(path: string, dbPath: string, captured: boolean): Promise<void> {
  const db = openDatabase(dbPath);
  if (captured) initBranch(db, { code: 'BENCH', name: '基准网点' }, null);
  const bytes = readFileSync(path);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const prepared = await prepareFile(db, basename(path), bytes, { target: 'customers' });
  const { created } = runImport(db, prepared, { fileName: basename(path), policy: 'skip', actor: null });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const queued = (db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
  db.close();
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, created, queued }));
}

function importOnce(path: string, captured: boolean): { ms: number; cpuMs: number; created: number; queued: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-sync-bench-'));
  try {
    const r = spawnSync(process.execPath, [__filename, '--child', path, join(dir, 'b.db'), captured ? '1' : '0'], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { ms: number; cpuMs: number; created: number; queued: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '100000' },
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      child: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    allowPositionals: true,
    strict: false,
  });
  if (values.child) {
    const [path = '', dbPath = '', captured = '0'] = process.argv.slice(process.argv.indexOf('--child') + 1);
    await child(path, dbPath, captured === '1');
    return;
  }
  const customers = Number(values.customers);
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  const work = mkdtempSync(join(tmpdir(), 'dossier-sync-bench-'));

  if (values.only !== 'push') importOverhead(work, rows, runs);
  if (values.only !== 'import') await pushes(work, customers, runs);
  rmSync(work, { recursive: true, force: true });
}

/** 1. Change capture on an import. */
function importOverhead(work: string, rows: number, runs: number): void {
  const file = join(work, '客户名单.csv');
  writeFileSync(file, csv(rows));
  const plain: number[] = [];
  const captured: number[] = [];
  const plainCpu: number[] = [];
  const capturedCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Which goes first alternates: the second of a pair meets the first one's files still being written back.
    const first = importOnce(file, i % 2 === 1);
    const second = importOnce(file, i % 2 === 0);
    const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
    plain.push(a.ms);
    plainCpu.push(a.cpuMs);
    captured.push(b.ms);
    capturedCpu.push(b.cpuMs);
    console.log(
      `import ${rows} rows run ${i + 1}: without capture ${a.ms.toFixed(0)} ms (cpu ${a.cpuMs.toFixed(0)}), with ${b.ms.toFixed(0)} ms (cpu ${b.cpuMs.toFixed(0)}), ${b.queued} keys queued`,
    );
  }
  const overhead = (median(captured) / median(plain) - 1) * 100;
  const cpuOverhead = (median(capturedCpu) / median(plainCpu) - 1) * 100;
  console.log(
    `import median: without ${median(plain).toFixed(0)} ms, with capture ${median(captured).toFixed(0)} ms: ${overhead.toFixed(1)} % (cpu ${cpuOverhead.toFixed(1)} %)`,
  );
}

/** 2. The initial push of a big branch, then incremental pushes of 1,000 changes. */
async function pushes(work: string, customers: number, runs: number): Promise<void> {
  const cluster = await startCluster();
  try {
    const branch = await withHq(cluster.url, async (client) => {
      await initHq(client);
      return addBranch(client, 'BENCH', '基准网点');
    });
    const db = openDatabase(join(work, 'branch.db'));
    let t = performance.now();
    const seeded = seedDemo(db, { customers, seed: 5 });
    console.log(
      `seeded ${seeded.customers} customers, ${seeded.interactions} timeline entries in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    t = performance.now();
    initBranch(db, { code: 'BENCH', name: '基准网点' }, null);
    const queued = (db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
    console.log(`branch init queued ${queued} records in ${(performance.now() - t).toFixed(0)} ms`);
    configure(db, { url: cluster.urlFor(branch.role, branch.password) }, null);
    const initial = await push(db);
    console.log(
      `initial push: ${initial.pushed} records in ${initial.batches} batches, ${(initial.ms / 1000).toFixed(1)} s (${Math.round(initial.pushed / (initial.ms / 1000))} records/s)`,
    );
    const ids = (
      db.prepare('SELECT id FROM customers ORDER BY random() LIMIT ?').all(runs * 1000) as { id: string }[]
    ).map((r) => r.id);
    const incremental: number[] = [];
    for (let i = 0; i < runs; i++) {
      db.transaction(() => {
        for (const id of ids.slice(i * 1000, (i + 1) * 1000)) {
          const c = getCustomer(db, id);
          updateCustomer(db, id, customerInput.parse({ kind: c.kind, name: `${c.name}·${i}`, mobile: c.mobile }), null);
        }
      })();
      const r = await push(db);
      incremental.push(r.ms);
      console.log(`incremental push run ${i + 1}: ${r.pushed} records in ${r.ms} ms`);
    }
    console.log(`incremental push of 1,000 changes, median ${median(incremental).toFixed(0)} ms`);
    const check = new Client({ connectionString: cluster.url });
    await check.connect();
    const n = await check.query('SELECT count(*)::int AS n FROM dossier.interactions');
    console.log(`head office holds ${n.rows[0].n} timeline entries`);
    await check.end();
    db.close();
  } finally {
    cluster.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
