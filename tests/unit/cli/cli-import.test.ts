/** `dossier import` and `dossier export` as a script uses them: the summary, the rejected rows, history, undo. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { writeProblem } from '../../../electron/cli/write';
import { createCustomer, getCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { searchCustomers } from '../../../electron/core/search/search';
import { savePurchase } from '../../../electron/core/purchases/purchases';
import { updateSettings } from '../../../electron/core/settings/settings';
import { createStaff } from '../../../electron/core/staff/staff';
import { translate } from '../../../shared/i18n/index';
import { COLUMN_MAPPINGS, type ImportBatch } from '../../../shared/import/types';
import { customerListQuery } from '../../../shared/customers/schemas';
import { csvText, residentId } from '../../fixtures/spreadsheets';
import { customer, withDb } from '../helpers';

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A branch folder: the database and the spreadsheets side by side, as a scheduled script would have them. */
function branchDir(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-import-'));
  return { dir, db: join(dir, 'branch.db') };
}

const liveCustomers = (path: string): number =>
  withDb(path, (db) => listCustomers(db, customerListQuery.parse({})).total);

interface Summary {
  batchId: string;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  ms: number;
  rejectedFile: string | null;
  rejectedFileError: { path: string; code: string; reason: string; message: string } | null;
}

const ZHANG_ID = residentId('110105', '19491231', '001'); // a man: odd sequence number
const HEADERS = ['姓名', '手机', '身份证号', '工作单位', '职务'];

/** Rows of a branch list: two new customers, one already in the database, one with a mobile that is too short. */
const ROWS = [
  ['张伟', '138 0013 8000', ZHANG_ID, '杭州恒达机械有限公司', '总经理'],
  ['Emily Chen', '+86 139-0013-9000', '', 'Pacific Rim Logistics Ltd.', 'Manager'],
  ['李娜', '+86 139-1234-5678', '', '上海锦程贸易有限公司', '财务'],
  ['王芳', '1381234', '', '', ''],
];

async function readSheet(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text);
    rows.push(cells);
  });
  return rows;
}

