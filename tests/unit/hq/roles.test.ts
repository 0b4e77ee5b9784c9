/**
 * `dossier hq init` and `dossier hq add-branch` on a real PostgreSQL cluster, and the engine's own guard: a branch's
 * credentials reach only that branch's rows, whatever SQL they send, and head office's reader only reads.
 */
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCluster, type Cluster } from './cluster';

interface Added {
  id: string;
  code: string;
  role: string;
  password: string;
  url: string;
}

async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { LANG: lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

let cluster: Cluster;
let admin: Client;
let shanghai: Added;
let beijing: Added;
let readerPassword: string;

const customerRow = (branch: string, id: string, name: string) => [branch, id, 'person', name, '138****5678'];
const INSERT_CUSTOMER = `INSERT INTO dossier.customers (branch_id, id, kind, name, mobile_masked, created_at, updated_at, version)
  VALUES ($1, $2, $3, $4, $5, now(), now(), 1)`;

beforeAll(async () => {
  cluster = await startCluster();
  const init = await cli(['hq', 'init', '--url', cluster.url, '--json']);
  expect(init.code, init.err + init.out).toBe(0);
  const initValue = JSON.parse(init.out) as { applied: string[]; reader: { role: string; password: string } };
  expect(initValue.applied).toEqual([
    '001-schema',
    '002-no-branch-fk',
    '003-figures-indexes',
    '004-branch-counts',
    '005-name-grams',
  ]);
  expect(initValue.reader.role).toBe('dossier_hq');
  readerPassword = initValue.reader.password;
  const add = async (code: string, name: string): Promise<Added> => {
    const r = await cli(['hq', 'add-branch', '--code', code, '--name', name, '--url', cluster.url, '--json']);
    expect(r.code, r.err + r.out).toBe(0);
    return JSON.parse(r.out) as Added;
  };
  shanghai = await add('SH01', '上海静安支行');
  beijing = await add('BJ02', 'Beijing Chaoyang');
  admin = await connect(cluster.url);
  await admin.query(INSERT_CUSTOMER, customerRow(shanghai.id, 'c-sh-1', '王芳'));
  await admin.query(INSERT_CUSTOMER, customerRow(beijing.id, 'c-bj-1', 'Li Lei'));
}, 60_000);

afterAll(async () => {
  await admin?.end();
  cluster?.destroy();
});

describe('dossier hq init and add-branch', () => {
  it('records the schema migration once: a second init applies nothing and keeps the reader password', async () => {
    const again = await cli(['hq', 'init', '--url', cluster.url]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already up to date');
    expect(again.out).toContain('dossier_hq already exists');
    const versions = await admin.query('SELECT version, name FROM dossier.hq_migrations');
    expect(versions.rows).toEqual([
      { version: 1, name: '001-schema' },
      { version: 2, name: '002-no-branch-fk' },
      { version: 3, name: '003-figures-indexes' },
      { version: 4, name: '004-branch-counts' },
      { version: 5, name: '005-name-grams' },
    ]);
    const reader = await connect(cluster.urlFor('dossier_hq', readerPassword));
    await reader.end();
  });

  it('stores each branch with its own login role and prints the password once', async () => {
    const rows = await admin.query('SELECT code, name, role_name FROM dossier.branches ORDER BY code');
    expect(rows.rows).toEqual([
      { code: 'BJ02', name: 'Beijing Chaoyang', role_name: 'dossier_b_bj02' },
      { code: 'SH01', name: '上海静安支行', role_name: 'dossier_b_sh01' },
    ]);
    expect(shanghai.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(shanghai.password).not.toBe(beijing.password);
    // The server keeps a SCRAM verifier, never the password.
    const stored = await admin.query("SELECT rolpassword FROM pg_authid WHERE rolname = 'dossier_b_sh01'");
    expect(String(stored.rows[0].rolpassword)).toMatch(/^SCRAM-SHA-256\$4096:/);
    expect(String(stored.rows[0].rolpassword)).not.toContain(shanghai.password);
  });

  it('refuses a second branch with the same code, and a bad code, in the user language', async () => {
    const twice = await cli(['hq', 'add-branch', '--code', 'sh01', '--name', '重复', '--url', cluster.url]);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('A branch with the code "sh01" already exists');
    const bad = await cli(['hq', 'add-branch', '--code', '上海', '--name', 'x', '--url', cluster.url], 'zh_CN.UTF-8');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('网点代码为 1–32 个字母');
    expect((await admin.query('SELECT count(*)::int AS n FROM dossier.branches')).rows[0].n).toBe(2);
    expect((await admin.query("SELECT 1 FROM pg_roles WHERE rolname ~ '^dossier_b_'")).rowCount).toBe(2);
  });

  it('answers a URL that is not PostgreSQL with a clear message', async () => {
    const r = await cli(['hq', 'init', '--url', 'mysql://root@localhost/hq']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('This is not a PostgreSQL address');
  });
});

describe('row-level security for a branch role', () => {
  it('shows branch A only its own customers, even asked for B by id', async () => {
    const a = await connect(shanghai.url);
    try {
      const all = await a.query('SELECT id, name FROM dossier.customers');
      expect(all.rows).toEqual([{ id: 'c-sh-1', name: '王芳' }]);
      const byId = await a.query('SELECT * FROM dossier.customers WHERE branch_id = $1', [beijing.id]);
      expect(byId.rowCount).toBe(0);
      const count = await a.query('SELECT count(*)::int AS n FROM dossier.customers');
      expect(count.rows[0].n).toBe(1);
      // Nor does it see the other branch's row in the branch list.
      expect((await a.query('SELECT code FROM dossier.branches')).rows).toEqual([{ code: 'SH01' }]);
    } finally {
      await a.end();
    }
  });

  it('lets branch A insert its own rows and refuses rows for B', async () => {
    const a = await connect(shanghai.url);
    try {
      await a.query(INSERT_CUSTOMER, customerRow(shanghai.id, 'c-sh-2', '张伟'));
      await expect(a.query(INSERT_CUSTOMER, customerRow(beijing.id, 'c-bj-x', '冒名'))).rejects.toThrow(
        /row-level security/,
      );
      // An upsert aimed at B's existing row is refused too.
      await expect(
        a.query(
          `${INSERT_CUSTOMER} ON CONFLICT (branch_id, id) DO UPDATE SET name = excluded.name`,
          customerRow(beijing.id, 'c-bj-1', '篡改'),
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await a.end();
    }
    const b = await admin.query('SELECT id, name FROM dossier.customers WHERE branch_id = $1', [beijing.id]);
    expect(b.rows).toEqual([{ id: 'c-bj-1', name: 'Li Lei' }]);
  });

  it('cannot update, move or delete B rows', async () => {
    const a = await connect(shanghai.url);
    try {
      const updated = await a.query("UPDATE dossier.customers SET name = '篡改' WHERE branch_id = $1", [beijing.id]);
      expect(updated.rowCount).toBe(0);
      const deleted = await a.query('DELETE FROM dossier.customers WHERE branch_id = $1', [beijing.id]);
      expect(deleted.rowCount).toBe(0);
      // Moving its own row over to B is refused by the check.
      await expect(
        a.query("UPDATE dossier.customers SET branch_id = $1 WHERE id = 'c-sh-1'", [beijing.id]),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await a.end();
    }
    const b = await admin.query('SELECT name FROM dossier.customers WHERE branch_id = $1', [beijing.id]);
    expect(b.rows).toEqual([{ name: 'Li Lei' }]);
  });

  it('reads the reference tables but cannot change them, nor grant itself more', async () => {
    await admin.query(
      "INSERT INTO dossier.products (id, name, category, risk_rating, term_days) VALUES (gen_random_uuid(), '稳健理财 90 天', 'wealth', 2, 90)",
    );
    const a = await connect(shanghai.url);
    try {
      expect((await a.query('SELECT name, risk_rating FROM dossier.products')).rows).toEqual([
        { name: '稳健理财 90 天', risk_rating: 2 },
      ]);
      await expect(a.query('UPDATE dossier.products SET risk_rating = 1')).rejects.toThrow(/permission denied/);
      await expect(
        a.query("INSERT INTO dossier.holidays (date, kind, name) VALUES ('2027-01-01', 'holiday', '元旦')"),
      ).rejects.toThrow(/permission denied/);
      await expect(a.query('ALTER TABLE dossier.customers DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/owner/);
      await expect(a.query('SET ROLE dossier_b_bj02')).rejects.toThrow(/permission denied/);
    } finally {
      await a.end();
    }
  });

  it('lets head office read every branch and write nothing, and keeps the digest key from it', async () => {
    const reader = await connect(cluster.urlFor('dossier_hq', readerPassword));
    try {
      const rows = await reader.query(
        'SELECT b.code, count(*)::int AS n FROM dossier.customers c JOIN dossier.branches b ON b.id = c.branch_id GROUP BY b.code ORDER BY b.code',
      );
      expect(rows.rows).toEqual([
        { code: 'BJ02', n: 1 },
        { code: 'SH01', n: 2 },
      ]);
      await expect(reader.query(INSERT_CUSTOMER, customerRow(beijing.id, 'c-hq-1', '总部'))).rejects.toThrow(
        /permission denied/,
      );
      await expect(reader.query("UPDATE dossier.customers SET name = 'x'")).rejects.toThrow(/permission denied/);
      await expect(reader.query('SELECT key FROM dossier.org_keys')).rejects.toThrow(/permission denied/);
    } finally {
      await reader.end();
    }
  });
});
