/**
 * Demo data is one batch: `seed-demo --remove` takes a whole batch out again while the branch's own customers stay
 * (a `seed-demo` killed part-way is in tests/unit/faults/seed-demo.test.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { createCore } from '../../../electron/core/index';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-demo-batch-')), 'branch.db');

function counts(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      customers: n('customers'),
      interactions: n('interactions'),
      purchases: n('transactions'),
      callbacks: n('callbacks'),
      campaigns: n('campaigns'),
      complaints: n('complaints'),
      products: n('products'),
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

describe('demo data as one batch', () => {
  it('removes every demo row and keeps the customer the branch entered', async () => {
    const path = tempDb();
    const core = createCore({ dbPath: path, host: 'web' });
    const own = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '王秀英', mobile: '13912345678' },
    });
    core.close();
    expect(own.ok).toBe(true);
    const seeded = await cli(['seed-demo', '--customers', '300', '--callbacks', '20', '--db', path, '--json']);
    expect(seeded.code).toBe(0);
    const full = counts(path);
    expect(full.customers).toBe(301);
    expect(full.purchases).toBeGreaterThan(0);
    expect(full.campaigns).toBeGreaterThan(0);
    expect(full.complaints).toBeGreaterThan(0);

    const removed = await cli(['seed-demo', '--remove', '--db', path]);
    expect(removed.code).toBe(0);
    expect(removed.out).toMatch(
      /^Removed the demo data: 300 customers with everything on them, \d+ campaigns?, \d+ products?\.$/,
    );
    expect(counts(path)).toEqual({
      customers: 1,
      interactions: 0,
      purchases: 0,
      callbacks: 0,
      campaigns: 0,
      complaints: 0,
      products: 0,
      integrity: 'ok',
      foreignKeys: 0,
    });
    const left = new Database(path, { readonly: true });
    expect(left.prepare('SELECT name, mobile FROM customers').get()).toEqual({ name: '王秀英', mobile: '13912345678' });
    left.close();
  }, 60_000);
});
