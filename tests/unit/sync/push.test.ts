/**
 * Two branches push to one head office: the head office's totals are the branches' sums, an edit arrives, a
 * delete arrives as a tombstone, an erased customer is gone at head office too, and with PostgreSQL stopped the
 * branch keeps working, its queue grows, and the push resumes when the server is back.
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer, updateCustomer, getCustomer } from '../../../electron/core/customers/records';
import { deleteInteraction } from '../../../electron/core/interactions/timeline';
import { eraseCustomers } from '../../../electron/core/privacy/erase';
import { openDatabase } from '../../../electron/core/db/open';
import { HQ_CONNECT_MS } from '../../../electron/core/hq/connect';
import { push as pushNow } from '../../../electron/core/sync/push';
import { scheduleSync } from '../../../electron/core/sync/schedule';
import { syncStatus } from '../../../electron/core/sync/state';
import { customer, withDb } from '../helpers';
import { cli, headOffice, hqCount, localCount, ok, seededBranch, type HeadOffice } from './branches';

let hq: HeadOffice;
let shanghai = '';
let beijing = '';

const LIVE: readonly [string, string][] = [
  ['customers', 'SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL'],
  ['interactions', 'SELECT count(*) AS n FROM interactions WHERE deleted_at IS NULL'],
  ['callbacks', 'SELECT count(*) AS n FROM callbacks'],
  ['complaints', 'SELECT count(*) AS n FROM complaints'],
  ['customer_classes', 'SELECT count(*) AS n FROM customer_segments'],
  ['staff', 'SELECT count(*) AS n FROM staff WHERE deleted_at IS NULL'],
];

async function push(db: string, code: string) {
  return JSON.parse(await ok(['sync', 'push', '--url', hq.branchUrl(code), '--db', db, '--json'])) as {
    pushed: number;
    tombstones: number;
    erased: number;
    queueLeft: number;
  };
}

beforeAll(async () => {
  hq = await headOffice(['SH01', 'BJ02']);
  shanghai = await seededBranch('SH01', 300, 11);
  beijing = await seededBranch('BJ02', 200, 22);
}, 120_000);

afterAll(async () => {
  await hq?.close();
});

describe('two branches pushing to one head office', () => {
  it('sends everything once; head office totals equal the sum of the branches', async () => {
    const first = await push(shanghai, 'SH01');
    expect(first.queueLeft).toBe(0);
    expect(first.pushed).toBeGreaterThan(300 + 300); // customers, their timelines, classes, call-backs…
    await push(beijing, 'BJ02');
    for (const [table, sql] of LIVE) {
      const sh = withDb(shanghai, (db) => localCount(db, sql));
      const bj = withDb(beijing, (db) => localCount(db, sql));
      expect(sh, table).toBeGreaterThan(0);
      expect(await hqCount(hq.admin, table, 'SH01'), table).toBe(sh);
      expect(await hqCount(hq.admin, table, 'BJ02'), table).toBe(bj);
      const total = await hq.admin.query(`SELECT count(*)::int AS n FROM dossier.${table} WHERE deleted_at IS NULL`);
      expect(total.rows[0].n, table).toBe(sh + bj);
    }
    // Class counts per branch match the branch's own.
    const abc = withDb(shanghai, (db) =>
      db.prepare("SELECT count(*) AS n FROM customer_segments WHERE abc = 'A'").get(),
    ) as { n: number };
    const hqAbc = await hq.admin.query(
      "SELECT count(*)::int AS n FROM dossier.customer_classes c JOIN dossier.branches b ON b.id = c.branch_id WHERE b.code = 'SH01' AND c.abc = 'A'",
    );
    expect(hqAbc.rows[0].n).toBe(abc.n);
    // A second push finds nothing to send.
    expect(await push(shanghai, 'SH01')).toMatchObject({ pushed: 0, queueLeft: 0 });
  });

  it('sends no raw ID number or full mobile; the same mobile at two branches has the same digest', async () => {
    const mobile = '13812345678';
    withDb(shanghai, (db) =>
      createCustomer(db, customer({ name: '陈静', mobile, idNumber: '11010519491231002X' }), null),
    );
    withDb(beijing, (db) => createCustomer(db, customer({ name: 'Chen Jing', mobile: '138 1234 5678' }), null));
    await push(shanghai, 'SH01');
    await push(beijing, 'BJ02');
    const rows = await hq.admin.query(
      "SELECT name, mobile_masked, mobile_digest, id_number_digest FROM dossier.customers WHERE name IN ('陈静', 'Chen Jing') ORDER BY name",
    );
    expect(rows.rows.map((r) => r.mobile_masked)).toEqual(['138****5678', '138****5678']);
    expect(rows.rows[0].mobile_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.rows[0].mobile_digest).toBe(rows.rows[1].mobile_digest);
    expect(JSON.stringify(rows.rows)).not.toContain('11010519491231002X');
    expect(JSON.stringify(rows.rows)).not.toContain(mobile);
  });

  it('carries an edit to head office', async () => {
    const id = withDb(shanghai, (db) => {
      const c = createCustomer(db, customer({ name: '刘洋', mobile: '13900001111' }), null);
      return c.id;
    });
    await push(shanghai, 'SH01');
    withDb(shanghai, (db) => {
      const before = getCustomer(db, id);
      updateCustomer(db, id, customer({ name: '刘洋洋', mobile: '13900001111', region: '上海市' }), null);
      expect(before.name).toBe('刘洋');
    });
    const result = await push(shanghai, 'SH01');
    expect(result.pushed).toBeGreaterThanOrEqual(1);
    const row = await hq.admin.query('SELECT name, region FROM dossier.customers WHERE id = $1', [id]);
    expect(row.rows).toEqual([{ name: '刘洋洋', region: '上海市' }]);
  });

  it('carries a delete as a tombstone', async () => {
    const { customerId, interactionId } = withDb(beijing, (db) => {
      const r = db.prepare('SELECT id, customer_id FROM interactions WHERE deleted_at IS NULL LIMIT 1').get() as {
        id: string;
        customer_id: string;
      };
      deleteInteraction(db, r.id, null);
      const other = db
        .prepare('SELECT id FROM customers WHERE deleted_at IS NULL AND id <> ? ORDER BY id LIMIT 1')
        .get(r.customer_id) as { id: string };
      deleteCustomer(db, other.id, null);
      return { customerId: other.id, interactionId: r.id };
    });
    await push(beijing, 'BJ02');
    const i = await hq.admin.query('SELECT deleted_at FROM dossier.interactions WHERE id = $1', [interactionId]);
    expect(i.rows[0].deleted_at).toBeInstanceOf(Date);
    const c = await hq.admin.query('SELECT name, deleted_at FROM dossier.customers WHERE id = $1', [customerId]);
    expect(c.rows[0].deleted_at).toBeInstanceOf(Date);
    for (const [table, sql] of LIVE)
      expect(await hqCount(hq.admin, table, 'BJ02'), table).toBe(withDb(beijing, (db) => localCount(db, sql)));
  });

  it('erases an erased customer at head office with everything hanging on it', async () => {
    const id = withDb(shanghai, (db) => {
      const row = db
        .prepare(
          `SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id)
             AND EXISTS (SELECT 1 FROM customer_segments s WHERE s.customer_id = c.id) LIMIT 1`,
        )
        .get() as { id: string };
      return row.id;
    });
    const hanging = async () =>
      (
        await hq.admin.query(
          `SELECT (SELECT count(*) FROM dossier.customers WHERE id = $1)::int
                + (SELECT count(*) FROM dossier.interactions WHERE customer_id = $1)::int
                + (SELECT count(*) FROM dossier.customer_classes WHERE id = $1)::int
                + (SELECT count(*) FROM dossier.callbacks WHERE customer_id = $1)::int
                + (SELECT count(*) FROM dossier.complaints WHERE customer_id = $1)::int AS n`,
          [id],
        )
      ).rows[0].n as number;
    expect(await hanging()).toBeGreaterThanOrEqual(3);
    withDb(shanghai, (db) => eraseCustomers(db, [id], null, null));
    const result = await push(shanghai, 'SH01');
    expect(result.erased).toBe(1);
    expect(await hanging()).toBe(0);
  });

  it('keeps working with PostgreSQL stopped, shows why in the user language, and resumes', async () => {
    await hq.whileStopped(async () => {
      withDb(shanghai, (db) => {
        createCustomer(db, customer({ name: '周敏', mobile: '13711112222' }), null);
        createCustomer(db, customer({ name: 'Zhou Min', mobile: '13711113333' }), null);
      });
      const failed = await cli(['sync', 'push', '--db', shanghai], 'zh_CN.UTF-8');
      expect(failed.code).toBe(1);
      expect(failed.err).toContain('无法连接总部数据库');
      const status = JSON.parse(await ok(['sync', 'status', '--db', shanghai, '--json'])) as {
        queue: number;
        lastError: { code: string };
      };
      expect(status.queue).toBeGreaterThanOrEqual(2);
      expect(status.lastError.code).toBe('sync.error.unreachable');
      // Still writable while head office is away: the queue grows.
      withDb(shanghai, (db) => createCustomer(db, customer({ name: '吴磊', mobile: '13711114444' }), null));
      const later = JSON.parse(await ok(['sync', 'status', '--db', shanghai, '--json'])) as { queue: number };
      expect(later.queue).toBe(status.queue + 1);
    });
    const resumed = await push(shanghai, 'SH01');
    expect(resumed.queueLeft).toBe(0);
    const names = await hq.admin.query(
      "SELECT name FROM dossier.customers WHERE name IN ('周敏', 'Zhou Min', '吴磊') ORDER BY name",
    );
    expect(names.rows.map((r) => r.name)).toEqual(['Zhou Min', '吴磊', '周敏'].sort());
    const status = JSON.parse(await ok(['sync', 'status', '--db', shanghai, '--json'])) as {
      lastError: unknown;
      queue: number;
    };
    expect(status).toMatchObject({ lastError: null, queue: 0 });
  });

  it('meets the server going away mid-push: out of reach at once, the rest kept, converging after', async () => {
    withDb(shanghai, (db) => {
      for (let i = 0; i < 60; i++)
        createCustomer(db, customer({ name: `客户${i} Chen`, mobile: `1390000${String(i).padStart(4, '0')}` }), null);
    });
    const db = openDatabase(shanghai);
    const url = hq.branchUrl('SH01');
    try {
      await hq.stoppingDuring(async (stop) => {
        const started = Date.now();
        // The server stops (fast shutdown: its sessions are ended) right after the second batch is committed.
        const midway = pushNow(db, { url, batchSize: 10, onBatch: (n) => (n === 2 ? stop() : undefined) });
        await expect(midway).rejects.toMatchObject({ issues: [{ code: 'sync.error.unreachable' }] });
        // "Push now" while it is down says so too, in the user's language, without waiting out a timeout.
        const again = await cli(['sync', 'push', '--url', url, '--db', shanghai], 'zh_CN.UTF-8');
        expect(again.err).toContain('无法连接总部数据库');
        expect(Date.now() - started).toBeLessThan(HQ_CONNECT_MS.patient - 2_000);
        expect(syncStatus(db)).toMatchObject({ lastError: { code: 'sync.error.unreachable' } });
        expect(syncStatus(db).queue).toBeGreaterThan(0);
      });
      expect((await pushNow(db, { url })).queueLeft).toBe(0);
    } finally {
      db.close();
    }
    const here = withDb(shanghai, (d) => localCount(d, LIVE[0]![1]));
    expect(await hqCount(hq.admin, 'customers', 'SH01')).toBe(here);
  });

  it('gives up within seconds on a server that takes the connection and never answers', async () => {
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    try {
      const started = Date.now();
      const failed = await cli([
        'sync',
        'push',
        '--db',
        shanghai,
        '--url',
        `postgresql://dossier_b_sh01:x@127.0.0.1:${port}/postgres`,
      ]);
      expect(failed.code).toBe(1);
      expect(failed.err).toContain('The head-office database cannot be reached');
      expect(held.length).toBeGreaterThan(0);
      // Before, the push waited the whole ten-second connect timeout.
      expect(Date.now() - started).toBeLessThan(HQ_CONNECT_MS.patient - 2_000);
    } finally {
      for (const socket of held) socket.destroy();
      silent.close();
    }
  }, 20_000);

  it("tries once more on the app's own push after a silent first connection; Push now does not", async () => {
    // The first connection is taken and never answered; any later one is closed at once.
    let connections = 0;
    const held: Socket[] = [];
    const server = createServer((socket) => {
      connections += 1;
      if (connections === 1) held.push(socket);
      else socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `postgresql://dossier_b_sh01:x@127.0.0.1:${(server.address() as AddressInfo).port}/postgres`;
    const db = openDatabase(shanghai);
    try {
      const unreachable = { issues: [{ code: 'sync.error.unreachable' }] };
      await expect(pushNow(db, { url })).rejects.toMatchObject(unreachable);
      expect(connections).toBe(1);
      for (const socket of held.splice(0)) socket.destroy();
      connections = 0;
      await expect(pushNow(db, { url, patient: true })).rejects.toMatchObject(unreachable);
      expect(connections).toBe(2);
    } finally {
      db.close();
      for (const socket of held) socket.destroy();
      server.close();
    }
  }, 20_000);

  it('pushes by itself on the app timer once a head office is set', async () => {
    const db = openDatabase(beijing);
    const stop = scheduleSync(() => db, 150);
    try {
      createCustomer(db, customer({ name: '郑爽', mobile: '13655556666' }), null);
      expect(syncStatus(db).queue).toBeGreaterThan(0);
      for (let i = 0; i < 100 && syncStatus(db).queue > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(syncStatus(db)).toMatchObject({ queue: 0, lastError: null });
    } finally {
      stop();
      db.close();
    }
    const row = await hq.admin.query("SELECT mobile_masked FROM dossier.customers WHERE name = '郑爽'");
    expect(row.rows).toEqual([{ mobile_masked: '136****6666' }]);
  });

  it('refuses a second branch init, and a push with the other branch credentials', async () => {
    const again = await cli(['branch', 'init', '--code', 'SH09', '--name', '另一个', '--db', shanghai]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already belongs to branch SH01');
    const wrong = await cli(['sync', 'push', '--url', hq.branchUrl('BJ02'), '--db', shanghai]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('This database is branch SH01, but these credentials belong to branch BJ02');
  });
});
