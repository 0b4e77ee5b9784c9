/**
 * A customer export reads back in unchanged: exported from one database and imported into an empty one, every
 * customer has the same fields, tags and custom fields, whatever the format, the encoding and the language.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createCustomer, getCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import type { Db } from '../../../electron/core/db/open';
import { exportData } from '../../../electron/core/export/exports';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { createStaff } from '../../../electron/core/staff/staff';
import { customerListQuery, type CustomerInput } from '../../../shared/customers/schemas';
import type { Language } from '../../../shared/i18n/languages';
import { residentId } from '../../fixtures/spreadsheets';
import { customer, memoryCore } from '../helpers';

/** Values a spreadsheet would read as formulas, numbers or dates, and the guard itself typed by a user. */
const TRICKY: Record<string, string> = {
  公式: '=SUM(A1:A2)',
  超链接: '=HYPERLINK("http://example.com","点我")',
  加号: '+86 138 0013 8000',
  减号: '-20',
  艾特: '@SUM(1)',
  撇号公式: "'=1+1",
  两个撇号: "''+1",
  撇号: "'单引号开头",
  会员卡号: '0012345678901234567',
  银行卡号: '6222021234567890123',
  开户日期: '2020-01-05',
  余额: '￥1,234.50',
  小数: '0.10',
  比例: '1/3',
  'Referral code': 'A-0001, B-0002; "quoted"',
  备注行: '第一行\n第二行',
  '@微信': 'wx_zhangwei',
  '-备用': '=1',
};

function customers(ownerId: string): (Partial<CustomerInput> & { name: string })[] {
  return [
    {
      name: '张伟',
      gender: 'male',
      mobile: '138 0013 8000',
      phone: '010-6552 9988',
      email: 'zhang.wei@example.com',
      idNumber: residentId('110105', '19491231', '001'),
      employer: '中国建设银行北京分行',
      position: '理财经理',
      region: '北京市朝阳区',
      address: '朝阳路 88 号 3 单元 1201 室',
      nationality: '中国',
      maritalStatus: 'married',
      source: 'referral',
      ownerId,
      notes: '老客户, 每年 "春节" 前回访\n第二行备注',
      tags: ['VIP 客户', 'A/B', '理财;基金', '老客户, 重点', '"引号"', '高净值、优质', 'x|y', ' 空格 '],
      customFields: TRICKY,
    },
    {
      name: 'Emily Chen',
      gender: 'female',
      birthDate: '1990-02-28',
      mobile: '+86 139-0013-9000',
      email: 'emily@example.com',
      nationality: 'Canada',
      maritalStatus: 'single',
      source: 'walk_in',
      tags: ['Gold member', 'English; speaking', 'Tom & Jerry'],
      customFields: { 'Referral code': '007', 公式: '-SUM(B1)' },
    },
    {
      kind: 'company',
      name: '上海锦程贸易有限公司',
      idNumber: '91350100M000100Y43',
      phone: '021-54321098',
      email: 'finance@jincheng.example.cn',
      region: '上海市浦东新区',
      address: '世纪大道 100 号',
      industry: '批发和零售业',
      headcount: 120,
      source: 'exhibition',
      ownerId,
      tags: ['对公', '供应链/贸易'],
      customFields: { 开户日期: '2019-07-01', 注册资本: '5000000.00', 会员卡号: '000000' },
    },
    { kind: 'company', name: 'Acme Trading Co., Ltd.', headcount: 0, source: 'internet', tags: ['Overseas, HK'] },
    { name: '欧阳娜娜', gender: 'unknown', maritalStatus: 'widowed', source: 'other' },
    // Nothing but a name: every other column is empty.
    { name: '李四' },
  ];
}

function branch(): Db {
  const { db } = memoryCore();
  const owner = createStaff(db, '王经理');
  for (const c of customers(owner.id)) createCustomer(db, customer(c), null);
  return db;
}

/** Every customer as stored, by name, without ids, times and the owner's id (a new database has new ids). */
function stored(db: Db): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of listCustomers(db, customerListQuery.parse({ pageSize: 100 })).rows) {
    const { id, createdAt, createdBy, updatedAt, updatedBy, ownerId, deletedAt, tags, customFields, ...rest } =
      getCustomer(db, row.id);
    void [id, createdAt, createdBy, updatedAt, updatedBy, ownerId, deletedAt];
    out[rest.name] = { ...rest, tags: [...tags].sort(), customFields: { ...customFields } };
  }
  return out;
}

describe('customers exported and imported into an empty database', () => {
  it.each([
    ['xlsx', 'utf8', 'zh-CN'],
    ['xlsx', 'utf8', 'en'],
    ['csv', 'utf8', 'zh-CN'],
    ['csv', 'utf8', 'en'],
    ['csv', 'gbk', 'zh-CN'],
  ] as const)(
    'as %s (%s, %s): every field, tag and custom field comes back the same',
    async (format, encoding, lang) => {
      const source = branch();
      const file = await exportData(source, {
        what: 'customers',
        format,
        encoding,
        language: lang as Language,
        filter: { query: '', kind: null, ownerId: null, region: null, tag: null },
      });
      expect(file.rows).toBe(6);
      if (encoding === 'gbk') expect(iconv.decode(file.bytes, 'gbk')).toContain('上海锦程贸易有限公司');

      const { db: target } = memoryCore();
      const prepared = await prepareFile(target, file.fileName, file.bytes, { target: 'customers' });
      const summary = runImport(target, prepared, { fileName: file.fileName, policy: 'skip', actor: null });
      expect(summary.rejectedRows).toEqual([]);
      expect(summary).toMatchObject({ created: 6, rejected: 0 });
      const expected = stored(source);
      expect(Object.keys(expected)).toHaveLength(6);
      expect(stored(target)).toEqual(expected);
    },
  );
});
