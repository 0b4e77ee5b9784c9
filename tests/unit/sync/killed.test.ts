/**
 * A push killed anywhere converges: the push in a child process (push-child.ts), killed with SIGKILL at random
 * points — after a random batch and a random few milliseconds more, or while it connects — while the branch keeps
 * writing between runs (edits, deletes, an erasure), at least 20 times in the middle of a push; then one push
 * more, and head office holds exactly what a clean push of the same database gives, row for row, with no
 * duplicate and nothing missing.
 */
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCustomer, getCustomer } from '../../../electron/core/customers/records';
import { createCore } from '../../../electron/core/index';
import { deleteInteraction } from '../../../electron/core/interactions/timeline';
import { eraseCustomers } from '../../../electron/core/privacy/erase';
import { enqueueAll } from '../../../electron/core/sync/capture';
import { queueLength } from '../../../electron/core/sync/state';
import { SYNCED_TABLES } from '../../../electron/core/sync/tables';
import { customer, withDb } from '../helpers';
import { bundle } from '../import/bundle';
import { headOffice, ok, seededBranch, type HeadOffice } from './branches';

let hq: HeadOffice;
let db = '';
let child = '';
const BATCH = 20;

/** A small PRNG so a failure can be replayed with the seed it prints. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const queue = (): number => withDb(db, queueLength);

/** Real writes between runs: renamed customers, a deleted timeline entry, now and then an erased customer. */
function branchWrites(round: number, rnd: () => number): void {
  withDb(db, (d) => {
    const ids = (
      d.prepare('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id').all() as { id: string }[]
    ).map((r) => r.id);
    for (let i = 0; i < 40; i++) {
      const id = ids[Math.floor(rnd() * ids.length)]!;
      const c = getCustomer(d, id);
      updateCustomer(
        d,
        id,
        customer({ name: `${c.name.replace(/·\d+$/, '')}·${round}`, kind: c.kind, mobile: c.mobile ?? undefined }),
        null,
      );
    }
    const entry = d
      .prepare('SELECT id FROM interactions WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?')
      .get(round) as { id: string } | undefined;
    if (entry) deleteInteraction(d, entry.id, null);
    if (round % 5 === 0) eraseCustomers(d, [ids[Math.floor(rnd() * ids.length)]!], null, null);
  });
}

beforeAll(async () => {
  child = await bundle('tests/unit/sync/push-child.ts', 'push-child');
  hq = await headOffice(['SH01', 'REF']);
  db = await seededBranch('SH01', 500, 3);
  // The connection is stored once; every child push uses it.
  const core = createCore({ dbPath: db, host: 'cli' });
  const reply = await core.dispatch('sync.configure', { url: hq.branchUrl('SH01') });
  core.close();
  expect(reply.ok).toBe(true);
}, 120_000);

afterAll(async () => {
  await hq?.close();
});

describe('a push killed at random points', () => {
  it('converges on the next push: every row as a clean push gives it, no duplicate, no loss', async () => {
    const seed = Date.now() % 100_000;
    const rnd = random(seed);
    const env = { ...process.env, LANG: 'en_US.UTF-8' };
    let midPush = 0;
    let kills = 0;
    for (let round = 1; midPush < 20 && round <= 60; round++) {
      if (round > 1) branchWrites(round, rnd);
      const before = queue();
      const batches = Math.ceil(before / BATCH);
      const proc = spawn(process.execPath, [child, db, String(BATCH)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        proc.on('exit', (_code, signal) => resolve(signal)),
      );
      // One round in six dies while connecting; the others after a random batch, a random few ms later.
      const early = rnd() < 1 / 6;
      const at = 1 + Math.floor(rnd() * Math.max(1, batches - 1));
      const extra = rnd() * 5;
      if (early) setTimeout(() => proc.kill('SIGKILL'), rnd() * 150);
      proc.stdout.on('data', (chunk: Buffer) => {
        if (!early && chunk.toString().includes(`batch ${at}\n`)) setTimeout(() => proc.kill('SIGKILL'), extra);
      });
      const signal = await exited;
      if (signal !== 'SIGKILL') continue;
      kills += 1;
      const after = queue();
      if (after > 0 && after < before) midPush += 1;
    }
    expect(midPush, `seed ${seed}: ${kills} kills`).toBeGreaterThanOrEqual(20);

    // The next push finishes what the killed ones left.
    const last = JSON.parse(await ok(['sync', 'push', '--db', db, '--json'])) as { queueLeft: number };
    expect(last.queueLeft).toBe(0);

    // A copy of the same database pushed cleanly, in one go, as branch REF.
    const copy = `${db}.ref.db`;
    copyFileSync(db, copy);
    withDb(copy, (d) => {
      d.prepare("UPDATE branch_identity SET code = 'REF'").run();
      d.prepare('DELETE FROM sync_state').run();
      d.prepare('DELETE FROM sync_outbox').run();
      enqueueAll(d);
    });
    await ok(['sync', 'push', '--url', hq.branchUrl('REF'), '--db', copy]);

    const ids = await hq.admin.query<{ id: string; code: string }>('SELECT id, code FROM dossier.branches');
    const branch = (code: string) => ids.rows.find((r) => r.code === code)!.id;
    for (const table of SYNCED_TABLES) {
      // Every live row, all its columns (but the branch, the version and when it arrived), both ways.
      const rows = (b: string) =>
        `SELECT to_jsonb(t) - 'branch_id' - 'version' - 'pushed_at' AS r FROM dossier.${table.remote} t
         WHERE branch_id = '${b}' AND deleted_at IS NULL`;
      const missing = await hq.admin.query(`${rows(branch('REF'))} EXCEPT ${rows(branch('SH01'))}`);
      const extra = await hq.admin.query(`${rows(branch('SH01'))} EXCEPT ${rows(branch('REF'))}`);
      expect(missing.rows, `${table.remote}: missing at head office`).toEqual([]);
      expect(extra.rows, `${table.remote}: at head office but not at the branch`).toEqual([]);
      const counts = await hq.admin.query(
        `SELECT count(*)::int AS n FROM dossier.${table.remote} WHERE branch_id = $1 AND deleted_at IS NULL`,
        [branch('SH01')],
      );
      expect(counts.rows[0].n, table.remote).toBeGreaterThan(0);
    }
    // Tombstones are only of records the branch no longer has live.
    const tombstones = await hq.admin.query(
      'SELECT id FROM dossier.interactions WHERE branch_id = $1 AND deleted_at IS NOT NULL',
      [branch('SH01')],
    );
    expect(tombstones.rowCount).toBeGreaterThan(0);
    withDb(db, (d) => {
      for (const { id } of tombstones.rows)
        expect(d.prepare('SELECT 1 FROM interactions WHERE id = ? AND deleted_at IS NULL').get(id)).toBeUndefined();
    });
  }, 180_000);
});