describe('dossier import', () => {
  it('prints a JSON summary, writes the rejected rows with their reason next to the file, and imports the rest', async () => {
    const { dir, db } = branchDir();
    withDb(db, (d) => createCustomer(d, customer({ name: '李娜', mobile: '13912345678' }), null));
    const file = join(dir, '朝阳支行客户名单.csv');
    writeFileSync(file, iconv.encode(csvText(HEADERS, ROWS), 'gbk'));

    const r = await cli(['import', file, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as Summary;
    expect(summary).toMatchObject({ created: 2, updated: 0, skipped: 1, rejected: 1 });
    expect(summary.batchId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(summary.rejectedFile).toBe(join(dir, '朝阳支行客户名单.rejected.xlsx'));
    expect(existsSync(summary.rejectedFile ?? '')).toBe(true);
    // --json prints only the summary: no progress lines a script would have to filter out.
    expect(r.err).toBe('');

    const sheet = await readSheet(summary.rejectedFile ?? '');
    expect(sheet[0]).toEqual([...HEADERS, 'Reason']);
    expect(sheet).toHaveLength(2);
    expect(sheet[1]?.slice(0, 2)).toEqual(['王芳', '1381234']);
    expect(sheet[1]?.at(-1)).toBe('手机: Too few digits for a phone number.');

    expect(liveCustomers(db)).toBe(3);
    withDb(db, (d) => {
      const [zhang] = searchCustomers(d, '张伟', 5);
      expect(getCustomer(d, zhang?.id ?? '')).toMatchObject({
        mobile: '13800138000',
        idNumber: ZHANG_ID,
        birthDate: '1949-12-31',
        gender: 'male',
        employer: '杭州恒达机械有限公司',
      });
      const [emily] = searchCustomers(d, 'Emily', 5);
      expect(getCustomer(d, emily?.id ?? '').mobile).toBe('13900139000');
    });
  });

  it('says the same in words without --json, and writes no rejected file when every row went in', async () => {
    const { dir, db } = branchDir();
    const file = join(dir, 'clean.csv');
    writeFileSync(file, csvText(HEADERS, ROWS.slice(0, 2)));
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Created 2, updated 0, skipped 0, rejected 0 \(\d+\.\d s\)\.$/);
    expect(lines[1]).toMatch(/^Batch: [0-9a-f-]{36} \(undo with: dossier import undo [0-9a-f-]{36}\)$/);
    expect(lines).toHaveLength(2);
    expect(existsSync(join(dir, 'clean.rejected.xlsx'))).toBe(false);
    expect(r.err.split('\n').at(-1)).toBe('Importing… 2/2');
  });

  it('says how many rows were merged into earlier rows of the file, and the rejected file why one was not', async () => {
    const { dir, db } = branchDir();
    const file = join(dir, 'again.csv');
    const rows = [
      ['张伟', '138 0013 8000', '', '', ''],
      ['Emily Chen', '+86 139-0013-9000', '', 'Pacific Rim Logistics Ltd.', 'Manager'],
      ['张伟', '13800138000', ZHANG_ID, '杭州恒达机械有限公司', '总经理'],
      ['张伟', '13800138000', '', '杭州恒达机械有限公司', '副总经理'],
    ];
    writeFileSync(file, iconv.encode(csvText(HEADERS, rows), 'gbk'));
    const r = await cli(['import', file, '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^新建 2，更新 0，跳过 0，未导入 1（用时 \d+\.\d 秒）。$/);
    expect(lines[1]).toBe('1 行已合并到本文件中的同一客户。');
    const rejected = await readSheet(join(dir, 'again.rejected.xlsx'));
    expect(rejected[1]?.at(-1)).toBe('职务: 与本文件第 2 行是同一客户，但那里是 总经理，本行是 副总经理，未合并');
    withDb(db, (d) => {
      const [zhang] = searchCustomers(d, '张伟', 5);
      expect(getCustomer(d, zhang?.id ?? '')).toMatchObject({ idNumber: ZHANG_ID, position: '总经理' });
    });
    const en = await cli(['import', file, '--db', join(dir, 'other.db')]);
    expect(en.out.split('\n')[1]).toBe('1 row merged into existing rows of this file.');
  });

  it('refuses a birth-date column that reads either way until --date-order says which, then stores it that way', async () => {
    const { dir, db } = branchDir();
    const file = join(dir, 'foreign.csv');
    // 5/1/1990 and 7/3/1985 are valid month-first and day-first: nothing in the column tells them apart.
    writeFileSync(
      file,
      csvText(
        ['Name', 'Mobile', 'Date of birth'],
        [
          ['Sheryl Baxter', '13800138001', '5/1/1990'],
          ['Preston Lozano', '13800138002', '7/3/1985'],
        ],
      ),
    );
    const refused = await cli(['import', file, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      'Day and month order is unclear in: Date of birth. Add --date-order mdy or --date-order dmy.',
    );
    expect(liveCustomers(db)).toBe(0);

    const r = await cli(['import', file, '--db', db, '--date-order', 'dmy', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Summary).created).toBe(2);
    const birthDates = withDb(db, (d) =>
      searchCustomers(d, 'Sheryl', 1).map((hit) => getCustomer(d, hit.id).birthDate),
    );
    expect(birthDates).toEqual(['1990-01-05']);
  });

  it('--on-duplicate fill fills an existing customer’s empty fields and keeps what it already had', async () => {
    const { dir, db } = branchDir();
    const id = withDb(
      db,
      (d) =>
        createCustomer(d, customer({ name: '李娜', mobile: '13912345678', position: '出纳', notes: '老客户' }), null)
          .id,
    );
    const file = join(dir, 'update.csv');
    writeFileSync(file, csvText(HEADERS, [ROWS[2] ?? []]));

    const r = await cli(['import', file, '--db', db, '--json', '--on-duplicate', 'fill']);
    expect(JSON.parse(r.out)).toMatchObject({ created: 0, updated: 1, skipped: 0, rejected: 0, rejectedFile: null });
    withDb(db, (d) =>
      expect(getCustomer(d, id)).toMatchObject({ employer: '上海锦程贸易有限公司', position: '出纳', notes: '老客户' }),
    );
    expect(liveCustomers(db)).toBe(1);

    // The default (skip) leaves a customer alone even when the file has more to say.
    withDb(db, (d) => createCustomer(d, customer({ name: '张伟', mobile: '13800138000' }), null));
    const again = join(dir, 'again.csv');
    writeFileSync(again, csvText(HEADERS, [ROWS[0] ?? []]));
    const skipped = await cli(['import', again, '--db', db, '--json']);
    expect(JSON.parse(skipped.out)).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    withDb(db, (d) => expect(getCustomer(d, searchCustomers(d, '张伟', 1)[0]?.id ?? '').employer).toBeNull());

    const bad = await cli(['import', file, '--db', db, '--on-duplicate', 'merge']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('dossier: --on-duplicate must be one of skip, fill, overwrite, create; got “merge”.');
  });

  it('--mapping FILE maps the columns as listed, whatever their headers say', async () => {
    const { dir, db } = branchDir();
    const file = join(dir, '导出.csv');
    // Headers the guesser would read differently: 备注 would be notes, 电话 a phone, 单位 the employer.
    writeFileSync(
      file,
      csvText(
        ['户名', '电话', '备注', '单位'],
        [
          ['周杰', '136 0013 6000', '微信 zhoujie_88', '朝阳支行'],
          ['Michael Wong', '+86 137-0013-7000', '只讲英文', '国贸支行'],
        ],
      ),
    );
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify(['name', 'mobile', 'custom', 'ignore']));

    const r = await cli(['import', file, '--db', db, '--json', '--mapping', mapping]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ created: 2, rejected: 0 });
    withDb(db, (d) => {
      const zhou = getCustomer(d, searchCustomers(d, '周杰', 1)[0]?.id ?? '');
      expect(zhou).toMatchObject({ mobile: '13600136000', phone: null, notes: null, employer: null });
      expect(zhou.customFields).toEqual({ 备注: '微信 zhoujie_88' });
      const wong = getCustomer(d, searchCustomers(d, 'Michael', 1)[0]?.id ?? '');
      expect(wong.mobile).toBe('13700137000');
      expect(wong.customFields).toEqual({ 备注: '只讲英文' });
    });

    writeFileSync(mapping, JSON.stringify(['name', 'cellphone']));
    const bad = await cli(['import', file, '--db', db, '--mapping', mapping]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      `dossier: --mapping must be a JSON array with one of these per column: ${COLUMN_MAPPINGS.join(', ')}`,
    );
    // A file that is not JSON at all (a header list typed by hand) gets the same message, not a parser's.
    writeFileSync(mapping, '姓名=name, 手机=mobile');
    const notJson = await cli(['import', file, '--db', db, '--mapping', mapping]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toBe(bad.err);
    expect(liveCustomers(db)).toBe(2);
  });

  it('lists the batch in history and undoes it: what it created is gone, what it skipped is untouched', async () => {
    const { dir, db } = branchDir();
    const existing = withDb(db, (d) => createCustomer(d, customer({ name: '李娜', mobile: '13912345678' }), null));
    const file = join(dir, '第三季度.csv');
    writeFileSync(file, csvText(HEADERS, ROWS));
    const summary = JSON.parse((await cli(['import', file, '--db', db, '--json'])).out) as Summary;

    const history = await cli(['import', 'history', '--db', db, '--json']);
    expect(history.code).toBe(0);
    const batches = JSON.parse(history.out) as ImportBatch[];
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({
      id: summary.batchId,
      fileName: '第三季度.csv',
      target: 'customers',
      policy: 'skip',
      created: 2,
      updated: 0,
      skipped: 1,
      rejected: 1,
      undoneAt: null,
    });
    const text = await cli(['import', 'history', '--db', db]);
    expect(text.out.split('\t')).toEqual([
      summary.batchId,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      '第三季度.csv',
      '+2 ~0 =1 ×1',
      '',
    ]);

    const undo = await cli(['import', 'undo', summary.batchId, '--db', db, '--json']);
    expect(undo.code).toBe(0);
    expect(JSON.parse(undo.out)).toMatchObject({ removed: 2, restored: 0 });
    expect(liveCustomers(db)).toBe(1);
    withDb(db, (d) => {
      expect(searchCustomers(d, '张伟', 5)).toEqual([]);
      expect(searchCustomers(d, 'Emily', 5)).toEqual([]);
      expect(getCustomer(d, existing.id)).toEqual(existing);
    });
    const after = JSON.parse((await cli(['import', 'history', '--db', db, '--json'])).out) as ImportBatch[];
    expect(after[0]?.undoneAt).toEqual(expect.any(String));
    expect((await cli(['import', 'history', '--db', db])).out.split('\t').at(-1)).toBe('(undone)');
    const twice = await cli(['import', 'undo', summary.batchId, '--db', db]);
    expect(twice.code).toBe(1);
    expect(twice.err).toBe('dossier: This import was already undone.');
  });

  it('undo with --on-duplicate fill puts back the customer’s fields as they were', async () => {
    const { dir, db } = branchDir();
    const before = withDb(db, (d) => createCustomer(d, customer({ name: '李娜', mobile: '13912345678' }), null));
    const file = join(dir, 'fill.csv');
    writeFileSync(file, csvText(HEADERS, ROWS.slice(1, 3)));
    const summary = JSON.parse(
      (await cli(['import', file, '--db', db, '--json', '--on-duplicate', 'fill'])).out,
    ) as Summary;
    expect(summary).toMatchObject({ created: 1, updated: 1 });
    const undo = await cli(['import', 'undo', summary.batchId, '--db', db]);
    expect(undo.code).toBe(0);
    expect(undo.out).toBe('Import undone: 1 record removed, 1 restored.');
    withDb(db, (d) => {
      const restored = getCustomer(d, before.id);
      expect({ employer: restored.employer, position: restored.position }).toEqual({ employer: null, position: null });
      expect(searchCustomers(d, 'Emily', 5)).toEqual([]);
    });
  });
  it('records the staff member at the desk, as the app does: on the batch, its customers, its undo and the audit', async () => {
    const { dir, db } = branchDir();
    const li = withDb(db, (d) => {
      const staff = createStaff(d, '李强');
      updateSettings(d, { currentStaffId: staff.id });
      return staff.id;
    });
    const file = join(dir, '李强的名单.csv');
    writeFileSync(file, csvText(HEADERS, ROWS.slice(0, 2)));
    const summary = JSON.parse((await cli(['import', file, '--db', db, '--json'])).out) as Summary;
    withDb(db, (d) =>
      expect(d.prepare('SELECT created_by AS createdBy FROM customers').all()).toEqual([
        { createdBy: li },
        { createdBy: li },
      ]),
    );
    expect((await cli(['import', 'undo', summary.batchId, '--db', db])).code).toBe(0);
    withDb(db, (d) => {
      expect(d.prepare('SELECT staff_id AS staffId, undone_by AS undoneBy FROM import_batches').get()).toEqual({
        staffId: li,
        undoneBy: li,
      });
      const audit = d
        .prepare(
          "SELECT staff_id AS staffId, action FROM audit_log WHERE entity = 'import' AND entity_id = ? ORDER BY seq",
        )
        .all(summary.batchId);
      expect(audit).toEqual([
        { staffId: li, action: 'create' },
        { staffId: li, action: 'delete' },
      ]);
    });
  });
});

describe('dossier import when the rejected rows cannot be written beside the file', () => {
  /**
   * A branch folder where NAME.rejected.xlsx cannot be written. The user's case is a read-only folder (EROFS, or
   * chmod 0555), but the tests run as root, for whom chmod does not stop a write: a folder already standing at
   * NAME.rejected.xlsx makes the write fail just as surely (EISDIR), wherever the tests run.
   */
  function blockedBranch(name: string): { dir: string; db: string; file: string; blocked: string } {
    const { dir, db } = branchDir();
    const file = join(dir, `${name}.csv`);
    writeFileSync(file, iconv.encode(csvText(HEADERS, ROWS), 'gbk'));
    const blocked = join(dir, `${name}.rejected.xlsx`);
    mkdirSync(blocked);
    return { dir, db, file, blocked };
  }

  it('reports the saved import with its batch, then warns that the rejected rows were not written, and exits 0', async () => {
    const { dir, db, file, blocked } = blockedBranch('朝阳支行客户名单');
    withDb(db, (d) => createCustomer(d, customer({ name: '李娜', mobile: '13912345678' }), null));

    const r = await cli(['import', file, '--db', db, '--json']);
    // The import was saved: 0, as for any import that went in (a script must not retry it and double the customers).
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const summary = JSON.parse(r.out) as Summary;
    expect(summary).toMatchObject({ created: 2, updated: 0, skipped: 1, rejected: 1, rejectedFile: null });
    expect(summary.batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(summary.rejectedFileError).toEqual({
      path: blocked,
      code: 'EISDIR',
      reason: 'a folder of that name is in the way',
      message:
        `Warning: the import was saved, but its rejected rows could not be written to ${blocked}: ` +
        `a folder of that name is in the way. Get them with: dossier import rejected ${summary.batchId} --out FILE ` +
        '(or from Import history in the app).',
    });
    expect(statSync(blocked).isDirectory()).toBe(true);
    // Each customer once: 李娜 was already there, 张伟 and Emily Chen came in, 王芳's short mobile was refused.
    expect(liveCustomers(db)).toBe(3);
    withDb(db, (d) => {
      expect(searchCustomers(d, '张伟', 5)).toHaveLength(1);
      expect(searchCustomers(d, 'Emily', 5)).toHaveLength(1);
      expect(searchCustomers(d, '王芳', 5)).toEqual([]);
    });
    const history = JSON.parse((await cli(['import', 'history', '--db', db, '--json'])).out) as ImportBatch[];
    expect(history.map((b) => [b.id, b.created, b.rejected])).toEqual([[summary.batchId, 2, 1]]);

    // Where the warning sends the user: the rejected rows, with their reason, from the saved batch.
    const out = join(dir, '王芳.xlsx');
    const got = await cli(['import', 'rejected', summary.batchId, '--out', out, '--db', db]);
    expect(got.code).toBe(0);
    expect(got.out).toBe(`Rejected rows, with the reason for each, were written to ${out}`);
    const sheet = await readSheet(out);
    expect(sheet.map((row) => row.slice(0, 2))).toEqual([
      ['姓名', '手机'],
      ['王芳', '1381234'],
    ]);
    expect(sheet[1]?.at(-1)).toBe('手机: Too few digits for a phone number.');
  });

  it('says so in words in the user’s language: the summary on stdout, the warning apart on stderr', async () => {
    const { db, file, blocked } = blockedBranch('海淀支行');
    const r = await cli(['import', file, '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^新建 3，更新 0，跳过 0，未导入 1（用时 \d+\.\d 秒）。$/);
    const batch = /^批次：([0-9a-f-]{36})/.exec(lines[1] ?? '')?.[1] ?? '';
    expect(batch).not.toBe('');
    expect(lines).toHaveLength(2);
    expect(r.err.split('\n').at(-1)).toBe(
      `dossier: 注意：导入已保存，但未导入的行无法写入 ${blocked}：该位置已有同名文件夹。` +
        `可运行 dossier import rejected ${batch} --out 文件 获取（或在应用的“导入记录”中下载）。`,
    );
    expect(liveCustomers(db)).toBe(3);
  });

  it('import rejected refuses a batch it does not know, and a file it cannot write, naming the path', async () => {
    const { dir, db, file, blocked } = blockedBranch('refused');
    const summary = JSON.parse((await cli(['import', file, '--db', db, '--json'])).out) as Summary;
    const again = await cli(['import', 'rejected', summary.batchId, '--out', blocked, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toBe(`dossier: Could not write ${blocked}: a folder of that name is in the way.`);
    const noOut = await cli(['import', 'rejected', summary.batchId, '--db', db]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toBe('dossier: Where to? Example: dossier import rejected <batch id> --out 未导入.xlsx');
    const unknown = await cli([
      'import',
      'rejected',
      '01900000-0000-7000-8000-000000000000',
      '--out',
      join(dir, 'x.xlsx'),
      '--db',
      db,
    ]);
    expect(unknown.code).toBe(1);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('names a read-only folder, a full disk and a refused permission in words, in either language', () => {
    const systemError = (code: string) => Object.assign(new Error(`${code}: open 'x.rejected.xlsx'`), { code });
    const words = (code: string, language: 'en' | 'zh-CN') =>
      writeProblem(systemError(code), (key, params) => translate(language, key, params));
    expect(words('EROFS', 'en')).toEqual({ code: 'EROFS', reason: 'the folder is read-only' });
    expect(words('ENOSPC', 'en')).toEqual({ code: 'ENOSPC', reason: 'the disk is full' });
    expect(words('EACCES', 'en')).toEqual({ code: 'EACCES', reason: 'permission denied' });
    expect(words('EROFS', 'zh-CN').reason).toBe('该文件夹是只读的');
    expect(words('ENOSPC', 'zh-CN').reason).toBe('磁盘已满');
    expect(words('EACCES', 'zh-CN').reason).toBe('没有写入权限');
    expect(words('EIO', 'en').reason).toBe("the system said “EIO: open 'x.rejected.xlsx'”");
  });

  it('a file refused before anything is written leaves no import behind', async () => {
    const { dir, db } = branchDir();
    const headerOnly = join(dir, '空名单.csv');
    writeFileSync(headerOnly, iconv.encode(csvText(HEADERS, []), 'gbk'));
    const refused = await cli(['import', headerOnly, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('dossier: The file has a header row but no data rows.');
    // Nothing maps to the name: refused before the run starts.
    const noName = join(dir, 'phones.csv');
    writeFileSync(noName, csvText(['Remark', 'Mobile'], [['VIP', '13800138000']]));
    expect((await cli(['import', noName, '--db', db])).code).not.toBe(0);

    const history = await cli(['import', 'history', '--db', db, '--json']);
    expect(JSON.parse(history.out)).toEqual([]);
    expect(liveCustomers(db)).toBe(0);
  });
});

describe('dossier export', () => {
  it('--what transactions --encoding gbk writes GBK bytes that read back as the purchases, oldest first', async () => {
    const { dir, db } = branchDir();
    withDb(db, (d) => {
      const zhang = createCustomer(d, customer({ name: '张伟', mobile: '138 0013 8000', idNumber: ZHANG_ID }), null);
      const emily = createCustomer(d, customer({ name: 'Emily Chen', mobile: '+86 139-0013-9000' }), null);
      const buy = (customerId: string, occurredOn: string, product: string, amountCents: number, extra = {}) =>
        savePurchase(
          d,
          {
            customerId,
            occurredOn,
            maturesOn: null,
            product,
            amountCents,
            profitCents: null,
            channel: null,
            notes: null,
            ...extra,
          },
          null,
        );
      buy(zhang.id, '2026-04-02', '基金定投', 200_000, { channel: '手机银行' });
      buy(zhang.id, '2026-03-01', '稳健理财A款', 5_000_000, {
        maturesOn: '2026-09-01',
        profitCents: 30_000,
        channel: '网点',
        notes: '客户经理推荐',
      });
      buy(emily.id, '2026-05-10', 'Travel insurance', 120_050, { profitCents: 8_000 });
      const gone = buy(emily.id, '2026-05-11', '已撤销的保单', 100);
      d.prepare('UPDATE transactions SET deleted_at = ? WHERE id = ?').run('2026-05-12T00:00:00.000Z', gone.id);
    });
    const out = join(dir, '交易.csv');
    const r = await cli(['export', '--db', db, '--out', out, '--what', 'transactions', '--encoding', 'gbk', '--json'], {
      LANG: 'zh_CN.UTF-8',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ out, rows: 3, format: 'csv', encoding: 'gbk' });

    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]); // GBK has no BOM
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // and is not UTF-8
    expect(bytes.includes(iconv.encode('稳健理财', 'gbk'))).toBe(true);
    const lines = iconv.decode(bytes, 'gbk').split('\r\n');
    expect(lines).toEqual([
      '姓名,手机,证件号码,日期,产品,金额,毛利,渠道,备注,到期日',
      `张伟,13800138000,${ZHANG_ID},2026-03-01,稳健理财A款,50000,300,网点,客户经理推荐,2026-09-01`,
      `张伟,13800138000,${ZHANG_ID},2026-04-02,基金定投,2000,,手机银行,,`,
      'Emily Chen,13900139000,,2026-05-10,Travel insurance,1200.5,80,,,',
      '',
    ]);
  });
});
