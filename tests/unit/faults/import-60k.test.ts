/**
 * The import's promise that a killed process leaves the database as it was: a real `dossier import` in a child
 * process, killed with SIGKILL while it is writing a 60,000-row file, then the database opened again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchCustomers } from '../../../electron/core/search/search';
import { createCore } from '../../../electron/core/index';
import { seedDemo } from '../../../electron/core/seed/demo';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import type { SearchHit } from '../../../shared/search/types';
import { BRANCH_LIST_HEADERS, branchListName, branchListRows } from '../../fixtures/branch-list';
import { csvText } from '../../fixtures/spreadsheets';
import { withDb } from '../helpers';
import { cliBundle, runCli } from '../../faults/harness';
import { checkSearchIndexes, contentSnapshot } from '../import/snapshot';

const ROWS = 60_000;
/** What the killed import would have filled in for the customers already there. */
const EMPLOYER = '舟山海星远洋渔业有限公司';

let cli = '';
beforeAll(async () => {
  // The import runs in its worker beside the CLI, as in dist/electron, and the CLI prints its progress.
  cli = await cliBundle();
}, 30_000);

describe('an import whose process is killed', () => {
  it('leaves the database as before once it is opened again: same rows, no batch, intact file and indexes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-killed-'));
    const dbPath = join(dir, 'branch.db');
    // Seeded through the app's core, as a branch's database is: opened by the app (its default staff member) before.
    const seeded = createCore({ dbPath, host: 'web' });
    seedDemo(seeded.db, { customers: 300, seed: 7 });
    const known = seeded.db
      .prepare(
        "SELECT name, mobile FROM customers WHERE kind = 'person' AND mobile IS NOT NULL AND employer IS NULL ORDER BY rowid LIMIT 40",
      )
      .all() as { name: string; mobile: string }[];
    seeded.close();
    // Customers already in the database, without an employer, come first (fill gives them one), then 60,000 new ones.
    const updates = known.map((c) => [c.name, '', c.mobile, '', EMPLOYER, '杭州市西湖区文三路90号', '老客户']);
    const csv = join(dir, '全行客户名单.csv');
    writeFileSync(csv, iconv.encode(csvText(BRANCH_LIST_HEADERS, [...updates, ...branchListRows(ROWS)]), 'gbk'));
    const before = withDb(dbPath, contentSnapshot);
    expect(existsSync(`${dbPath}-wal`)).toBe(false); // closed cleanly: everything is in the main file

    let reached = 0;
    let walAtKill = 0;
    const run = await runCli(['import', csv, '--db', dbPath, '--on-duplicate', 'fill'], {
      // Past the first block of new customers indexed for search (20,000), a third of the way through.
      output: (text) => {
        reached = Math.max(0, ...[...text.matchAll(/Importing… (\d+)\/(\d+)/g)].map((m) => Number(m[1])));
        return reached >= 25_000;
      },
      beforeKill: () => {
        walAtKill = existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0;
      },
    });
    const stdout = run.stdout;
    expect(run.killed, `the import finished before it could be killed:\n${run.stdout}\n${run.stderr}`).toBe(true);
    expect(reached).toBeGreaterThanOrEqual(25_000);
    expect(reached).toBeLessThan(ROWS + known.length);
    expect(stdout).toBe(''); // no summary: it never got to the end
    // It had written to the database: its committed slices are in the write-ahead log, its batch still `applying`.
    expect(walAtKill).toBeGreaterThan(1_000_000);
    const applying = "SELECT count(*) AS n FROM import_batches WHERE state = 'applying'";
    expect(withDb(dbPath, (db) => db.prepare(applying).get())).toEqual({ n: 1 });
    expect(withDb(dbPath, (db) => db.prepare('SELECT count(*) AS n FROM customers').get())).not.toEqual({ n: 300 });
    // The next opening of the file, by any host, rolls the slices back before anything else runs.
    createCore({ dbPath, host: 'cli' }).close();

    withDb(dbPath, (db) => {
      expect((db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)).toEqual([
        'ok',
      ]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(contentSnapshot(db)).toEqual(before);
      expect(db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM import_batch_items').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM customers WHERE employer = ?').get(EMPLOYER)).toEqual({
        n: 0,
      });
      // The search indexes agree with the table (their triggers are dropped and put back within each slice).
      checkSearchIndexes(db);
      const triggers = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customers' ORDER BY name")
        .all()
        .map((r) => (r as { name: string }).name);
      expect(triggers).toEqual(expect.arrayContaining(['customers_fts_insert', 'customers_short_insert']));
    });

    // The app opens it and lists and searches as before; nothing of the killed import is found.
    const core = createCore({ dbPath, host: 'web' });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
      return reply.value as T;
    };
    try {
      expect((await call<Page<CustomerRow>>('customers.list', {})).total).toBe(300);
      const sample = known[7];
      const byMobile = await call<SearchHit[]>('customers.search', { query: sample?.mobile });
      expect(byMobile.map((h) => h.name)).toContain(sample?.name);
      expect(byMobile.map((h) => h.employer)).not.toContain(EMPLOYER);
      expect(await call('customers.search', { query: '139 0001 0000' })).toEqual([]);
      expect(await call('customers.search', { query: EMPLOYER })).toEqual([]);
      expect(await call('import.batches', {})).toEqual([]);
    } finally {
      core.close();
    }

    // And the same file imports in full afterwards.
    const again = spawnSync(
      process.execPath,
      [cli, 'import', csv, '--db', dbPath, '--on-duplicate', 'fill', '--json'],
      {
        env: { ...process.env, LANG: 'en_US.UTF-8' },
        encoding: 'utf8',
      },
    );
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: ROWS, updated: known.length, skipped: 0, rejected: 0 });
    withDb(dbPath, (db) => {
      checkSearchIndexes(db);
      expect(db.prepare('SELECT count(*) AS n FROM customers WHERE employer = ?').get(EMPLOYER)).toEqual({
        n: known.length,
      });
      expect(searchCustomers(db, '139 0001 0000', 5).map((h) => h.name)).toEqual([branchListName(10_000)]);
    });
  }, 90_000);
});
