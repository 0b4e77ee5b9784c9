/**
 * What each page format of SQLite3 Multiple Ciphers costs to read: one table of 200,000 customer-like rows (75 MB
 * unencrypted) written in each format, then one full scan with a cold page cache, in a fresh process per
 * measurement, the formats alternating. Reading every page once is where a format's per-page cost shows most. Run:
 *
 *   node scripts/build.mjs --node-only && node dist/tests/page-formats-bench.cjs [--rows 200000] [--runs 3]
 *
 * Prints each format's scan CPU time (median) and its difference from the unencrypted file.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** A format: the pragmas set before the key (none for an unencrypted file). */
const FORMATS: Record<string, readonly string[]> = {
  plain: [],
  'SQLCipher 4 (AES-256-CBC, HMAC-SHA512)': ["cipher = 'sqlcipher'", 'legacy = 4'],
  'SQLCipher 4 with HMAC-SHA1': ["cipher = 'sqlcipher'", 'legacy = 4', 'hmac_algorithm = 0'],
  'SQLCipher 4 without HMAC': ["cipher = 'sqlcipher'", 'legacy = 4', 'hmac_use = 0'],
  'ChaCha20-Poly1305': ["cipher = 'chacha20'"],
  'AEGIS-256': ["cipher = 'aegis'", "algorithm = 'aegis-256'"],
  'AEGIS-256X2 (the app)': ["cipher = 'aegis'", "algorithm = 'aegis-256x2'"],
  'AEGIS-128L': ["cipher = 'aegis'", "algorithm = 'aegis-128l'"],
};

function open(path: string, format: string): Database.Database {
  const db = new Database(path);
  const pragmas = FORMATS[format] ?? [];
  for (const pragma of pragmas) db.pragma(pragma);
  if (pragmas.length > 0) db.pragma("key = 'page format bench'");
  return db;
}

function make(path: string, format: string, rows: number): void {
  const db = open(path, format);
  db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, pinyin TEXT, mobile TEXT, note TEXT)');
  const insert = db.prepare('INSERT INTO customers (name, pinyin, mobile, note) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(
        i % 2 ? `王芳${i}` : `Emily Carter ${i}`,
        `wangfang${i}`,
        `139${String(i).padStart(8, '0')}`,
        `回访记录 follow-up ${'·'.repeat(90)}`,
      );
  })();
  db.close();
}

/** In a child process: the scan's CPU milliseconds. */
function scan(path: string, format: string): void {
  const db = open(path, format);
  const query = db.prepare("SELECT count(*) FROM customers WHERE note LIKE '%x%' OR name LIKE '%zz%'");
  const before = process.cpuUsage();
  query.get();
  const used = process.cpuUsage(before);
  db.close();
  process.stdout.write(String((used.user + used.system) / 1000));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rows: { type: 'string', default: '200000' },
      runs: { type: 'string', default: '3' },
      child: { type: 'boolean', default: false },
    },
  });
  if (values.child) return scan(positionals[0] ?? '', positionals[1] ?? 'plain');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-page-formats-'));
  const names = Object.keys(FORMATS);
  const files = names.map((format, i) => join(dir, `format-${i}.db`));
  names.forEach((format, i) => make(files[i]!, format, Number(values.rows)));
  const times = names.map(() => [] as number[]);
  for (let run = 0; run < Number(values.runs); run++)
    names.forEach((format, i) => {
      const child = spawnSync(process.execPath, [__filename, '--child', files[i]!, format], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`${format}: ${child.stderr}`);
      times[i]!.push(Number(child.stdout));
    });
  const plain = median(times[0]!);
  const mb = statSync(files[0]!).size / 1e6;
  console.log(
    `page formats: full scan of ${values.rows} rows (${mb.toFixed(0)} MB plain), cold cache, CPU, median of ${values.runs}`,
  );
  names.forEach((format, i) => {
    const ms = median(times[i]!);
    console.log(`${format.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${(ms - plain).toFixed(0).padStart(5)} ms`);
  });
  rmSync(dir, { recursive: true, force: true });
}

main();
