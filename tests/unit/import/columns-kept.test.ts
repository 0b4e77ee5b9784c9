/**
 * Every column of a file lands somewhere: repeated headers, headers alike in their first 50 characters and headers
 * such as __proto__ or constructor are kept as custom fields of their own, shown in the preview as they are stored,
 * and an export of them imports back the same.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspect } from '../../../electron/core/import/inspect';
import { runImport } from '../../../electron/core/import/run';
import { exportData } from '../../../electron/core/export/exports';
import { createCustomer, getCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { searchCustomers } from '../../../electron/core/search/search';
import { customerListQuery } from '../../../shared/customers/schemas';
import type { Customer } from '../../../shared/customers/types';
import type { Db } from '../../../electron/core/db/open';
import { csvText } from '../../fixtures/spreadsheets';
import { customer, memoryCore } from '../helpers';

/** Two 60-character headers of a branch's risk questionnaire, alike in their first 50 characters. */
const STEM = '客户风险承受能力评估问卷（二〇二四年修订版）第三部分：投资经验、金融知识、财务状况与投资目标期限——';
const RISK_SCORE = `${STEM}综合评分（满分百分）`;
const RISK_LEVEL = `${STEM}风险等级（C1~5）`;
const HEADERS = [
  '姓名',
  '手机',
  '微信号',
  '微信号',
  '备注',
  '备注',
  '__proto__',
  'constructor',
  RISK_SCORE,
  RISK_LEVEL,
];
const ROW = [
  '周杰',
  '136 0013 6000',
  'zhoujie_88',
  'zj-work-2024',
  '老客户，偏好稳健理财',
  '2024年再次登记，已核实身份',
  '原系统编号 A-0932',
  '朝阳支行 李经理',
  '78',
  'C3 平衡型',
];
/** What the customer keeps of the row beyond name, mobile and notes: every value under a name of its own. */
const KEPT: Record<string, string> = Object.fromEntries([
  ['微信号', 'zhoujie_88'],
  ['微信号 (2)', 'zj-work-2024'],
  ['备注', '2024年再次登记，已核实身份'],
  ['__proto__', '原系统编号 A-0932'],
  ['constructor', '朝阳支行 李经理'],
  [STEM.slice(0, 50), '78'],
  [`${STEM.slice(0, 46)} (2)`, 'C3 平衡型'],
]);

const gbkFile = (): Buffer => iconv.encode(csvText(HEADERS, [ROW]), 'gbk');

const stored = (db: Db, name: string): Customer => {
  const [hit] = searchCustomers(db, name, 1);
  return getCustomer(db, hit!.id);
};

/** Every customer as the dossier shows it, without what an import cannot carry over (ids, times, who). */
const dossiers = (db: Db) =>
  listCustomers(db, customerListQuery.parse({ sort: 'name', direction: 'asc' })).rows.map((r) => {
    const c = getCustomer(db, r.id);
    return { ...c, id: '', createdAt: '', updatedAt: '', createdBy: '', updatedBy: '' };
  });

