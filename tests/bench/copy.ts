/**
 * Whole-file copies (`VACUUM INTO`, what backups and the passphrase change write) with the connection's 64 MB page
 * cache against the 8 MB that `db/cache.ts` gives them: wall and CPU time, and the process's peak RSS, each run in
 * a fresh process, the two alternating. Run on any database, e.g. one made by `dossier seed-demo`:
 *
 *   npm run build && node dist/electron/cli.cjs seed-demo --customers 100000 --db /tmp/big.db
 *   node dist/tests/copy-bench.cjs --db /tmp/big.db [--runs 3] [--key-file F]
 *
 * With --key-file the database is an encrypted one (`dossier encryption enable --new-key-file F`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { vacuumInto } from '../../electron/core/db/cache';
import { rememberKey } from '../../electron/core/db/cipher';
import { openDatabase } from '../../electron/core/db/open';
import { stmt } from '../../electron/core/db/sql';

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

function child(dbPath: string, target: string, how: string, keyFile: string | undefined): void {
  if (keyFile) rememberKey(readFileSync(keyFile, 'utf8').replace(/\n$/, ''));
  const db = openDatabase(dbPath);
  const started = performance.now();
  const cpu = process.cpuUsage();
  if (how === 'connection') stmt(db, 'VACUUM INTO ?').run(target);
  else vacuumInto(db, target);
  const used = process.cpuUsage(cpu);
  const run: Run = {
    wallMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
  db.close();
  process.stdout.write(JSON.stringify(run));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      runs: { type: 'string', default: '3' },
      child: { type: 'string' },
      target: { type: 'string' },
      'key-file': { type: 'string' },
    },
  });
  if (!values.db) throw new Error('--db PATH is required');
  if (values.child) return child(values.db, values.target ?? '', values.child, values['key-file']);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-copy-bench-'));
  const results: Record<string, Run[]> = { connection: [], copy: [] };
  for (let i = 0; i < Number(values.runs); i++) {
    for (const how of ['connection', 'copy'] as const) {
      const target = join(dir, `${how}-${i}.db`);
      const keyArgs = values['key-file'] ? ['--key-file', values['key-file']] : [];
      const args = [__filename, '--db', values.db, '--child', how, '--target', target, ...keyArgs];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${how} failed: ${r.stderr}`);
      results[how]!.push(JSON.parse(r.stdout) as Run);
      rmSync(target, { force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`VACUUM INTO of ${values.db}, median of ${values.runs} runs, each in a fresh process`);
  for (const [how, label] of [
    ['connection', "the connection's cache (64 MB)"],
    ['copy', 'a copy’s cache (8 MB)'],
  ] as const) {
    const rs = results[how]!;
    console.log(
      `${label.padEnd(32)} wall ${median(rs.map((r) => r.wallMs)).toFixed(0)} ms | CPU ${median(rs.map((r) => r.cpuMs)).toFixed(0)} ms | peak RSS ${median(rs.map((r) => r.rssMb)).toFixed(0)} MB`,
    );
  }
}

main();
