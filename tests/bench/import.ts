/**
 * Import benchmark: a 100k-row, 15-column CSV and .xlsx into a database that already holds 100k customers.
 * Reports parse-only time, whole-import time (parse, normalise, dedupe, insert), rows/s, their ratio, the time
 * to re-import the CSV with changes under overwrite and to undo both, and peak RSS. Run: npm run build && node dist/tests/import-bench.cjs [--rows 100000] [--existing 100000] [--runs 3]
 * [--only overwrite] (the CSV import, its overwrite re-import and the undos only, each with its CPU time).
 *
 * Every measurement runs in a fresh process holding what an import worker or the CLI holds (exceljs is loaded by
 * the generator only): timed in one process after the generator, the seed and the previous runs, V8's
 * allocation-site pretenuring decisions and the heap those left behind made the same import up to twice as slow.
 * CPU time is shown next to wall time, which on a busy machine says more.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../electron/core/db/open';
import { prepareFile } from '../../electron/core/import/prepare';
import { runImport } from '../../electron/core/import/run';
import { undoImport } from '../../electron/core/import/batches';
import { readTable } from '../../electron/core/import/table';
import { seedDemo } from '../../electron/core/seed/demo';
import { residentIdCheckChar } from '../../shared/rules/index';

const HEADERS = [
  '姓名',
  '性别',
  '手机',
  '身份证号',
  '出生日期',
  '工作单位',
  '职务',
  '地址',
  '地区',
  '邮箱',
  '客户经理',
  '标签',
  '备注',
  '微信号',
  '开户网点',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';

/** Days from 1950-01-01: every row gets its own birth date and sequence pair, so no two rows share an ID number. */
const DAY = 86_400_000;
const BIRTH_EPOCH = Date.UTC(1950, 0, 1);

