/**
 * Encryption cost: the same search and import on a plain copy of one database, on a copy encrypted as files are now
 * (AEGIS-256) and on one encrypted with the SQLCipher 4 scheme (files encrypted before AEGIS), in the same run, each
 * measurement in a fresh process, the three kinds alternating. Run:
 *
 *   npm run build && node dist/tests/encryption-bench.cjs [--customers 100000] [--rows 20000] [--queries 400] [--runs 3]
 *
 * Search: the search box's query over names, pinyin, mobiles and ID numbers drawn from the seeded rows, first with
 * a cold page cache (every page read is decrypted) and then the same queries again. Import: a CSV of new customers
 * (a tenth of them already present) committed in slices (every page written is encrypted), after the backup each
 * import makes first (a copy of the file's bytes and its integrity check, a decrypting pass over the whole file),
 * which is also timed alone. Opening the encrypted file (the passphrase's key derivation) is timed on its own. Prints
 * medians and each encrypted kind's change against plain.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupBeforeImport } from '../../electron/core/backup/schedule';
import { applyRekey, rememberKey, useScheme } from '../../electron/core/db/cipher';
import { openConnection, openDatabase, type Db } from '../../electron/core/db/open';
import { rekeyDatabase } from '../../electron/core/encryption/rekey';
import { prepareFile } from '../../electron/core/import/prepare';
import { runImport } from '../../electron/core/import/run';
import { searchCustomers } from '../../electron/core/search/search';
import { seedDemo } from '../../electron/core/seed/demo';
import { mulberry32 } from '../../electron/core/seed/random';

const PASSPHRASE = 'bench passphrase 分行';

interface Timing {
  readonly openMs: number;
  readonly coldMs?: number;
  readonly warmMs?: number;
  readonly importMs?: number;
  /** CPU time (user + system) of the same steps: on a busy machine it says more than wall time. */
  readonly coldCpuMs?: number;
  readonly warmCpuMs?: number;
  readonly importCpuMs?: number;
  readonly backupMs?: number;
  readonly backupCpuMs?: number;
  readonly created?: number;
}

/** Wall and CPU milliseconds of `run`. */
async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function open(dbPath: string, encrypted: boolean): { db: Db; openMs: number } {
  if (encrypted) rememberKey(PASSPHRASE);
  const t = performance.now();
  const db = openDatabase(dbPath);
  return { db, openMs: performance.now() - t };
}

/** In a child process: open, then the searches (twice) or the import, each timed. */
async function child(task: string, dbPath: string, input: string, encrypted: boolean): Promise<void> {
  const { db, openMs } = open(dbPath, encrypted);
  let timing: Timing = { openMs };
  if (task === 'search') {
    const queries = JSON.parse(readFileSync(input, 'utf8')) as string[];
    const pass = () => timed(() => queries.reduce((n, q) => n + searchCustomers(db, q, 20).length, 0));
    const cold = await pass();
    const warm = await pass();
    timing = { openMs, coldMs: cold.ms, coldCpuMs: cold.cpuMs, warmMs: warm.ms, warmCpuMs: warm.cpuMs };
  } else if (task === 'backup') {
    const run = await timed(() => backupBeforeImport(db));
    timing = { openMs, backupMs: run.ms, backupCpuMs: run.cpuMs };
  } else {
    const run = await timed(async () => {
      const prepared = await prepareFile(db, 'customers.csv', readFileSync(input), { target: 'customers' });
      return runImport(db, prepared, { fileName: 'customers.csv', policy: 'skip', actor: null });
    });
    timing = { openMs, importMs: run.ms, importCpuMs: run.cpuMs, created: run.value.created };
  }
  db.close();
  process.stdout.write(JSON.stringify(timing));
}

