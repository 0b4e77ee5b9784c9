/** Demo data is one batch: a `seed-demo` killed after most of its customers were written leaves nothing behind. */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../faults/harness';

describe('a seed-demo whose process is killed', () => {
  it('leaves nothing behind when killed after most of its customers were written', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-demo-killed-')), 'branch.db');
    // 25,000 written: before this was one batch, 20,000 of them would have stayed.
    const run = await runCli(['seed-demo', '--customers', '30000', '--db', path], { output: /Seeding… 25000\/30000/ });
    expect(run.killed, run.stderr).toBe(true);
    const db = new Database(path, { readonly: true });
    try {
      const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect({
        customers: n('customers'),
        interactions: n('interactions'),
        purchases: n('transactions'),
        integrity: db.pragma('integrity_check', { simple: true }),
        foreignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
      }).toEqual({ customers: 0, interactions: 0, purchases: 0, integrity: 'ok', foreignKeys: 0 });
    } finally {
      db.close();
    }
  }, 120_000);
});
