/**
 * Head office's figures on a real PostgreSQL cluster: two hand-counted branches (tests/fixtures/hq-branches.ts) and
 * an empty one; totals are sums of the branches with the rates recomputed; tombstones never count; the reader role
 * reads and writes nothing; the same person at two branches; the `--hq` core and `dossier hq report`.
 */
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { hqFigures } from '../../../electron/core/hq/figures';
import { createHqCore, type HqCore } from '../../../electron/core/hq/core';
import { openHqReader } from '../../../electron/core/hq/reader';
import { hqSearch, samePerson, searchStatement } from '../../../electron/core/hq/search';
import { withHq } from '../../../electron/core/hq/connect';
import { addBranch } from '../../../electron/core/hq/roles';
import type { Pool } from 'pg';
import { DIGEST, seedTwoBranches, setUpHq, type HqSetUp } from '../../fixtures/hq-branches';
import { startCluster, type Cluster } from './cluster';

const TODAY = '2026-12-01';
let cluster: Cluster;
let hq: HqSetUp;
let reader: Pool;
let core: HqCore;

beforeAll(async () => {
  cluster = await startCluster();
  hq = await setUpHq(cluster.url, cluster.urlFor, [
    ['SH01', '上海静安支行'],
    ['BJ02', 'Beijing Chaoyang'],
    ['GZ03', '广州天河支行'],
  ]);
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  await seedTwoBranches(admin, hq.branches.SH01!, hq.branches.BJ02!);
  await admin.end();
  reader = openHqReader(hq.readerUrl);
  core = createHqCore(hq.readerUrl);
}, 60_000);

afterAll(async () => {
  await reader?.end();
  await core?.close();
  cluster?.destroy();
});

const SHANGHAI = {
  code: 'SH01',
  name: '上海静安支行',
  customers: 3,
  classes: {
    abc: { A: 1, B: 1, C: 1 },
    value: { core: 1, potential: 1, general: 1 },
    lifecycle: { exploration: 1, formation: 1, stable: 1, decline: 0 },
  },
  callbacksPlanned: 4,
  callbacksReached: 2,
  reachRate: 0.5,
  satisfactionScored: 2,
  satisfactionAverage: 4.5,
  complaints: 3,
  complaintsPer10k: 10000,
  complaintsOverdue: 1,
  lastPushAt: '2026-12-01T09:30:00.000Z',
};
const BEIJING = {
  code: 'BJ02',
  name: 'Beijing Chaoyang',
  customers: 2,
  classes: {
    abc: { A: 2, B: 0, C: 0 },
    value: { core: 1, potential: 1, general: 0 },
    lifecycle: { exploration: 0, formation: 0, stable: 1, decline: 1 },
  },
  callbacksPlanned: 2,
  callbacksReached: 1,
  reachRate: 0.5,
  satisfactionScored: 1,
  satisfactionAverage: 3,
  complaints: 1,
  complaintsPer10k: 5000,
  complaintsOverdue: 1,
  lastPushAt: '2026-11-30T18:00:00.000Z',
};

describe('head-office figures', () => {
  it('counts each branch by hand, leaving out tombstones and what hangs on a deleted customer', async () => {
    const figures = await hqFigures(reader, { today: TODAY });
    expect(figures.today).toBe(TODAY);
    expect(figures.branches.map((b) => b.code)).toEqual(['BJ02', 'GZ03', 'SH01']);
    expect(figures.branches[2]).toMatchObject(SHANGHAI);
    expect(figures.branches[0]).toMatchObject(BEIJING);
  });

  it('gives a branch that never pushed zeroes, no rates and no last push', async () => {
    const { branches } = await hqFigures(reader, { today: TODAY });
    expect(branches[1]).toMatchObject({
      code: 'GZ03',
      customers: 0,
      callbacksPlanned: 0,
      reachRate: null,
      satisfactionAverage: null,
      complaintsPer10k: null,
      complaintsOverdue: 0,
      lastPushAt: null,
    });
  });

  it('totals the branches, recomputing the rates from the sums rather than averaging them', async () => {
    const { total } = await hqFigures(reader, { today: TODAY });
    expect(total).toEqual({
      customers: 5,
      classes: {
        abc: { A: 3, B: 1, C: 1 },
        value: { core: 2, potential: 2, general: 1 },
        lifecycle: { exploration: 1, formation: 1, stable: 2, decline: 1 },
      },
      callbacksPlanned: 6,
      callbacksReached: 3,
      reachRate: 0.5,
      satisfactionScored: 3,
      satisfactionAverage: 4,
      complaints: 4,
      // 4 complaints over 5 customers, not the mean of 10,000 and 5,000.
      complaintsPer10k: 8000,
      complaintsOverdue: 2,
    });
  });

  it('counts overdue complaints by the calendar date given: a day earlier Beijing has none', async () => {
    const { branches, total } = await hqFigures(reader, { today: '2026-11-30' });
    expect(branches.find((b) => b.code === 'BJ02')?.complaintsOverdue).toBe(0);
    expect(total.complaintsOverdue).toBe(1);
  });
});