describe('columns an import keeps', () => {
  it('keeps repeated, __proto__ and alike-in-50-characters headers as distinct custom fields', async () => {
    expect(STEM).toHaveLength(50);
    expect(RISK_SCORE).toHaveLength(60);
    expect(RISK_LEVEL).toHaveLength(60);
    const { db } = memoryCore();
    const file = await prepareFile(db, '客户名单.csv', gbkFile(), { target: 'customers' });
    expect(file.table.encoding).toBe('gb18030');

    // The wizard shows each column under the name its values will be stored under.
    const preview = inspect(db, 'f1', '客户名单.csv', file);
    expect(preview.mapping).toEqual([
      'name',
      'mobile',
      ...Array<string>(2).fill('custom'),
      'notes',
      ...Array<string>(5).fill('custom'),
    ]);
    expect(preview.headers).toEqual([
      '姓名',
      '手机',
      '微信号',
      '微信号 (2)',
      '备注',
      '备注',
      '__proto__',
      'constructor',
      STEM.slice(0, 50),
      `${STEM.slice(0, 46)} (2)`,
    ]);
    expect(preview).toMatchObject({ valid: 1, invalid: 0 });

    const summary = runImport(db, file, { fileName: '客户名单.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 1, updated: 0, skipped: 0, rejected: 0 });
    const zhou = stored(db, '周杰');
    expect(zhou.mobile).toBe('13600136000');
    expect(zhou.notes).toBe('老客户，偏好稳健理财');
    expect(Object.keys(zhou.customFields)).toHaveLength(7);
    expect(zhou.customFields).toEqual(KEPT);
    expect(Object.getOwnPropertyDescriptor(zhou.customFields, '__proto__')?.value).toBe('原系统编号 A-0932');
    // The values are found by search too.
    expect(searchCustomers(db, 'zj-work-2024', 5).map((h) => h.name)).toEqual(['周杰']);
  });

  it('gives a repeated header the first free suffix when the file already has "微信号 (2)"', async () => {
    const { db } = memoryCore();
    const text = csvText(
      ['Name', 'Mobile', '微信号', '微信号', '微信号 (2)'],
      [['Emily Chen', '13912345678', 'emily_c', 'emily_work', 'emily_old']],
    );
    const file = await prepareFile(db, 'wx.csv', Buffer.from(text), { target: 'customers' });
    expect(inspect(db, 'f1', 'wx.csv', file).headers).toEqual(['Name', 'Mobile', '微信号', '微信号 (3)', '微信号 (2)']);
    expect(runImport(db, file, { fileName: 'wx.csv', policy: 'skip', actor: null })).toMatchObject({
      created: 1,
      rejected: 0,
    });
    expect(stored(db, 'Emily Chen').customFields).toEqual({
      微信号: 'emily_c',
      '微信号 (3)': 'emily_work',
      '微信号 (2)': 'emily_old',
    });
  });

  it('imports its own export back with every custom field, __proto__ and constructor included', async () => {
    const source = memoryCore();
    runImport(source.db, await prepareFile(source.db, '客户名单.csv', gbkFile(), { target: 'customers' }), {
      fileName: '客户名单.csv',
      policy: 'skip',
      actor: null,
    });
    // A customer without those fields: their cells stay empty in the export.
    createCustomer(
      source.db,
      customer({ name: '李娜', mobile: '13912345678', customFields: { 开户网点: '浦东支行' } }),
      null,
    );
    const before = dossiers(source.db);
    expect(before.find((c) => c.name === '李娜')?.customFields).toEqual({ 开户网点: '浦东支行' });
    for (const [format, encoding, language] of [
      ['csv', 'gbk', 'zh-CN'],
      ['xlsx', 'utf8', 'en'],
    ] as const) {
      const file = await exportData(source.db, {
        what: 'customers',
        format,
        encoding,
        language,
        filter: { query: '', kind: null, ownerId: null, region: null, tag: null },
      });
      const target = memoryCore();
      const prepared = await prepareFile(target.db, file.fileName, file.bytes, { target: 'customers' });
      const summary = runImport(target.db, prepared, { fileName: file.fileName, policy: 'skip', actor: null });
      expect(summary, `${format}/${encoding}`).toMatchObject({ created: 2, rejected: 0 });
      expect(dossiers(target.db), `${format}/${encoding}`).toEqual(before);
    }
  });

  it('keeps a custom field named __proto__ when the customer is saved again', async () => {
    const core = memoryCore();
    const created = createCustomer(core.db, customer({ name: '王芳', mobile: '13700137001' }), null);
    // As the web host hands the form's save over: the request body parsed from JSON.
    const body = JSON.parse(
      JSON.stringify({ id: created.id, customer: { kind: 'person', name: '王芳', mobile: '13700137001' } }),
    ) as { customer: Record<string, unknown> };
    body.customer.customFields = JSON.parse('{"__proto__":"原系统编号 B-1177","prototype":"老系统迁移"}');
    const reply = await core.dispatch('customers.update', body);
    expect(reply.ok).toBe(true);
    expect(getCustomer(core.db, created.id).customFields).toEqual(
      JSON.parse('{"__proto__":"原系统编号 B-1177","prototype":"老系统迁移"}'),
    );
  });
});
