import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { applyRetention } from '../../../electron/core/privacy/retention';
import { call, gatedCore } from '../auth/auth-helpers';

const MOBILE = '13812345678';
const NEW_MOBILE = '13987654321';
const ID_NUMBER = '11010519491231002X';
const OTHER_MOBILE = '13911112222';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

/** The database file's bytes and its WAL's, as one buffer. */
function fileBytes(path: string): Buffer {
  const wal = `${path}-wal`;
  return Buffer.concat([readFileSync(path), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

async function branch(path: string) {
  const c = gatedCore(path);
  core = c;
  const zhang = await call(c, 'customers.create', {
    customer: {
      kind: 'person',
      name: '张伟',
      mobile: MOBILE,
      idType: 'residentId',
      idNumber: ID_NUMBER,
      address: '上海市浦东新区世纪大道 100 号',
    },
  });
  const li = await call(c, 'customers.create', { customer: { kind: 'person', name: '李娜', mobile: OTHER_MOBILE } });
  const shown = (await call(c, 'customers.get', { id: zhang.id })).customer;
  await call(c, 'customers.update', {
    id: zhang.id,
    customer: { ...shown, tags: [...shown.tags], mobile: NEW_MOBILE },
  });
  await call(c, 'interactions.create', {
    customerId: zhang.id,
    kind: 'call',
    occurredAt: '2026-11-30T02:00:00Z',
    summary: `回访：客户换了新号码 ${NEW_MOBILE}`,
  });
  await call(c, 'purchases.save', {
    customerId: zhang.id,
    occurredOn: '2026-11-30',
    product: '稳健理财 90 天',
    amountCents: 5_000_000,
    riskOverride: '客户坚持购买',
  });
  // An import that rejected a row of theirs (a duplicate) and one of someone else's.
  c.db
    .prepare(
      `INSERT INTO import_batches (id, target, file_name, policy, created, updated, skipped, rejected, rejected_rows, started_at, finished_at)
       VALUES ('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'customers', '客户名单.xlsx', 'skip', 0, 0, 0, 2, ?, ?, ?)`,
    )
    .run(
      JSON.stringify([
        { rowNumber: 2, cells: ['张伟', MOBILE, ID_NUMBER], issues: [{ column: 1, code: 'import.duplicate' }] },
        { rowNumber: 3, cells: ['赵强', '13700001111', ''], issues: [{ column: 1, code: 'import.duplicate' }] },
      ]),
      new Date().toISOString(),
      new Date().toISOString(),
    );
  return { c, zhang, li };
}

describe('erasing a customer', () => {
  it('leaves none of their phone or ID number bytes in the database file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-erase-')), 'branch.db');
    const { c, zhang } = await branch(path);
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fileBytes(path);
    for (const value of [MOBILE, NEW_MOBILE, ID_NUMBER]) expect(before.includes(Buffer.from(value))).toBe(true);

    const refused = await c.dispatch('privacy.erase', { id: zhang.id, confirm: '张' });
    expect(refused.ok ? null : refused.error.issues?.[0]?.code).toBe('privacy.confirmMismatch');

    const result = await call(c, 'privacy.erase', { id: zhang.id, confirm: ' 张伟 ' });
    expect(result.name).toBe('张伟');
    expect(result.removed).toMatchObject({ customers: 1, interactions: 1, transactions: 1 });
    expect(result.batchesScrubbed).toBe(1);
    c.close();
    core = null;

    const after = fileBytes(path);
    for (const value of [MOBILE, NEW_MOBILE, ID_NUMBER]) expect(after.includes(Buffer.from(value))).toBe(false);
    // Someone else's data is still there.
    expect(after.includes(Buffer.from(OTHER_MOBILE))).toBe(true);
    expect(after.includes(Buffer.from('13700001111'))).toBe(true);
  });

  it('leaves a tombstone in the history saying when and by whom', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-erase-')), 'branch.db');
    const { c, zhang } = await branch(path);
    const desk = (await call(c, 'auth.status', {})).me;
    await call(c, 'staff.rename', { id: desk?.id ?? '', name: '李经理' });
    await call(c, 'privacy.erase', { id: zhang.id, confirm: '张伟' });
    const rows = c.db
      .prepare("SELECT action, changes FROM audit_log WHERE entity = 'customer' AND entity_id = ?")
      .all(zhang.id) as {
      action: string;
      changes: string;
    }[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'erase']);
    for (const row of rows) expect(JSON.parse(row.changes)).toMatchObject({ erased: { by: '李经理' } });
    expect((await c.dispatch('customers.get', { id: zhang.id })).ok).toBe(false);
    const rejected = JSON.parse(c.db.prepare('SELECT rejected_rows FROM import_batches').pluck().get() as string) as {
      cells: string[];
    }[];
    expect(rejected.map((r) => r.cells[0])).toEqual(['赵强']);
  });

  it('empties the recycle bin of customers deleted longer ago than the retention period', async () => {
    const { c, zhang, li } = await branch(':memory:');
    await call(c, 'customers.delete', { id: zhang.id });
    await call(c, 'customers.delete', { id: li.id });
    c.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run('2026-10-01T00:00:00.000Z', zhang.id);
    c.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run('2026-11-25T00:00:00.000Z', li.id);
    const done = applyRetention(c.db, new Date('2026-12-03T09:00:00Z'));
    expect(done.erased).toBe(1);
    const left = c.db.prepare('SELECT name FROM customers').pluck().all();
    expect(left).toEqual(['李娜']);
    expect((await call(c, 'privacy.emptyTrash', {})).erased).toBe(1);
    expect(c.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });
});

describe('a customer’s personal file', () => {
  it('holds the profile, calls, purchases and history, and its export is recorded', async () => {
    const { c, zhang } = await branch(':memory:');
    const file = await call(c, 'privacy.export', { id: zhang.id, format: 'json', language: 'zh-CN' });
    expect(file.fileName).toBe('个人信息-张伟.json');
    const data = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as Record<
      string,
      Record<string, unknown>[]
    >;
    expect(data.profile?.[0]).toMatchObject({ name: '张伟', mobile: NEW_MOBILE, id_number: ID_NUMBER });
    expect(data.profile?.[0]).not.toHaveProperty('search_text');
    expect(data.interactions?.[0]?.summary).toContain('新号码');
    expect(data.purchases?.[0]).toMatchObject({ product: '稳健理财 90 天', amount_cents: 5_000_000 });
    expect(data.history?.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(
      c.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = ?").pluck().get(zhang.id),
    ).toBe(1);
    const workbook = await call(c, 'privacy.export', { id: zhang.id, format: 'xlsx', language: 'en' });
    expect(workbook.fileName).toBe('personal-data-张伟.xlsx');
    expect(Buffer.from(workbook.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
