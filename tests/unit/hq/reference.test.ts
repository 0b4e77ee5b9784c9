/**
 * Reference data down: head office changes its products, holidays, categories and staff directory; two branches
 * pull with their own credentials and get the same; a pulled product (or category list, or holiday) cannot be
 * edited at the branch, in the user's language; `dossier sync pull` prints what arrived.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { translate } from '../../../shared/i18n/index';
import { openDatabase } from '../../../electron/core/db/open';
import { createDispatch } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { memoryCore, withDb, type TestCore } from '../helpers';
import { setUpHq, type HqSetUp } from '../../fixtures/hq-branches';
import { startCluster, type Cluster } from './cluster';

let cluster: Cluster;
let hq: HqSetUp;
let admin: Client;
let shanghai: TestCore;
let beijing: TestCore;

const FUND = '11111111-2222-4333-8444-555555555555';
const DEPOSIT = '22222222-3333-4444-8555-666666666666';

beforeAll(async () => {
  cluster = await startCluster();
  hq = await setUpHq(cluster.url, cluster.urlFor, [
    ['SH01', '上海静安支行'],
    ['BJ02', 'Beijing Chaoyang'],
  ]);
  admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(
    `INSERT INTO dossier.products (id, name, category, risk_rating, term_days) VALUES
       ($1, '稳健理财 90 天', 'wealth', 2, 90), ($2, '大额存单 3 年', 'deposit', 1, 1095)`,
    [FUND, DEPOSIT],
  );
  await admin.query(`INSERT INTO dossier.holidays (date, kind, name) VALUES ('2027-01-01', 'holiday', '元旦'),
    ('2027-02-07', 'workday', '春节调休')`);
  await admin.query(`INSERT INTO dossier.complaint_categories (code, label_zh, label_en, position) VALUES
    ('service_attitude', '服务态度', 'Service attitude', 1), ('fees', '收费', 'Fees', 2)`);
  await admin.query(`INSERT INTO dossier.answer_categories (code, label_zh, label_en, position) VALUES
    ('satisfied', '满意', 'Satisfied', 1), ('wants_contact', '希望联系', 'Wants contact', 2)`);
  await admin.query(`INSERT INTO dossier.staff_directory (id, name, title, phone) VALUES
    (gen_random_uuid(), '周建国', '区域经理', '13812345678')`);
  shanghai = memoryCore();
  beijing = memoryCore();
}, 60_000);

afterAll(async () => {
  await admin?.end();
  shanghai?.db.close();
  beijing?.db.close();
  cluster?.destroy();
});

const pull = async (core: TestCore, url: string) => {
  const reply = await core.dispatch('hq.pull', { url });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as { products: number; holidays: number; complaintCategories: number; staffDirectory: number };
};
const products = (core: TestCore) =>
  core.db
    .prepare(
      'SELECT name, risk_rating AS rating, hq_id IS NOT NULL AS managed FROM products WHERE deleted_at IS NULL ORDER BY name',
    )
    .all();

describe('reference data from head office', () => {
  it('reaches both branches, each pulling with its own credentials', async () => {
    // Shanghai already sells the fund under the same name: the pull takes it over instead of adding a twin.
    const local = await shanghai.dispatch('products.save', {
      name: '稳健理财 90 天',
      category: 'wealth',
      riskRating: 3,
    });
    expect(local.ok).toBe(true);
    for (const [core, code] of [
      [shanghai, 'SH01'],
      [beijing, 'BJ02'],
    ] as const) {
      const first = await pull(core, hq.branchUrls[code]!);
      expect(first).toMatchObject({ products: 2, holidays: 2, complaintCategories: 2, staffDirectory: 1 });
      expect(products(core)).toEqual([
        { name: '大额存单 3 年', rating: 1, managed: 1 },
        { name: '稳健理财 90 天', rating: 2, managed: 1 },
      ]);
      expect(core.db.prepare('SELECT date, kind, hq_managed AS managed FROM holidays ORDER BY date').all()).toEqual([
        { date: '2027-01-01', kind: 'holiday', managed: 1 },
        { date: '2027-02-07', kind: 'workday', managed: 1 },
      ]);
      const settings = await core.dispatch('complaints.settings.get', {});
      expect(settings).toMatchObject({ ok: true, value: { categories: ['service_attitude', 'fees'] } });
      expect(core.db.prepare('SELECT name, title FROM hq_staff_directory').all()).toEqual([
        { name: '周建国', title: '区域经理' },
      ]);
    }
    expect(
      (shanghai.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'product'").get() as { n: number }).n,
    ).toBe(3);
  });

  it('brings a change at head office to both branches, and only what changed since the last pull', async () => {
    await admin.query(`UPDATE dossier.products SET risk_rating = 4, updated_at = now() WHERE id = $1`, [FUND]);
    await admin.query(`UPDATE dossier.products SET deleted_at = now(), updated_at = now() WHERE id = $1`, [DEPOSIT]);
    for (const [core, code] of [
      [shanghai, 'SH01'],
      [beijing, 'BJ02'],
    ] as const) {
      const next = await pull(core, hq.branchUrls[code]!);
      // The two changed products (and nothing older than the cursor but the rows sharing its instant).
      expect(next.products).toBe(2);
      expect(next.staffDirectory).toBeLessThanOrEqual(1);
      expect(products(core)).toEqual([{ name: '稳健理财 90 天', rating: 4, managed: 1 }]);
    }
  });

  it('refuses a local edit or delete of a pulled product in the user language, and changes nothing', async () => {
    const id = (shanghai.db.prepare('SELECT id FROM products WHERE hq_id = ?').get(FUND) as { id: string }).id;
    const edit = await shanghai.dispatch('products.save', {
      id,
      name: '稳健理财 90 天',
      category: 'wealth',
      riskRating: 1,
    });
    expect(edit).toMatchObject({ ok: false, error: { code: 'hq.managed' } });
    expect(translate('zh-CN', 'error.hq.managed')).toBe('此记录由总部管理：只能在总部修改，下次同步时下发。');
    const remove = await shanghai.dispatch('products.delete', { id });
    expect(remove).toMatchObject({ ok: false, error: { code: 'hq.managed' } });
    expect(products(shanghai)).toEqual([{ name: '稳健理财 90 天', rating: 4, managed: 1 }]);
    // The branch's own products stay its own to edit.
    expect(
      (await shanghai.dispatch('products.save', { name: '网点自营基金', category: 'fund', riskRating: 3 })).ok,
    ).toBe(true);
  });

  it('refuses a local change of pulled categories and holidays', async () => {
    const categories = await beijing.dispatch('complaints.settings.update', { categories: ['other'] });
    expect(categories).toMatchObject({ ok: false, error: { code: 'hq.managed' } });
    const holiday = await beijing.dispatch('callbacks.holidays.set', {
      holidays: [{ date: '2027-01-01', kind: 'workday', name: null }],
    });
    expect(holiday).toMatchObject({ ok: false, error: { code: 'hq.managed' } });
    const own = await beijing.dispatch('callbacks.holidays.set', {
      holidays: [{ date: '2027-03-08', kind: 'holiday', name: '妇女节半天' }],
    });
    expect(own.ok).toBe(true);
  });

  it('keeps the holidays head office set when the branch replaces a year of its calendar', async () => {
    const days = () => beijing.db.prepare('SELECT date, kind, hq_managed AS managed FROM holidays ORDER BY date').all();
    // Loading a year's official calendar that leaves out head office's days: head office's days survive.
    const replaced = await beijing.dispatch('callbacks.holidays.set', {
      holidays: [{ date: '2027-10-01', kind: 'holiday', name: '国庆节' }],
      replaceYears: true,
    });
    expect(replaced).toMatchObject({ ok: true, value: { keptFromHq: 2 } });
    expect(days()).toEqual([
      { date: '2027-01-01', kind: 'holiday', managed: 1 },
      { date: '2027-02-07', kind: 'workday', managed: 1 },
      { date: '2027-10-01', kind: 'holiday', managed: 0 },
    ]);
    // A list that says otherwise for head office's day: the branch's other days are replaced, head office's stays.
    const again = await beijing.dispatch('callbacks.holidays.set', {
      holidays: [
        { date: '2027-01-01', kind: 'workday', name: null },
        { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
      ],
      replaceYears: true,
    });
    expect(again).toMatchObject({ ok: true, value: { keptFromHq: 2 } });
    expect(days()).toEqual([
      { date: '2027-01-01', kind: 'holiday', managed: 1 },
      { date: '2027-02-07', kind: 'workday', managed: 1 },
      { date: '2027-10-02', kind: 'holiday', managed: 0 },
    ]);
    expect(translate('en', 'callbackSettings.holidaysKeptFromHq', { count: 2 })).toBe(
      '2 days set by head office were kept as head office set them.',
    );
    expect(translate('zh-CN', 'callbackSettings.holidaysKeptFromHq', { count: 2 })).toBe(
      '总部下发的 2 个日期保持总部的设置不变。',
    );
    // The calendar says which days are head office's (the editor marks them and offers no delete).
    const settings = await beijing.dispatch('callbacks.settings.get', {});
    if (!settings.ok) throw new Error(JSON.stringify(settings.error));
    expect((settings.value as { holidays: unknown[] }).holidays).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦', fromHq: true },
      { date: '2027-02-07', kind: 'workday', name: '春节调休', fromHq: true },
      { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
    ]);
    // Removing head office's day by hand is still refused.
    const remove = await beijing.dispatch('callbacks.holidays.set', { holidays: [], remove: ['2027-02-07'] });
    expect(remove).toMatchObject({ ok: false, error: { code: 'hq.managed' } });
  });

  it('dossier sync pull prints what arrived, and says so when head office is out of reach', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pull-'));
    const db = join(dir, 'branch.db');
    try {
      withDb(db, () => undefined);
      const out: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
      const env = { LANG: 'en_US.UTF-8' };
      expect(await runCli(['sync', 'pull', '--db', db, '--url', hq.branchUrls.SH01!], io, env)).toBe(0);
      // A new branch gets every record, the one deleted at head office included (so it is never sold there).
      expect(out.join('\n')).toBe(
        'Pulled from head office: 2 products, 2 calendar days, 2 answer categories, 2 complaint categories, 1 directory entry.',
      );
      expect(withDb(db, (d) => d.prepare('SELECT name FROM products WHERE deleted_at IS NULL').all())).toEqual([
        { name: '稳健理财 90 天' },
      ]);
      out.length = 0;
      const wrong = cluster.urlFor('dossier_b_sh01', 'wrong-password');
      expect(await runCli(['sync', 'pull', '--db', db, '--url', wrong], io, env)).toBe(1);
      expect(out.join('\n')).toContain('The head-office database cannot be reached');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('brings each category with its names: forms, lists and reports show them, never the code', async () => {
    // A category head office named in Chinese only is shown by that name in either language.
    await admin.query(`INSERT INTO dossier.complaint_categories (code, label_zh, label_en, position)
      VALUES ('branch_queue', '排队时间长', '', 3)`);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-labels-'));
    const file = join(dir, 'branch.db');
    try {
      withDb(file, () => undefined);
      const io = { out: () => undefined, err: () => undefined };
      expect(await runCli(['sync', 'pull', '--db', file, '--url', hq.branchUrls.SH01!], io, {})).toBe(0);
      const db = openDatabase(file);
      try {
        const dispatch = createDispatch(createHandlers({ db, dbPath: file, host: 'web', version: 'test' }), () => {});
        const call = async (channel: string, input: unknown) => {
          const reply = await dispatch(channel, input);
          if (!reply.ok) throw new Error(JSON.stringify(reply.error));
          return reply.value as Record<string, unknown>;
        };
        expect((await call('complaints.settings.get', {})).categoryLabels).toEqual({
          service_attitude: { zh: '服务态度', en: 'Service attitude' },
          fees: { zh: '收费', en: 'Fees' },
          branch_queue: { zh: '排队时间长', en: '' },
        });
        expect((await call('callbacks.settings.get', {})).answerLabels).toEqual({
          satisfied: { zh: '满意', en: 'Satisfied' },
          wants_contact: { zh: '希望联系', en: 'Wants contact' },
        });
        const wang = await call('customers.create', {
          customer: { kind: 'person', name: '王芳', mobile: '13812345678' },
        });
        for (const category of ['fees', 'branch_queue'])
          await call('complaints.create', {
            customerId: wang.id,
            channel: 'phone',
            category,
            words: '柜台等了一个小时',
          });
        const cb = await call('callbacks.create', { customerId: wang.id, dueOn: '2026-12-01' });
        await call('callbacks.log', {
          id: cb.id,
          outcome: 'reached',
          answerCategory: 'wants_contact',
          satisfaction: 4,
          next: null,
        });
        const timeline = db.prepare(
          "SELECT outcome FROM interactions WHERE kind = 'call' AND outcome LIKE '%希望联系%'",
        );
        expect(timeline.all()).toHaveLength(1);
      } finally {
        db.close();
      }
      const say = async (lang: string, args: string[]) => {
        const out: string[] = [];
        const code = await runCli(
          [...args, '--db', file],
          { out: (l) => out.push(l), err: (l) => out.push(l) },
          { LANG: lang },
        );
        expect(code, out.join('\n')).toBe(0);
        return out.join('\n');
      };
      const list = await say('en_US.UTF-8', ['complaints', 'list']);
      expect(list).toContain('Fees');
      expect(list).toContain('排队时间长');
      expect(list).not.toContain('branch_queue');
      const report = await say('zh_CN.UTF-8', ['complaints', 'report', '--from', '2026-01-01', '--to', '2027-12-31']);
      expect(report).toContain('收费');
      expect(report).toContain('排队时间长');
      const answers = await say('en_US.UTF-8', ['callbacks', 'report', '--from', '2026-01-01', '--to', '2027-12-31']);
      expect(answers).toContain('Wants contact');
      expect(answers).not.toContain('wants_contact');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