describe('the read-only role', () => {
  it('cannot write a branch row, a reference row, or read the digest key', async () => {
    const client = await reader.connect();
    try {
      await expect(client.query("UPDATE dossier.customers SET name = '篡改' WHERE id = 'sh-wang'")).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        client.query(
          "INSERT INTO dossier.complaints (branch_id, id, customer_id, channel, category, severity, status, received_at, received_on, due_on, created_at, updated_at, version) VALUES ($1, 'x', 'sh-wang', 'phone', 'service', 'normal', 'open', now(), current_date, current_date, now(), now(), 1)",
          [hq.branches.SH01],
        ),
      ).rejects.toThrow(/permission denied/);
      await expect(client.query("DELETE FROM dossier.callbacks WHERE id = 'sh-cb1'")).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        client.query("INSERT INTO dossier.products (id, name, risk_rating) VALUES (gen_random_uuid(), '理财', 2)"),
      ).rejects.toThrow(/permission denied/);
      await expect(client.query('SELECT key FROM dossier.org_keys')).rejects.toThrow(/permission denied/);
    } finally {
      client.release();
    }
    expect((await hqFigures(reader, { today: TODAY })).total.customers).toBe(5);
  });
});

describe('search across branches', () => {
  it('finds a name at every branch with branch, name and masked mobile, and never a digest', async () => {
    const result = await hqSearch(reader, '王芳', 50);
    expect(result.hits.map((h) => [h.branchCode, h.name, h.mobileMasked])).toEqual([
      ['BJ02', '王芳', '139****0001'],
      ['SH01', '王芳', '138****5678'],
    ]);
    expect(result.more).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain(DIGEST.wangId);
    expect(text).not.toContain(DIGEST.naMobile);
  });

  it('matches digits against the masked mobile, names without regard to case, and skips deleted customers', async () => {
    expect((await hqSearch(reader, '5678', 50)).hits.map((h) => `${h.branchCode} ${h.name}`)).toEqual([
      'BJ02 Li Lei',
      'SH01 王芳',
    ]);
    expect((await hqSearch(reader, '138****5678', 50)).hits.map((h) => `${h.branchCode} ${h.name}`)).toEqual([
      'BJ02 Li Lei',
      'SH01 王芳',
    ]);
    expect((await hqSearch(reader, '139', 50)).hits.map((h) => `${h.branchCode} ${h.name}`)).toEqual([
      'SH01 李娜',
      'BJ02 王芳',
    ]);
    expect((await hqSearch(reader, 'acme', 50)).hits.map((h) => h.name)).toEqual(['Acme Trading Co.']);
    expect((await hqSearch(reader, '张伟', 50)).hits).toEqual([]);
    expect((await hqSearch(reader, '赵敏', 50)).hits).toEqual([]);
    // A % typed by the user is a character, not a wildcard.
    expect((await hqSearch(reader, '%', 50)).hits).toEqual([]);
  });

  it('says when more matched than were returned', async () => {
    const result = await hqSearch(reader, '5678', 1);
    expect(result.hits).toHaveLength(1);
    expect(result.more).toBe(true);
  });
});

