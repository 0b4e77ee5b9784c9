import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { deleteCustomer } from '../../../electron/core/customers/records';
import { createStaff } from '../../../electron/core/staff/staff';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import type { SavedSegment } from '../../../shared/segments/saved';
import { memoryCore, withDb, type TestCore } from '../helpers';
import { addCustomer, classify } from './fixtures';

async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { body: reply.error });
  return reply.value as T;
}

const listNames = async (core: TestCore, filter: Record<string, unknown>): Promise<string[]> =>
  (await call<Page<CustomerRow>>(core, 'customers.list', { ...filter, sort: 'name', direction: 'asc' })).rows.map(
    (r) => r.name,
  );

const auditOf = (core: TestCore, id: string) =>
  core.db
    .prepare("SELECT action, changes FROM audit_log WHERE entity = 'saved_segment' AND entity_id = ? ORDER BY seq")
    .all(id) as { action: string; changes: string }[];

/** 张伟 and 李娜 are A, 王芳 B, Emily Chen C. */
function seedBranch(db: TestCore['db']): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [name, mobile, abc] of [
    ['张伟', '13812345678', 'A'],
    ['李娜', '13987654321', 'A'],
    ['王芳', '15012345678', 'B'],
    ['Emily Chen', '13700001111', 'C'],
  ] as const) {
    ids[name] = addCustomer(db, { name, mobile });
    classify(db, ids[name]!, { abc, amountCents: abc === 'A' ? 5_000_000 : 100_000 });
  }
  return ids;
}