function row(i: number): string[] {
  const d = new Date(BIRTH_EPOCH + (i % 20_000) * DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const birth = `${y}${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const first17 = `110105${birth}${String(Math.floor(i / 20_000)).padStart(3, '0')}`;
  return [
    `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`,
    i % 2 ? '男' : '女',
    `17${String(100000000 + i).slice(-9)}`,
    first17 + residentIdCheckChar(first17),
    `${y}/${m}/${day}`,
    `杭州第${i}号机械有限公司`,
    '经理',
    `杭州市西湖区文三路${i % 300}号`,
    '杭州市西湖区',
    `user${i}@example.com`,
    `员工${i % 8}`,
    i % 3 ? 'VIP,理财' : '基金',
    '季度回访',
    `wx_${i}`,
    '朝阳支行',
  ];
}

/**
 * The file's rows: distinct customers, except that every 10th row is a customer the database already holds (same
 * name and mobile) and every 100th repeats the row 50 before it, as a branch's list re-exported and merged would.
 */
function fileRows(count: number, existing: readonly { name: string; mobile: string }[]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const r = row(i);
    const known = existing[i / 10];
    if (i % 10 === 0 && known) {
      r[0] = known.name;
      r[2] = known.mobile;
    } else if (i % 100 === 55) rows.push(rows[i - 50] ?? r);
    if (rows.length === i) rows.push(r);
  }
  return rows;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
  readonly created: number;
  readonly skipped: number;
  /** The longest the import held the write lock (one slice, BEGIN to COMMIT) and how many slices it took. */
  readonly longestSliceMs?: number;
  readonly slices?: number;
  /** Undoing the import afterwards (CSV runs only). */
  readonly undoMs?: number;
  /** Then the file again with every position changed, under overwrite, and the undo of that (CSV runs only). */
  readonly overwriteMs?: number;
  readonly updated?: number;
  readonly undoOverwriteMs?: number;
  /** CPU time of the same three, in ms. */
  readonly overwriteCpuMs?: number;
  readonly undoOverwriteCpuMs?: number;
  readonly undoCpuMs?: number;
  /** Slices of the overwrite re-import, and the longest of them. */
  readonly overwriteSlices?: number;
  readonly overwriteLongestSliceMs?: number;
}

/**
 * In a child process: a bare parse of the file, or a whole import of it into the database at dbPath (`undo`: then
 * the same file with every position changed imported again under overwrite, which updates the customers the
 * first import created, then undoing that and the first import, each timed on its own; `overwrite`: the same from
 * the overwrite on, with a database that already holds the first import, for a profile of that part alone).
 */
async function child(what: string, path: string, dbPath: string): Promise<void> {
  const bytes = readFileSync(path);
  const name = basename(path);
  const db = what === 'parse' ? null : openDatabase(dbPath);
  const cpu = process.cpuUsage();
  const t = performance.now();
  let created = 0;
  let skipped = 0;
  let batchId = '';
  const slices: number[] = [];
  if (db && what === 'overwrite') {
    batchId = (db.prepare('SELECT id FROM import_batches ORDER BY started_at DESC LIMIT 1').get() as { id: string }).id;
  } else if (db) {
    const prepared = await prepareFile(db, name, bytes, { target: 'customers' });
    ({ created, skipped, batchId } = runImport(db, prepared, {
      fileName: name,
      policy: 'skip',
      actor: null,
      onSlice: (sliceMs) => slices.push(sliceMs),
    }));
  } else await readTable(name, bytes);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const extra: Partial<Timing> =
    slices.length > 0 ? { longestSliceMs: Math.max(...slices), slices: slices.length } : {};
  if (db && (what === 'undo' || what === 'overwrite')) {
    const changed = Buffer.from(bytes.toString('utf8').replaceAll(',经理,', ',主管,'));
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const d = process.cpuUsage(since);
      return (d.user + d.system) / 1000;
    };
    const overwriteSlices: number[] = [];
    const oc = process.cpuUsage();
    const o = performance.now();
    const prepared = await prepareFile(db, name, changed, { target: 'customers' });
    const overwrite = runImport(db, prepared, {
      fileName: name,
      policy: 'overwrite',
      actor: null,
      onSlice: (sliceMs) => overwriteSlices.push(sliceMs),
    });
    const u = performance.now();
    const uc = process.cpuUsage();
    const overwriteCpuMs = cpuMs(oc);
    undoImport(db, overwrite.batchId, null);
    const v = performance.now();
    const vc = process.cpuUsage();
    const undoOverwriteCpuMs = cpuMs(uc);
    undoImport(db, batchId, null);
    Object.assign(extra, {
      overwriteMs: u - o,
      updated: overwrite.updated,
      undoOverwriteMs: v - u,
      undoMs: performance.now() - v,
      overwriteCpuMs,
      undoOverwriteCpuMs,
      undoCpuMs: cpuMs(vc),
      ...(overwriteSlices.length > 0
        ? { overwriteSlices: overwriteSlices.length, overwriteLongestSliceMs: Math.max(...overwriteSlices) }
        : {}),
    });
  }
  db?.close();
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, created, skipped, ...extra } satisfies Timing),
  );
}

function measure(what: 'parse' | 'import' | 'undo', path: string, dbPath = ''): Timing {
  const r = spawnSync(process.execPath, [__filename, '--child', what, path, dbPath], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} ${path} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Timing;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rows: { type: 'string', default: '100000' },
      existing: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      child: { type: 'string' },
      keep: { type: 'boolean', default: false },
      // `overwrite`: only the CSV import, its overwrite re-import and the two undos (no parse, .xlsx or peak RSS).
      only: { type: 'string' },
    },
  });
  if (values.child) return child(values.child, positionals[0] ?? '', positionals[1] ?? '');
  const overwriteOnly = values.only === 'overwrite';
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-bench-'));
  const base = join(dir, 'base.db');
  const seedDb = openDatabase(base);
  seedDemo(seedDb, { customers: Number(values.existing), seed: 3, interactionsPerCustomer: 0 });
  const existing = seedDb
    .prepare("SELECT name, mobile FROM customers WHERE kind = 'person' AND mobile IS NOT NULL ORDER BY rowid LIMIT ?")
    .all(Math.ceil(rows / 10)) as { name: string; mobile: string }[];
  seedDb.close();
  const data = fileRows(rows, existing);
  const csvPath = join(dir, 'customers.csv');
  writeFileSync(csvPath, `\uFEFF${[HEADERS, ...data].map((r) => r.join(',')).join('\r\n')}\r\n`);
  if (!overwriteOnly) {
    // Loaded here only: a measured child process should hold what an import worker holds, not exceljs as well.
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, 'customers.xlsx'),
      useSharedStrings: true,
    });
    const ws = wb.addWorksheet('客户');
    ws.addRow(HEADERS).commit();
    for (const r of data) ws.addRow(r).commit();
    await wb.commit();
  }

  console.log(
    `import benchmark: ${rows} rows × ${HEADERS.length} columns into a database with ${values.existing} customers; median of ${runs} runs`,
  );
  const files = [
    ['CSV', 'customers.csv'],
    ['xlsx', 'customers.xlsx'],
  ] as const;
  for (const [label, file] of overwriteOnly ? files.slice(0, 1) : files) {
    const parse: Timing[] = [];
    const whole: Timing[] = [];
    for (let run = 0; run < runs; run++) {
      if (!overwriteOnly) parse.push(measure('parse', join(dir, file)));
      const dbPath = join(dir, `run-${label}-${run}.db`);
      copyFileSync(base, dbPath);
      whole.push(measure(label === 'CSV' ? 'undo' : 'import', join(dir, file), dbPath));
      rmSync(dbPath, { force: true });
    }
    const p = overwriteOnly ? NaN : median(parse.map((x) => x.ms));
    const w = median(whole.map((x) => x.ms));
    const cpu = (xs: Timing[]): string => `${(median(xs.map((x) => x.cpuMs)) / 1000).toFixed(2)} s CPU`;
    const cpuKey = {
      undoMs: 'undoCpuMs',
      overwriteMs: 'overwriteCpuMs',
      undoOverwriteMs: 'undoOverwriteCpuMs',
    } as const;
    // Wall time, with CPU time where the child reported it.
    const seconds = (key: 'undoMs' | 'overwriteMs' | 'undoOverwriteMs'): string => {
      const wall = `${(median(whole.map((x) => x[key] ?? 0)) / 1000).toFixed(2)} s`;
      const cpus = whole.map((x) => x[cpuKey[key]]).filter((x) => x !== undefined);
      return cpus.length > 0 ? `${wall} (${(median(cpus) / 1000).toFixed(2)} s CPU)` : wall;
    };
    console.log(
      `${label.padEnd(5)} ${overwriteOnly ? '' : `parse ${(p / 1000).toFixed(2)} s (${cpu(parse)}) | `}whole import ${(w / 1000).toFixed(2)} s (${cpu(whole)}; ${Math.round(rows / (w / 1000))} rows/s${overwriteOnly ? '' : `, ${(w / p).toFixed(2)}× parse`}) | created ${whole[0]?.created ?? 0}, skipped ${whole[0]?.skipped ?? 0}`,
    );
    const longest = whole.map((x) => x.longestSliceMs).filter((x) => x !== undefined);
    // A tree without slices holds the lock for its whole import.
    console.log(
      `${label.padEnd(5)} longest hold of the write lock ${
        longest.length > 0
          ? `${Math.round(median(longest))} ms (one of ${whole[0]?.slices ?? 0} slices)`
          : `${(w / 1000).toFixed(2)} s (the whole import, one transaction)`
      }`,
    );
    if (whole[0]?.undoMs !== undefined)
      console.log(
        `${label.padEnd(5)} again with every position changed, overwrite: ${seconds('overwriteMs')} (${whole[0].updated ?? 0} updated${
          whole[0].overwriteSlices ? `, ${whole[0].overwriteSlices} slices` : ''
        }), its undo ${seconds('undoOverwriteMs')}; undo of the first import ${seconds('undoMs')}`,
      );
  }
  // Peak memory of a whole import on its own: the CLI in a fresh process, measured by GNU time, median of the runs.
  for (const file of overwriteOnly ? [] : ['customers.xlsx', 'customers.csv']) {
    const peaks: number[] = [];
    for (let run = 0; run < runs; run++) {
      const dbPath = join(dir, `rss-${file}.db`);
      copyFileSync(base, dbPath);
      const cli = join(__dirname, '..', 'electron', 'cli.cjs');
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M', process.execPath, cli, 'import', join(dir, file), '--db', dbPath, '--json'],
        { encoding: 'utf8' },
      );
      rmSync(dbPath, { force: true });
      const kb = Number((r.stderr.trim().split('\n').at(-1) ?? '').trim());
      if (Number.isFinite(kb) && kb > 0) peaks.push(kb / 1024);
    }
    console.log(
      `${file}: peak RSS of \`dossier import\` ${
        peaks.length > 0
          ? `${Math.round(median(peaks))} MB median (${Math.round(Math.min(...peaks))}–${Math.round(Math.max(...peaks))} MB)`
          : 'n/a (GNU time missing)'
      }`,
    );
  }
  console.log('targets: xlsx ≤ 15 s, CSV ≤ 5 s, peak RSS ≤ 400 MB, whole import within 2× of parsing alone');
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
