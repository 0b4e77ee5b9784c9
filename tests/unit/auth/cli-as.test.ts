import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { call, gatedCore } from './auth-helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dossier --as and dossier customer', () => {
  it('attributes writes to the staff member named, exports one customer’s file and erases them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-as-'));
    const db = join(dir, 'branch.db');
    const core = gatedCore(db);
    const wang = await call(core, 'staff.create', { name: '王芳' });
    const zhang = await call(core, 'customers.create', {
      customer: { kind: 'person', name: '张伟', mobile: '13812345678' },
    });
    core.close();

    const out = join(dir, 'zhang.json');
    const exported = await cli(['--as', '王芳', 'customer', 'export', zhang.id, '--out', out, '--db', db]);
    expect(exported.code).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { profile: { name: string; mobile: string }[] };
    expect(file.profile[0]).toMatchObject({ name: '张伟', mobile: '13812345678' });

    const unknown = await cli(['--as', '赵强', 'customer', 'export', zhang.id, '--out', out, '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no active staff member “赵强”');

    const erased = await cli(['--as', '王芳', 'customer', 'erase', zhang.id, '--db', db, '--json']);
    expect(erased.code).toBe(0);
    expect(JSON.parse(erased.out)).toMatchObject({ name: '张伟', removed: { customers: 1 } });
    const sqlite = new Database(db, { readonly: true });
    const who = sqlite
      .prepare('SELECT action, staff_id AS staffId FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(zhang.id);
    sqlite.close();
    expect(who).toEqual([
      { action: 'create', staffId: expect.any(String) },
      { action: 'export', staffId: wang.id },
      { action: 'erase', staffId: wang.id },
    ]);
  }, 30_000);
});
