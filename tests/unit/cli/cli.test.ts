import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { LATEST_VERSION } from '../../../electron/core/db/migrations/index';
import { translate } from '../../../shared/i18n/index';

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-cli-')), 'branch.db');

describe('dossier CLI', () => {
  it('seeds demo data deterministically and checks the database', async () => {
    const db = tempDb();
    const seeded = await cli(['seed-demo', '--customers', '300', '--seed', '7', '--db', db, '--json']);
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.out)).toMatchObject({ customers: 300 });
    const check = await cli(['check', '--db', db, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({
      ok: true,
      customers: 300,
      schemaVersion: LATEST_VERSION,
      integrity: 'ok',
    });
    const human = await cli(['check', '--db', db]);
    expect(human.out).toMatch(/^OK: .*300 customers/);
  });

  it('searches with the same engine as the search box', async () => {
    const db = tempDb();
    await cli(['seed-demo', '--customers', '200', '--db', db, '--json']);
    const sqlite = new Database(db, { readonly: true });
    const sample = sqlite
      .prepare(
        "SELECT name, name_initials AS initials, mobile FROM customers WHERE kind = 'person' AND mobile IS NOT NULL AND name_initials <> '' LIMIT 1",
      )
      .get() as { name: string; initials: string; mobile: string };
    sqlite.close();
    const byInitials = await cli(['search', sample.initials, '--db', db, '--json', '--limit', '200']);
    expect(byInitials.code).toBe(0);
    expect((JSON.parse(byInitials.out) as { name: string }[]).map((h) => h.name)).toContain(sample.name);
    const spaced = `${sample.mobile.slice(0, 3)} ${sample.mobile.slice(3, 7)} ${sample.mobile.slice(7)}`;
    const byPhone = await cli(['search', spaced, '--db', db]);
    expect(byPhone.out).toContain(sample.name);
    const none = await cli(['search', '不存在的客户名', '--db', db]);
    expect(none.out).toBe('No customer matches “不存在的客户名”.');
  });

  it('speaks Chinese when the system language is Chinese', async () => {
    const db = tempDb();
    await cli(['seed-demo', '--customers', '10', '--db', db, '--json']);
    const r = await cli(['check', '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(r.out).toMatch(/^正常：.*客户 10 个/);
  });

  it('fails with a clear message and a non-zero exit code', async () => {
    const missing = await cli(['check', '--db', join(tmpdir(), 'no-such-dir', 'x.db')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/There is no database at .*x\.db/);
    const junk = tempDb();
    writeFileSync(junk, 'not a database at all, just text '.repeat(100));
    const bad = await cli(['check', '--db', junk]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/is damaged and no good backup was found/);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command “frobnicate”/);
    const badFlag = await cli(['seed-demo', '--customers', 'lots', '--db', tempDb()]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toMatch(/--customers must be a whole number/);
    const noQuery = await cli(['search', '--db', tempDb()]);
    expect(noQuery.code).toBe(2);
  });

  it('says what went wrong in Chinese on a Chinese system, for scripts too', async () => {
    const zh = { LANG: 'zh_CN.UTF-8' };
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const db = join(dir, 'branch.db');
    await cli(['seed-demo', '--customers', '5', '--db', db, '--json']);
    const empty = join(dir, '空文件.csv');
    writeFileSync(empty, '');
    const imported = await cli(['import', empty, '--db', db], zh);
    expect(imported.code).toBe(1);
    expect(imported.err.replace(/^dossier: /, '')).not.toMatch(/[A-Za-z]{4,}/); // no English sentence slipped through
    expect(imported.err).toMatch(/^dossier: .*文件/);
    const asJson = await cli(['import', empty, '--db', db, '--json'], zh);
    const reply = JSON.parse(asJson.out) as { ok: boolean; error: { message: string; code: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toBe(imported.err.replace(/^dossier: /, ''));
    const noFile = await cli(['import', join(dir, '没有这个.xlsx'), '--db', db], zh);
    expect(noFile).toMatchObject({ code: 1 });
    expect(noFile.err).toContain('找不到文件');
    const flag = await cli(['check', '--frobnicate', '--db', db], zh);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('没有 --frobnicate 这个选项');
    const flagJson = await cli(['check', '--frobnicate', '--json'], zh);
    expect(JSON.parse(flagJson.out)).toMatchObject({ ok: false, error: { code: 'usage' } });
    const noBatch = await cli(['import', 'undo', '0190a5f0-0000-7000-8000-000000000000', '--db', db], zh);
    expect(noBatch.code).toBe(1);
    expect(noBatch.err).toBe('dossier: 没有批次号为 0190a5f0-0000-7000-8000-000000000000 的导入。');
    const noBatchJson = await cli(['import', 'undo', '0190a5f0-0000-7000-8000-000000000000', '--db', db, '--json'], zh);
    expect(JSON.parse(noBatchJson.out)).toEqual({
      ok: false,
      error: { message: '没有批次号为 0190a5f0-0000-7000-8000-000000000000 的导入。', code: 'not_found' },
    });
  });

  it('lists due call-backs and prints the call-back report through dossier callbacks', async () => {
    const db = tempDb();
    await cli(['seed-demo', '--customers', '50', '--db', db, '--json']);
    const sqlite = new Database(db);
    const customer = sqlite.prepare("SELECT id, name FROM customers WHERE kind = 'person' LIMIT 1").get() as {
      id: string;
      name: string;
    };
    const staff = (sqlite.prepare('SELECT id FROM staff LIMIT 1').get() as { id: string }).id;
    sqlite
      .prepare(
        `INSERT INTO callbacks (id, customer_id, due_on, planned_on, staff_id, purpose, priority, created_at, updated_at)
         VALUES ('cb-1', ?, '2026-05-06', '2026-05-06', ?, 'after_sale', 'high', 'x', 'x')`,
      )
      .run(customer.id, staff);
    sqlite.close();
    const due = await cli(['callbacks', 'due', '--date', '2026-05-06', '--db', db, '--json']);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.out)).toMatchObject({ today: 1, overdue: 0, rows: [{ customerName: customer.name }] });
    const text = await cli(['callbacks', 'due', '--date', '2026-05-07', '--db', db]);
    expect(text.out).toMatch(/^2026-05-07: 0 due, 1 overdue\./);
    const report = await cli([
      'callbacks',
      'report',
      '--from',
      '2026-05-01',
      '--to',
      '2026-05-31',
      '--db',
      db,
      '--json',
    ]);
    expect(JSON.parse(report.out)).toMatchObject({ planned: 1, reached: 0, pending: 1, reachRate: null });
    const bad = await cli(['callbacks', 'report', '--from', '2026-02-30', '--to', '2026-03-31', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--from must be a date like 2026-05-01; got “2026-02-30”/);
    const missing = await cli(['callbacks', 'report', '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('哪个期间');
  });

  it('answers a value the contract refuses as a mistake on the command line, naming the option, in Chinese too', async () => {
    const db = tempDb();
    await cli(['seed-demo', '--customers', '5', '--db', db, '--json']);
    const staff = await cli(['callbacks', 'due', '--staff', 'li-qiang', '--db', db]);
    expect(staff).toMatchObject({ code: 2, out: '' });
    expect(staff.err).toBe('dossier: --staff: Invalid record id.');
    const zh = await cli(['callbacks', 'report', '--campaign', 'q3', '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(`dossier: --campaign: ${translate('zh-CN', 'id.invalid')}`);
    const limit = await cli(['search', '张', '--limit', '500', '--db', db, '--json']);
    expect(limit.code).toBe(2);
    expect(JSON.parse(limit.out)).toEqual({
      ok: false,
      error: { message: `--limit: ${translate('en', 'field.invalid')}`, code: 'usage' },
    });
  });

  it('seeds demo call-backs on request: an overdue backlog, a future, and a year of reported calls', async () => {
    const db = tempDb();
    const seeded = await cli(['seed-demo', '--customers', '120', '--callbacks', '60', '--db', db, '--json']);
    expect(seeded.code).toBe(0);
    const result = JSON.parse(seeded.out) as { callbacks: { open: number; finished: number; calls: number } };
    expect(result.callbacks.open).toBe(60);
    expect(result.callbacks.finished).toBeGreaterThanOrEqual(60);
    expect(result.callbacks.calls).toBeGreaterThan(result.callbacks.finished); // some were retried
    const sqlite = new Database(db, { readonly: true });
    const open = sqlite
      .prepare("SELECT min(due_on) AS first, max(due_on) AS last FROM callbacks WHERE state = 'open'")
      .get() as {
      first: string;
      last: string;
    };
    sqlite.close();
    const today = new Date().toISOString().slice(0, 10);
    expect(open.first < today).toBe(true);
    expect(open.last > today).toBe(true);
    const year = new Date(Date.now() - 370 * 86_400_000).toISOString().slice(0, 10);
    const report = await cli(['callbacks', 'report', '--from', year, '--to', today, '--db', db, '--json']);
    const numbers = JSON.parse(report.out) as { reached: number; notReached: number; reachRate: number };
    expect(numbers.reached).toBeGreaterThan(0);
    expect(numbers.notReached).toBeGreaterThan(0);
    expect(numbers.reachRate).toBeGreaterThan(50);
  });
});
