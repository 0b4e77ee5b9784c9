import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { branchWithSignIn, call, gatedCore } from './auth-helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
let db: string;
let ids: { wangId: string; chenId: string; managerId: string };

// A branch file with sign-in on: 王芳 (staff) looks after 张伟, 陈磊 after 李娜; 刘洋 is nobody's.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-gate-'));
  db = join(dir, 'branch.db');
  const core = gatedCore(db);
  const branch = await branchWithSignIn(core);
  const asManager = { session: branch.manager };
  for (const [name, mobile, ownerId] of [
    ['张伟', '13812345678', branch.wangId],
    ['李娜', '13912345678', branch.chenId],
    ['刘洋', '13700001111', null],
  ] as const)
    await call(core, 'customers.create', { customer: { kind: 'person', name, mobile, ownerId } }, asManager);
  await call(core, 'savedSegments.create', { name: '全部客户', filter: { query: '' } }, asManager);
  core.close();
  ids = branch;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exportsRecorded = () => {
  const sqlite = new Database(db, { readonly: true });
  const rows = sqlite
    .prepare("SELECT staff_id AS staffId, entity_id AS what FROM audit_log WHERE entity = 'export' ORDER BY seq")
    .all();
  sqlite.close();
  return rows;
};

describe('the command line behind the role gate (sign-in on)', () => {
  it('refuses a staff member an export of everything, and writes no file', async () => {
    const out = join(dir, 'all.csv');
    const refused = await cli(['--as', '王芳', 'export', '--out', out, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Only a manager can do this.');
    expect(existsSync(out)).toBe(false);
    expect(exportsRecorded()).toEqual([]);
  });

  it('refuses a command that names nobody, and lets the manager export (recorded)', async () => {
    const out = join(dir, 'all.csv');
    const nobody = await cli(['export', '--out', out, '--db', db]);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('Sign in first.');
    const done = await cli(['--as', '李经理', 'export', '--out', out, '--db', db, '--json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ rows: 3 });
    expect(readFileSync(out, 'utf8')).toContain('13912345678');
    expect(exportsRecorded()).toEqual([{ staffId: ids.managerId, what: 'customers' }]);
  });

  it('refuses staff the demo seed', async () => {
    const seeded = await cli(['--as', '王芳', 'seed-demo', '--customers', '5', '--db', db]);
    expect(seeded.code).toBe(1);
    expect(seeded.err).toContain('Only a manager can do this.');
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(3);
    sqlite.close();
  });

  it('lists a segment for staff as the customer list shows it: their own and unassigned, mobiles masked', async () => {
    const listed = await cli(['--as', '王芳', 'segments', 'list', '全部客户', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.out) as { name: string; mobile: string }[];
    expect(rows.map((r) => [r.name, r.mobile]).sort()).toEqual(
      [
        ['刘洋', '137****1111'],
        ['张伟', '138****5678'],
      ].sort(),
    );
    const manager = await cli(['--as', '李经理', 'segments', 'list', '全部客户', '--db', db, '--json']);
    expect((JSON.parse(manager.out) as unknown[]).length).toBe(3);
  });
});