function measure(task: string, dbPath: string, input: string, encrypted: boolean): Timing {
  const args = [__filename, '--child', task, dbPath, input, encrypted ? 'encrypted' : 'plain'];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${task} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Timing;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      customers: { type: 'string', default: '100000' },
      rows: { type: 'string', default: '20000' },
      queries: { type: 'string', default: '400' },
      runs: { type: 'string', default: '3' },
      child: { type: 'string' },
    },
  });
  if (values.child)
    return child(values.child, positionals[0] ?? '', positionals[1] ?? '', positionals[2] === 'encrypted');
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-crypt-bench-'));
  const plain = join(dir, 'plain.db');
  const db = openDatabase(plain);
  seedDemo(db, { customers: Number(values.customers), seed: 5, interactionsPerCustomer: 0 });
  const people = db
    .prepare("SELECT name, mobile, id_number AS idNumber FROM customers WHERE kind = 'person' ORDER BY rowid")
    .all() as { name: string; mobile: string | null; idNumber: string | null }[];
  db.close();

  const random = mulberry32(11);
  const pick = () => people[Math.floor(random() * people.length)] ?? people[0]!;
  const queries: string[] = [];
  for (let i = 0; i < Number(values.queries); i++) {
    const p = pick();
    const kinds = [p.name, p.name.slice(0, 1), p.mobile?.slice(0, 7), p.mobile?.slice(-4), p.idNumber?.slice(0, 10)];
    queries.push(kinds[i % kinds.length] ?? p.name);
  }
  const queryFile = join(dir, 'queries.json');
  writeFileSync(queryFile, JSON.stringify(queries));
  const rows = Number(values.rows);
  const lines = ['姓名,手机,工作单位,城市'];
  for (let i = 0; i < rows; i++) {
    const known = i % 10 === 0 ? pick() : null;
    const mobile = known?.mobile ?? `139${String(10_000_000 + i).padStart(8, '0')}`;
    lines.push(`${known?.name ?? `新客户${i}`},${mobile},华东电力设计院,杭州`);
  }
  const csv = join(dir, 'customers.csv');
  writeFileSync(csv, `\uFEFF${lines.join('\r\n')}\r\n`);

  const encrypted = join(dir, 'encrypted.db');
  copyFileSync(plain, encrypted);
  const enc = openDatabase(encrypted);
  rememberKey(PASSPHRASE);
  const reopen = (replace: () => void) => {
    enc.close();
    replace();
    return openDatabase(encrypted);
  };
  rekeyDatabase(enc, encrypted, PASSPHRASE, reopen).close();
  // A file encrypted as before AEGIS: the SQLCipher 4 scheme, as SQLite itself writes it.
  const sqlcipher = join(dir, 'sqlcipher.db');
  copyFileSync(plain, sqlcipher);
  const legacy = openConnection(sqlcipher);
  legacy.pragma('journal_mode = DELETE');
  useScheme(legacy, 'sqlcipher');
  applyRekey(legacy, PASSPHRASE);
  legacy.close();

  const kinds = ['plain', 'aegis', 'sqlcipher'] as const;
  const files = { plain, aegis: encrypted, sqlcipher };
  const empty = () => ({ plain: [] as Timing[], aegis: [] as Timing[], sqlcipher: [] as Timing[] });
  const results = empty();
  const imports = empty();
  const backups = empty();
  for (let run = 0; run < runs; run++)
    for (const kind of kinds) {
      const file = files[kind];
      const keyed = kind !== 'plain';
      results[kind].push(measure('search', file, queryFile, keyed));
      const copy = join(dir, `import-${kind}.db`);
      copyFileSync(file, copy);
      imports[kind].push(measure('import', copy, csv, keyed));
      rmSync(copy, { force: true });
      copyFileSync(file, copy);
      backups[kind].push(measure('backup', copy, csv, keyed));
      rmSync(copy, { force: true });
    }

  const row = (label: string, pick: (t: Timing) => number | undefined, from: ReturnType<typeof empty>) => {
    const [p, a, c] = kinds.map((kind) => median(from[kind].map((t) => pick(t) ?? 0)));
    const change = (x: number) => `${(((x - p!) / p!) * 100).toFixed(1).padStart(6)} %`;
    const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
    console.log(
      `${label.padEnd(34)} plain ${ms(p!)} | AEGIS ${ms(a!)} ${change(a!)} | SQLCipher 4 ${ms(c!)} ${change(c!)}`,
    );
  };
  console.log(
    `encryption benchmark: ${values.customers} customers, ${queries.length} searches, import of ${rows} rows; median of ${runs} runs`,
  );
  row('open (key derivation)', (t) => t.openMs, results);
  row(`search, cold cache (${queries.length} queries)`, (t) => t.coldMs, results);
  row('  its CPU time', (t) => t.coldCpuMs, results);
  row(`search, warm cache (${queries.length} queries)`, (t) => t.warmMs, results);
  row('  its CPU time', (t) => t.warmCpuMs, results);
  row(`import (${rows} rows, ${imports.plain[0]?.created ?? 0} new)`, (t) => t.importMs, imports);
  row('  its CPU time', (t) => t.importCpuMs, imports);
  row('  the backup before it, alone', (t) => t.backupMs, backups);
  row('  its CPU time', (t) => t.backupCpuMs, backups);
  rmSync(dir, { recursive: true, force: true });
}

void main();