describe('saved segments', () => {
  let core: TestCore;
  let ids: Record<string, string>;
  beforeEach(() => {
    core = memoryCore();
    ids = seedBranch(core.db);
  });

  it('keeps a dynamic segment re-evaluated and a frozen one as its members, with live counts', async () => {
    const dynamic = await call<SavedSegment>(core, 'savedSegments.create', {
      name: 'A 类客户',
      filter: { classes: ['abc:A'] },
    });
    const frozen = await call<SavedSegment>(core, 'savedSegments.create', {
      name: '年末回访名单',
      kind: 'frozen',
      filter: { classes: ['abc:A'] },
    });
    expect(dynamic).toMatchObject({ kind: 'dynamic', count: 2, frozenAt: null, pinned: false });
    expect(frozen).toMatchObject({ kind: 'frozen', count: 2 });
    expect(frozen.frozenAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    // 王芳 becomes A, 李娜 drops to B: the dynamic segment follows, the frozen one keeps who it had.
    classify(core.db, ids['王芳']!, { abc: 'A' });
    classify(core.db, ids['李娜']!, { abc: 'B' });
    expect(await listNames(core, { segmentId: dynamic.id })).toEqual(['王芳', '张伟']);
    expect(await listNames(core, { segmentId: frozen.id })).toEqual(['李娜', '张伟']);

    // A deleted customer leaves both, and the counts.
    deleteCustomer(core.db, ids['张伟']!, null);
    expect(await listNames(core, { segmentId: dynamic.id })).toEqual(['王芳']);
    expect(await listNames(core, { segmentId: frozen.id })).toEqual(['李娜']);
    const counts = await call<SavedSegment[]>(core, 'savedSegments.list', {});
    expect(counts.map((s) => [s.name, s.count])).toEqual([
      ['A 类客户', 1],
      ['年末回访名单', 1],
    ]);
  });

  it('narrows a segment with more filters, and saves a segment made from another', async () => {
    const a = await call<SavedSegment>(core, 'savedSegments.create', { name: 'A', filter: { classes: ['abc:A'] } });
    expect(await listNames(core, { segmentId: a.id, query: '李' })).toEqual(['李娜']);
    const narrowed = await call<SavedSegment>(core, 'savedSegments.create', {
      name: 'A 姓李',
      filter: { segmentId: a.id, query: '李' },
    });
    expect(narrowed.count).toBe(1);
    classify(core.db, ids['李娜']!, { abc: 'C' });
    expect((await call<SavedSegment>(core, 'savedSegments.get', { id: narrowed.id })).count).toBe(0);
    // The segment it is made from stays until it goes first.
    await expect(call(core, 'savedSegments.delete', { id: a.id })).rejects.toMatchObject({
      body: { code: 'conflict', issues: [{ code: 'savedSegments.inUse' }], details: { names: 'A 姓李' } },
    });
    await call(core, 'savedSegments.delete', { id: narrowed.id });
    await call(core, 'savedSegments.delete', { id: a.id });
    expect(await call<SavedSegment[]>(core, 'savedSegments.list', {})).toEqual([]);
  });

  it('refuses a taken or empty name, and an unknown segment, in the user’s terms', async () => {
    await call(core, 'savedSegments.create', { name: '沉睡客户', filter: { classes: ['abc:C'] } });
    await expect(
      call(core, 'savedSegments.create', { name: ' 沉睡客户 ', filter: { classes: ['abc:B'] } }),
    ).rejects.toMatchObject({
      body: { code: 'conflict', issues: [{ path: 'name', code: 'savedSegments.nameTaken' }] },
    });
    await expect(call(core, 'savedSegments.create', { name: '  ', filter: {} })).rejects.toMatchObject({
      body: { issues: [{ path: 'name', code: 'savedSegments.nameRequired' }] },
    });
    await expect(
      call(core, 'customers.list', { segmentId: '0190a000-0000-7000-8000-000000000000' }),
    ).rejects.toMatchObject({ body: { code: 'not_found', issues: [{ code: 'savedSegments.notFound' }] } });
    expect(core.db.prepare('SELECT count(*) AS n FROM saved_segments').get()).toEqual({ n: 1 });
  });

  it('renames, pins and deletes with an audit entry each; pinned ones come first and alone on request', async () => {
    const staff = createStaff(core.db, '陈经理');
    const b = await call<SavedSegment>(core, 'savedSegments.create', { name: 'B 类', filter: { classes: ['abc:B'] } });
    const c = await call<SavedSegment>(core, 'savedSegments.create', { name: 'C 类', filter: { classes: ['abc:C'] } });
    await call(core, 'settings.update', { currentStaffId: staff.id });
    const renamed = await call<SavedSegment>(core, 'savedSegments.update', { id: c.id, name: '需挽回', pinned: true });
    expect(renamed).toMatchObject({ name: '需挽回', pinned: true, count: 1 });
    expect((await call<SavedSegment[]>(core, 'savedSegments.list', {})).map((s) => s.name)).toEqual(['需挽回', 'B 类']);
    expect((await call<SavedSegment[]>(core, 'savedSegments.list', { pinnedOnly: true })).map((s) => s.name)).toEqual([
      '需挽回',
    ]);
    await expect(call(core, 'savedSegments.update', { id: b.id, name: '需挽回' })).rejects.toMatchObject({
      body: { issues: [{ code: 'savedSegments.nameTaken' }] },
    });
    await call(core, 'savedSegments.delete', { id: c.id });
    expect((await call<SavedSegment[]>(core, 'savedSegments.list', {})).map((s) => s.name)).toEqual(['B 类']);
    // The name is free again.
    await call(core, 'savedSegments.create', { name: '需挽回', filter: { classes: ['abc:C'] } });
    const trail = auditOf(core, c.id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.parse(trail[1]!.changes)).toEqual({ name: ['C 类', '需挽回'], pinned: [false, true] });
    const who = core.db
      .prepare("SELECT staff_id AS s FROM audit_log WHERE entity = 'saved_segment' AND action = 'delete'")
      .get() as { s: string };
    expect(who.s).toBe(staff.id);
  });

  it('is the source of a call-back campaign: one call-back per live member', async () => {
    const staff = createStaff(core.db, '刘客户经理');
    const frozen = await call<SavedSegment>(core, 'savedSegments.create', {
      name: '重点 A 类',
      kind: 'frozen',
      filter: { classes: ['abc:A'] },
    });
    deleteCustomer(core.db, ids['李娜']!, null);
    const input = {
      name: 'A 类年末回访',
      fromOn: '2025-12-22',
      toOn: '2025-12-31',
      today: '2025-12-20',
      staffIds: [staff.id],
      perDayCap: 20,
      selection: { segmentId: frozen.id },
    };
    const preview = await call<{ selected: number }>(core, 'campaigns.preview', input);
    expect(preview.selected).toBe(1);
    await call(core, 'campaigns.create', input);
    const called = core.db
      .prepare("SELECT c.name FROM callbacks b JOIN customers c ON c.id = b.customer_id WHERE b.state = 'open'")
      .all() as { name: string }[];
    expect(called.map((r) => r.name)).toEqual(['张伟']);
  });
});

describe('dossier segments list and export --segment', () => {
  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { LANG: 'en_US.UTF-8' });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints each customer’s id, name and mobile for a segment or a class, and exports the segment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-segments-'));
    const db = join(dir, 'branch.db');
    const ids = withDb(db, (d) => seedBranch(d));
    const byClass = await cli(['segments', 'list', '--class', 'abc:A', '--db', db]);
    expect(byClass.code).toBe(0);
    const lines = byClass.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContain(`${ids['张伟']}\t张伟\t13812345678`);
    expect(lines).toContain(`${ids['李娜']}\t李娜\t13987654321`);

    const json = await cli(['segments', 'list', '--class', 'abc:B', '--class', 'abc:C', '--db', db, '--json']);
    expect(JSON.parse(json.out)).toEqual([
      { id: ids['Emily Chen'], name: 'Emily Chen', mobile: '13700001111' },
      { id: ids['王芳'], name: '王芳', mobile: '15012345678' },
    ]);

    withDb(db, (d) => {
      d.prepare(
        `INSERT INTO saved_segments (id, name, kind, filter, created_at, updated_at)
         VALUES ('0190a000-0000-7000-8000-0000000000aa', '高价值客户', 'dynamic', '{"classes":["abc:A"]}', 'x', 'x')`,
      ).run();
    });
    const byName = await cli(['segments', 'list', '高价值客户', '--db', db, '--json']);
    expect((JSON.parse(byName.out) as { name: string }[]).map((c) => c.name).sort()).toEqual(['张伟', '李娜'].sort());

    const out = join(dir, 'vip.csv');
    const exported = await cli(['export', '--segment', '高价值客户', '--out', out, '--db', db, '--json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toMatchObject({ rows: 2 });
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('13812345678');
    expect(csv).not.toContain('15012345678');

    const unknown = await cli(['segments', 'list', '沉睡客户', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('dossier: No saved segment is called “沉睡客户”.');
    const badClass = await cli(['segments', 'list', '--class', 'abc:D', '--db', db]);
    expect(badClass.code).toBe(2);
    expect(badClass.err).toContain('--class');
    const missing = await cli(['segments', 'list', '--db', db]);
    expect(missing.code).toBe(2);
  });
});
