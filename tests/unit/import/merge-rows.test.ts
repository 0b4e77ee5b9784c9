/**
 * A branch's customer list often repeats a customer as a short re-registration row (name, mobile, 再次登记) before
 * or after the full row. The import ends with one customer carrying everything the file says of them; two rows that
 * disagree on a value keep the customer as the earlier rows gave it and send the later row to the rejected file.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { getCustomer } from '../../../electron/core/customers/records';
import type { Db } from '../../../electron/core/db/open';
import { listBatches } from '../../../electron/core/import/batches';
import { prepareFile } from '../../../electron/core/import/prepare';
import { describeIssues } from '../../../electron/core/import/rejected';
import { reviewDuplicates } from '../../../electron/core/import/review';
import { runImport } from '../../../electron/core/import/run';
import type { Customer } from '../../../shared/customers/types';
import { csvText, residentId } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

const HEADERS = [
  '序号',
  '姓名',
  '性别',
  '手机号码',
  '身份证号',
  '出生日期',
  '工作单位',
  '客户经理',
  '标签',
  '备注',
  '微信号',
];
const CHEN_ID = residentId('330106', '19750308', '011');
const ZHAO_ID = residentId('110105', '19820611', '024');
const ZHOU_ID = residentId('440305', '19680101', '013');
const ZHOU_OTHER_ID = residentId('440305', '19690101', '013');

const row = (n: number, cells: Partial<Record<(typeof HEADERS)[number], string>>): string[] =>
  HEADERS.map((h) => (h === '序号' ? String(n) : (cells[h] ?? '')));

const CHEN_FULL = {
  姓名: '陈建国',
  性别: '男',
  手机号码: '139 1234 5678',
  身份证号: CHEN_ID,
  出生日期: '1975-03-08',
  工作单位: '杭州市西湖区教育局',
  客户经理: '王丽',
  标签: 'VIP，理财',
  备注: '季度回访',
  微信号: 'chen_jg75',
};
const CHEN_THIN = { 姓名: '陈建国', 手机号码: '13912345678', 备注: '再次登记' };
const ZHAO_FULL = {
  姓名: '赵丽华',
  性别: '女',
  手机号码: '+86 138-0013-8000',
  身份证号: ZHAO_ID,
  出生日期: '1982/6/11',
  工作单位: '中国银行杭州分行',
  标签: '基金',
  微信号: 'zhaolh',
};
const ZHAO_THIN = { 姓名: '赵丽华', 手机号码: '138 0013 8000', 标签: '理财', 备注: '再次登记' };
const LIN = { 姓名: '林晓梅', 性别: '女', 手机号码: '137 0013 7000', 工作单位: '浙江大学' };

/** A GBK branch list: the thin row before the full one (or after), with another customer between them. */
function branchList(thinFirst: boolean): Buffer {
  const pairs = thinFirst
    ? [row(1, CHEN_THIN), row(2, LIN), row(3, CHEN_FULL), row(4, ZHAO_THIN), row(5, ZHAO_FULL)]
    : [row(1, CHEN_FULL), row(2, LIN), row(3, CHEN_THIN), row(4, ZHAO_FULL), row(5, ZHAO_THIN)];
  return iconv.encode(csvText(HEADERS, pairs), 'gbk');
}

function byName(db: Db, name: string): Customer[] {
  const ids = db.prepare('SELECT id FROM customers WHERE name = ? AND deleted_at IS NULL').all(name) as {
    id: string;
  }[];
  return ids.map((r) => getCustomer(db, r.id));
}

