/**
 * Second writers: a CLI import of 50,000 rows while the app saves customers and serves reads, and a CLI import
 * meeting another writer's lock. Every save goes through between two of the import's slices (never "busy", never
 * "database is locked"), the app's event loop is never blocked for seconds, and an import that meets another writer
 * waits its turn and says so.
 * The figures of a run are in docs/BENCHMARKS.md (tests/bench/second-writer.ts).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { seedDemo } from '../../../electron/core/seed/demo';
import { translate } from '../../../shared/i18n/index';
import { branchListCsv } from '../../fixtures/branch-list';
import { cliBundle, runCli } from '../../faults/harness';
import { secondWriter } from '../../faults/second-writer';
import { withDb } from '../helpers';

let cli = '';
beforeAll(async () => {
  cli = await cliBundle();
}, 60_000);

function seeded(customers: number): { dir: string; dbPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-second-writer-'));
  const dbPath = join(dir, 'branch.db');
  const core = createCore({ dbPath, host: 'cli' });
  seedDemo(core.db, { customers, seed: 23 });
  core.close();
  return { dir, dbPath };
}

const count = (dbPath: string): number =>
  withDb(dbPath, (db) => (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n);

describe('a second writer', () => {
  it('lets the app save and read while a CLI import of 50,000 rows runs: busy answers, no lock errors, no freeze', async () => {
    const { dir, dbPath } = seeded(1000);
    const csv = join(dir, '全行客户名单.csv');
    writeFileSync(csv, branchListCsv(50_000));
    const figures = await secondWriter(cli, dbPath, csv);
    const { importStderr: _, stalls, otherErrors: __, ...shown } = figures;
    console.log(`second writer: ${JSON.stringify({ ...shown, stallsOver200ms: stalls.length })}`);

    expect(figures.importCode, figures.importStderr).toBe(0);
    // The saves met the import's lock, else this proves nothing: one waited longer than SQLite's own wait on the
    // hosts' thread (50 ms) for its turn. The import commits in slices and lets a waiting save in between two, so
    // none is answered "busy" (before the slices, a save waited out its 2 s and was).
    expect(figures.maxSaveMs, JSON.stringify(figures)).toBeGreaterThan(50);
    expect(figures.refusals.db_busy ?? 0, JSON.stringify(figures)).toBe(0);
    expect(figures.otherErrors).toEqual([]);
    expect(figures.saved).toBe(figures.saves);
    expect(translate('en', 'error.db_busy')).toMatch(/^Busy: another import is running, retrying…/);
    expect(translate('zh-CN', 'error.db_busy')).toMatch(/^忙：另一个导入正在进行，正在重试/);
    // Never frozen for seconds (before: 9.9 s): the longest read and the event loop's longest stall stay under two
    // seconds even on a loaded test machine (quiet figures, ≈ 0.1–0.5 s, are in docs/BENCHMARKS.md).
    expect(figures.reads).toBeGreaterThan(20);
    expect(figures.maxReadMs).toBeLessThan(2000);
    expect(figures.maxLoopLagMs).toBeLessThan(2000);
    expect(count(dbPath)).toBe(1000 + 50_000 + figures.saves);
  }, 240_000);

  it('makes a CLI import wait its turn while another writer holds the lock, saying so, then saves it whole', async () => {
    const { dir, dbPath } = seeded(200);
    const list = join(dir, '二月名单.csv');
    writeFileSync(list, branchListCsv(2_000, 200_000));
    // Another writer (here this test, as the app or a first import would) holds the write lock until the import has
    // said it is waiting; held at most 60 s, whatever happens.
    const holder = new Database(dbPath);
    holder.exec('BEGIN IMMEDIATE');
    holder.prepare("INSERT INTO settings (key, value) VALUES ('second-writer-test', '1')").run();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const safety = setTimeout(release, 60_000);
    const running = runCli(['import', list, '--db', dbPath, '--json'], {
      ms: 180_000,
      onOutput: (text) => text.includes('Busy: another import is running, retrying…') && release(),
    });
    await released;
    clearTimeout(safety);
    holder.exec('COMMIT');
    holder.close();
    const b = await running;
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toContain('Busy: another import is running, retrying…');
    expect(b.stderr).not.toMatch(/database is locked|SQLITE_BUSY/i);
    const { created, skipped } = JSON.parse(b.stdout) as { created: number; skipped: number };
    expect(created + skipped).toBe(2_000);
    expect(count(dbPath)).toBe(200 + created);
    // The other writer's work is kept too.
    expect(
      withDb(dbPath, (db) => db.prepare("SELECT value FROM settings WHERE key = 'second-writer-test'").get()),
    ).toEqual({ value: '1' });
  }, 240_000);
});