describe('the same person at two branches', () => {
  it('lists customers sharing an ID-number digest, not a deleted customer sharing one', async () => {
    const page = await samePerson(reader, 'idNumber', null, 50);
    expect(page.groups.map((g) => g.customers.map((c) => `${c.branchCode} ${c.name}`))).toEqual([
      ['BJ02 王芳', 'SH01 王芳'],
    ]);
    expect(page.groups[0]?.key).toBe(DIGEST.wangId.slice(0, 10));
    expect(page.next).toBeNull();
  });

  it('lists customers sharing a mobile digest, page by page', async () => {
    const first = await samePerson(reader, 'mobile', null, 1);
    expect(first.groups.map((g) => g.customers.map((c) => `${c.branchCode} ${c.name}`))).toEqual([
      ['BJ02 Li Lei', 'SH01 王芳'],
    ]);
    expect(first.next).not.toBeNull();
    const second = await samePerson(reader, 'mobile', first.next, 1);
    expect(second.groups.map((g) => g.customers.map((c) => `${c.branchCode} ${c.name}`))).toEqual([
      ['BJ02 王芳', 'SH01 李娜'],
    ]);
    expect(second.next).toBeNull();
  });
});

describe('the --hq core and dossier hq report', () => {
  it('answers the head-office channels and refuses a branch page in the caller language', async () => {
    expect(await core.dispatch('hq.status', {})).toEqual({ ok: true, value: { mode: 'hq' } });
    const branch = await core.dispatch('hq.branch', { branchId: hq.branches.SH01, today: TODAY });
    expect(branch).toMatchObject({ ok: true, value: SHANGHAI });
    const refused = await core.dispatch('customers.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'hq.branchOnly' } });
    const bad = await core.dispatch('hq.search', { query: '  ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ code: 'hq.search.empty' }] } });
  });

  it('says head office is out of reach when the reader password is wrong', async () => {
    const wrong = createHqCore(cluster.urlFor('dossier_hq', 'not-the-password'));
    try {
      const reply = await wrong.dispatch('hq.figures', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'hq.unreachable' } });
    } finally {
      await wrong.close();
    }
  });

  it('prints the same numbers as JSON, and a readable table', async () => {
    const out: string[] = [];
    const run = (args: string[], lang: string) =>
      runCli(args, { out: (l) => out.push(l), err: (l) => out.push(l) }, { LANG: lang });
    expect(await run(['hq', 'report', '--url', hq.readerUrl, '--date', TODAY, '--json'], 'en_US.UTF-8')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(await hqFigures(reader, { today: TODAY }));
    out.length = 0;
    expect(await run(['hq', 'report', '--url', hq.readerUrl, '--date', TODAY], 'zh_CN.UTF-8')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('总部数据：3 个网点，逾期按 2026-12-01 计算');
    expect(text).toMatch(/SH01\s+上海静安支行\s+3\s+1\/1\/1/);
    expect(text).toMatch(/全部网点\s+5\s+3\/1\/1/);
    expect(text).toContain('从未推送');
  });
});

describe('the running counts the pushes keep', () => {
  it('follow upserts, tombstones and deletes by a branch role, and match a recount of the rows', async () => {
    const admin = new Client({ connectionString: cluster.url });
    await admin.connect();
    const branch = new Client({ connectionString: hq.branchUrls.BJ02 });
    await branch.connect();
    try {
      // As a push does: an upsert that moves a class, a tombstone, a new customer, a deleted call-back row.
      await branch.query(
        `INSERT INTO dossier.customer_classes (branch_id, id, abc, rfm, frequency, value, lifecycle, period_from,
           period_to, computed_at, purchases, amount_cents, version)
         VALUES ($1, 'bj-wang', 'B', 'general_keep', 'regular', 'core', 'stable', '2025-12-01', '2026-11-30', now(), 2,
           300000, 2)
         ON CONFLICT (branch_id, id) DO UPDATE SET abc = excluded.abc, value = excluded.value,
           lifecycle = excluded.lifecycle, version = excluded.version`,
        [hq.branches.BJ02],
      );
      await branch.query("UPDATE dossier.customers SET deleted_at = now(), version = 2 WHERE id = 'bj-li'");
      await branch.query(
        `INSERT INTO dossier.customers (branch_id, id, kind, name, mobile_masked, created_at, updated_at, version)
         VALUES ($1, 'bj-new', 'person', '陈静', '137****1234', now(), now(), 1)`,
        [hq.branches.BJ02],
      );
      await branch.query("DELETE FROM dossier.callbacks WHERE id = 'bj-cb2'");
      // A branch cannot write the counts itself.
      await expect(branch.query('UPDATE dossier.branch_counts SET n = 0')).rejects.toThrow(/permission denied/);

      const { branches } = await hqFigures(reader, { today: TODAY });
      const beijing = branches.find((b) => b.code === 'BJ02')!;
      const recount = await admin.query(
        `SELECT
           (SELECT count(*)::int FROM dossier.customers WHERE branch_id = $1 AND deleted_at IS NULL) AS customers,
           (SELECT count(*)::int FROM dossier.customer_classes k JOIN dossier.customers c USING (branch_id, id)
             WHERE k.branch_id = $1 AND k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.abc = 'B') AS b,
           (SELECT count(*)::int FROM dossier.callbacks k JOIN dossier.customers c
              ON c.branch_id = k.branch_id AND c.id = k.customer_id
             WHERE k.branch_id = $1 AND k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.state <> 'cancelled') AS planned`,
        [hq.branches.BJ02],
      );
      expect(recount.rows[0]).toEqual({ customers: 2, b: 1, planned: 0 });
      expect(beijing).toMatchObject({
        customers: 2,
        classes: { abc: { A: 0, B: 1, C: 0 }, value: { core: 1, potential: 0, general: 0 } },
        callbacksPlanned: 0,
        callbacksReached: 0,
        reachRate: null,
        // Li Lei's complaint went with him.
        complaints: 0,
      });
      // Lifting his tombstone (restored from the recycle bin) gives back his class and call-back.
      await branch.query("UPDATE dossier.customers SET deleted_at = NULL, version = 3 WHERE id = 'bj-li'");
      const restored = (await hqFigures(reader, { today: TODAY })).branches.find((b) => b.code === 'BJ02');
      expect(restored).toMatchObject({
        customers: 3,
        classes: { abc: { A: 1, B: 1, C: 0 } },
        callbacksPlanned: 1,
        callbacksReached: 1,
        satisfactionAverage: 3,
        complaints: 1,
      });
    } finally {
      await branch.end();
      await admin.end();
    }
  });
});

describe('search across branches over many customers', () => {
  it('finds that nobody has a name by an index, without reading every customer', async () => {
    const admin = new Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      const big = await withHq(cluster.url, (client) => addBranch(client, 'HZ09', '杭州西湖支行'));
      await admin.query(
        `INSERT INTO dossier.customers (branch_id, id, kind, name, mobile_masked, created_at, updated_at, version)
         SELECT $1, 'c-' || g, 'person', (ARRAY['王','李','张','刘','陈'])[1 + g % 5] || (ARRAY['芳','伟','娜','敏','Lei'])[1 + (g / 5) % 5],
           '138****' || lpad((g % 10000)::text, 4, '0'), now(), now(), 1
         FROM generate_series(1, 30000) g`,
        [big.id],
      );
      await admin.query('ANALYZE dossier.customers');
    } finally {
      await admin.end();
    }
    interface PlanNode {
      'Node Type': string;
      'Relation Name'?: string;
      'Index Name'?: string;
      Plans?: PlanNode[];
    }
    // How the customers are read for a search: each plan node that reads them, as "node type index-or-table".
    const readsOfCustomers = async (query: string) => {
      const statement = searchStatement(query, 100);
      const result = await reader.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        `EXPLAIN (FORMAT JSON) ${statement.text}`,
        statement.values,
      );
      const reads: string[] = [];
      const walk = (node: PlanNode): void => {
        if (node['Index Name']?.startsWith('customers') || node['Relation Name'] === 'customers')
          reads.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name']}`);
        node.Plans?.forEach(walk);
      };
      walk(result.rows[0]!['QUERY PLAN'][0]!.Plan);
      return reads;
    };
    for (const nobody of ['欧阳修', '司马', 'Zhuge Liang']) {
      expect(await readsOfCustomers(nobody)).toEqual([
        'Bitmap Heap Scan customers',
        'Bitmap Index Scan customers_live_name_grams',
      ]);
      expect((await hqSearch(reader, nobody, 100)).hits).toEqual([]);
    }
    // The index never drops a match: a common name, a single character and a name in another case still match.
    const common = await hqSearch(reader, '刘敏', 100);
    expect(common.more).toBe(true);
    expect(common.hits.every((h) => h.name === '刘敏')).toBe(true);
    expect((await hqSearch(reader, '陈LEI', 5)).hits.map((h) => `${h.branchCode} ${h.name}`)).toContain('HZ09 陈Lei');
    expect((await hqSearch(reader, '芳', 5)).hits.every((h) => h.name.includes('芳'))).toBe(true);
  });
});