describe.each([
  ['before', true],
  ['after', false],
])('a thin re-registration row %s the full row', (_where, thinFirst) => {
  it('ends as one customer with the ID number, birth date and everything else the file has', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, '朝阳支行客户名单.csv', branchList(thinFirst), { target: 'customers' });
    expect(file.table.encoding).toBe('gb18030');
    const summary = runImport(db, file, { fileName: '朝阳支行客户名单.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 3, merged: 2, skipped: 0, updated: 0, rejected: 0 });
    // The import history says so too, not only the summary shown once.
    expect(listBatches(db)).toMatchObject([{ created: 3, merged: 2, skipped: 0, rejected: 0 }]);

    const [chen, ...moreChen] = byName(db, '陈建国');
    expect(moreChen).toEqual([]);
    expect(chen).toMatchObject({
      gender: 'male',
      mobile: '13912345678',
      idNumber: CHEN_ID,
      birthDate: '1975-03-08',
      employer: '杭州市西湖区教育局',
      // Both notes are kept, in file order.
      notes: thinFirst ? '再次登记\n季度回访' : '季度回访\n再次登记',
      customFields: { 序号: '1 / 3', 微信号: 'chen_jg75' },
    });
    expect([...(chen?.tags ?? [])].sort()).toEqual(['VIP', '理财'].sort());
    expect(chen?.ownerId).not.toBeNull();

    const [zhao, ...moreZhao] = byName(db, '赵丽华');
    expect(moreZhao).toEqual([]);
    expect(zhao).toMatchObject({
      gender: 'female',
      mobile: '13800138000',
      idNumber: ZHAO_ID,
      birthDate: '1982-06-11',
      employer: '中国银行杭州分行',
      notes: '再次登记',
      customFields: { 序号: '4 / 5', 微信号: 'zhaolh' },
    });
    // Tags of every copy.
    expect([...(zhao?.tags ?? [])].sort()).toEqual(['基金', '理财'].sort());
    expect(byName(db, '林晓梅')).toHaveLength(1);
  });

  it('is listed by the review as merged into the earlier row, without a conflict', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, '朝阳支行客户名单.csv', branchList(thinFirst), { target: 'customers' });
    const review = reviewDuplicates(db, file);
    expect(review).toMatchObject({ total: 2, conflicts: 0 });
    expect(review.matches.map((m) => [m.rowNumber, m.match.name, m.conflict])).toEqual([
      [4, '#2', null],
      [6, '#5', null],
    ]);
  });
});

describe('rows of one customer that disagree', () => {
  const conflicting = (): Buffer =>
    iconv.encode(
      csvText(HEADERS, [
        row(1, { 姓名: '周明', 手机号码: '135 0013 5000', 身份证号: ZHOU_ID, 出生日期: '1968-01-01' }),
        row(2, { 姓名: '吴芳', 手机号码: '136 0013 6000', 出生日期: '1990-01-01', 备注: '老客户' }),
        row(3, { 姓名: '周明', 手机号码: '13500135000', 身份证号: ZHOU_OTHER_ID, 工作单位: '深圳市福田区税务局' }),
        row(4, { 姓名: '吴芳', 手机号码: '13600136000', 出生日期: '1991-02-02', 工作单位: '福田区人民医院' }),
        row(5, { 姓名: '吴芳', 手机号码: '13600136000', 性别: '男' }),
        row(6, { 姓名: '吴芳', 手机号码: '13600136000', 性别: '女' }),
      ]),
      'gbk',
    );

  it('keeps the customer as the earlier rows gave it and rejects the later row, naming the field and both values', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, '福田支行.csv', conflicting(), { target: 'customers' });
    const summary = runImport(db, file, { fileName: '福田支行.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 2, merged: 1, rejected: 3 });
    // Nothing of a rejected row is merged (not the employers); the row that agrees is (the gender).
    expect(byName(db, '周明')).toMatchObject([{ idNumber: ZHOU_ID, birthDate: '1968-01-01', employer: null }]);
    expect(byName(db, '吴芳')).toMatchObject([
      { birthDate: '1990-01-01', gender: 'male', employer: null, notes: '老客户' },
    ]);
    expect(summary.rejectedRows.map((r) => [r.rowNumber, describeIssues(r, HEADERS, 'zh-CN')])).toEqual([
      [4, `身份证号: 与本文件第 2 行是同一客户，但那里是 ${ZHOU_ID}，本行是 ${ZHOU_OTHER_ID}，未合并`],
      [5, '出生日期: 与本文件第 3 行是同一客户，但那里是 1990-01-01，本行是 1991-02-02，未合并'],
      [7, '性别: 与本文件第 3 行是同一客户，但那里是 男，本行是 女，未合并'],
    ]);
    expect(summary.rejectedRows.map((r) => describeIssues(r, HEADERS, 'en'))[2]).toBe(
      '性别: Same customer as row 3 of this file, which has Male; this row has Female, so it was not merged',
    );
  });

  it('are shown by the review with the field and both values, before anything is written', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, '福田支行.csv', conflicting(), { target: 'customers' });
    const review = reviewDuplicates(db, file);
    expect(review).toMatchObject({ total: 4, conflicts: 3 });
    expect(review.matches.map((m) => [m.rowNumber, m.conflict])).toEqual([
      [4, { field: 'idNumber', ours: ZHOU_OTHER_ID, theirs: ZHOU_ID, row: 2, column: 4 }],
      [5, { field: 'birthDate', ours: '1991-02-02', theirs: '1990-01-01', row: 3, column: 5 }],
      [6, null],
      [7, { field: 'gender', ours: 'female', theirs: 'male', coded: 'gender', row: 3, column: 2 }],
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 0 });
  });
});
