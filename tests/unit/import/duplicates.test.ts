/**
 * Duplicates found by the keys other than the mobile: the resident ID number, and the name at the same employer.
 * Against customers already in the database and against earlier rows of the same file, under skip and fill.
 */
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../electron/core/import/inspect';
import { prepareFile } from '../../../electron/core/import/prepare';
import { reviewDuplicates } from '../../../electron/core/import/review';
import { runImport } from '../../../electron/core/import/run';
import { createCustomer, getCustomer } from '../../../electron/core/customers/records';
import { searchCustomers } from '../../../electron/core/search/search';
import type { Db } from '../../../electron/core/db/open';
import type { Customer } from '../../../shared/customers/types';
import { csvText, residentId } from '../../fixtures/spreadsheets';
import { customer, memoryCore } from '../helpers';

const HEADERS = ['姓名', '手机', '身份证号', '工作单位', '职务', '地址'];
const ZHANG_ID = residentId('110105', '19491231', '001'); // male
const WANG_ID = residentId('330106', '19900215', '008'); // female, check character X

/** Rows with a unique mobile each, none a duplicate of anything: pushes later rows into another chunk. */
const filler = (n: number): string[][] =>
  Array.from({ length: n }, (_, i) => [`客户${i}`, `1350000${String(i).padStart(4, '0')}`, '', '', '', '']);

/** Everyone in the database, by name, with the fields the duplicate handling touches. */
function people(db: Db): Record<string, Pick<Customer, 'mobile' | 'idNumber' | 'employer' | 'position' | 'address'>[]> {
  const out: Record<string, Pick<Customer, 'mobile' | 'idNumber' | 'employer' | 'position' | 'address'>[]> = {};
  const ids = db.prepare("SELECT id FROM customers WHERE deleted_at IS NULL AND name NOT LIKE '客户%'").all() as {
    id: string;
  }[];
  for (const { id } of ids) {
    const c = getCustomer(db, id);
    (out[c.name] ??= []).push({
      mobile: c.mobile,
      idNumber: c.idNumber,
      employer: c.employer,
      position: c.position,
      address: c.address,
    });
  }
  for (const list of Object.values(out)) list.sort((a, b) => String(a.mobile).localeCompare(String(b.mobile)));
  return out;
}

function seed(db: Db): { zhang: Customer; li: Customer } {
  const zhang = createCustomer(db, customer({ name: '张伟', mobile: '13800138000', idNumber: ZHANG_ID }), null);
  const li = createCustomer(
    db,
    customer({
      name: '李娜',
      mobile: '13912345678',
      employer: '上海锦程贸易有限公司',
      address: '上海市浦东新区世纪大道100号',
    }),
    null,
  );
  return { zhang, li };
}

/**
 * The file: the two database customers again under another mobile (found by ID, and by name + employer), two new
 * customers each repeated later in the file (again by ID, written differently, and by name + employer), and two
 * namesakes at other employers, who are different people.
 */
function rows(gap: number): string[][] {
  return [
    ['张伟', '138 0013 8001', ZHANG_ID, '杭州恒达机械有限公司', '总经理', ''],
    ['李娜', '+86 139-0013-9000', '', '上海锦程贸易有限公司', '财务', '杭州市西湖区文三路90号'],
    ['王芳', '137 0013 7000', WANG_ID, '', '', ''],
    ['Emily Chen', '+86 150-1234-5678', '', 'Pacific Rim Logistics Ltd.', '', ''],
    ...filler(gap),
    [
      '王芳',
      '',
      `${WANG_ID.slice(0, 6)} ${WANG_ID.slice(6, 14)} ${WANG_ID.slice(14).toLowerCase()}`,
      '',
      '',
      '杭州市上城区解放路18号',
    ],
    ['Emily Chen', '', '', 'Pacific Rim Logistics Ltd.', 'Manager', ''],
    ['张伟', '136 0013 6000', '', '北京市朝阳区第一中学', '教师', ''],
    ['李娜', '137 0013 7001', '', '中国建设银行上海分行', '', ''],
  ];
}

const NAMESAKES = {
  张伟: { mobile: '13600136000', idNumber: null, employer: '北京市朝阳区第一中学', position: '教师', address: null },
  李娜: { mobile: '13700137001', idNumber: null, employer: '中国建设银行上海分行', position: null, address: null },
};

describe.each([
  ['next to each other', 0],
  ['in different chunks of the import', 1200],
])('duplicates by ID number and by name at the same employer, %s', (_where, gap) => {
  it('are shown in the preview with the key that matched', async () => {
    const { db } = memoryCore();
    const { zhang, li } = seed(db);
    const file = await prepareFile(db, '名单.csv', Buffer.from(csvText(HEADERS, rows(gap))), { target: 'customers' });
    const preview = inspect(db, 'f', '名单.csv', file, 2000);
    const dup = (name: string) => preview.preview.filter((r) => r.cells[0] === name).map((r) => r.duplicate);
    expect(dup('张伟')).toEqual([{ id: zhang.id, name: '张伟', reasons: ['idNumber'] }, null]);
    expect(dup('李娜')).toEqual([{ id: li.id, name: '李娜', reasons: ['nameEmployer'] }, null]);
    expect(dup('王芳')).toEqual([null, { id: '', name: '#4', reasons: ['inFile'] }]);
    expect(dup('Emily Chen')).toEqual([null, { id: '', name: '#5', reasons: ['inFile'] }]);
    expect(preview.duplicates).toBe(4);
  });

  it('are all listed by the review, each with what it matches, as the preview names them', async () => {
    const { db } = memoryCore();
    const { zhang, li } = seed(db);
    const file = await prepareFile(db, '名单.csv', Buffer.from(csvText(HEADERS, rows(gap))), { target: 'customers' });
    const review = reviewDuplicates(db, file);
    expect(review.total).toBe(4);
    expect(review.partialAfter).toBeNull();
    expect(review.matches).toEqual([
      {
        rowNumber: 2,
        name: '张伟',
        mobile: '13800138001',
        idNumber: ZHANG_ID,
        employer: '杭州恒达机械有限公司',
        match: { id: zhang.id, name: '张伟', reasons: ['idNumber'] },
        conflict: null,
      },
      {
        rowNumber: 3,
        name: '李娜',
        mobile: '13900139000',
        idNumber: null,
        employer: '上海锦程贸易有限公司',
        match: { id: li.id, name: '李娜', reasons: ['nameEmployer'] },
        conflict: null,
      },
      {
        rowNumber: 6 + gap,
        name: '王芳',
        mobile: null,
        idNumber: WANG_ID,
        employer: null,
        match: { id: '', name: '#4', reasons: ['inFile'] },
        conflict: null,
      },
      {
        rowNumber: 7 + gap,
        name: 'Emily Chen',
        mobile: null,
        idNumber: null,
        employer: 'Pacific Rim Logistics Ltd.',
        match: { id: '', name: '#5', reasons: ['inFile'] },
        conflict: null,
      },
    ]);
    // Past the limit they are still counted.
    expect(reviewDuplicates(db, file, 1)).toEqual({
      total: 4,
      conflicts: 0,
      matches: review.matches.slice(0, 1),
      partialAfter: null,
    });
  });

  it('under skip: the customers found are left alone, the repeats merged into their earlier row; the namesakes are created', async () => {
    const { db } = memoryCore();
    const { zhang, li } = seed(db);
    const file = await prepareFile(db, '名单.csv', Buffer.from(csvText(HEADERS, rows(gap))), { target: 'customers' });
    const summary = runImport(db, file, { fileName: '名单.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 4 + gap, updated: 0, skipped: 2, merged: 2, rejected: 0 });
    expect(getCustomer(db, zhang.id)).toEqual(zhang);
    expect(getCustomer(db, li.id)).toEqual(li);
    expect(people(db)).toEqual({
      张伟: [
        NAMESAKES.张伟,
        { mobile: '13800138000', idNumber: ZHANG_ID, employer: null, position: null, address: null },
      ],
      李娜: [
        NAMESAKES.李娜,
        {
          mobile: '13912345678',
          idNumber: null,
          employer: '上海锦程贸易有限公司',
          position: null,
          address: '上海市浦东新区世纪大道100号',
        },
      ],
      // The file's repeats fill what their earlier row left empty.
      王芳: [
        { mobile: '13700137000', idNumber: WANG_ID, employer: null, position: null, address: '杭州市上城区解放路18号' },
      ],
      'Emily Chen': [
        {
          mobile: '15012345678',
          idNumber: null,
          employer: 'Pacific Rim Logistics Ltd.',
          position: 'Manager',
          address: null,
        },
      ],
    });
    expect(searchCustomers(db, '解放路', 5).map((h) => h.name)).toEqual(['王芳']);
    // A skipped row's other mobile is not attached to anyone.
    expect(searchCustomers(db, '13800138001', 5)).toEqual([]);
    expect(searchCustomers(db, '13900139000', 5)).toEqual([]);
  });

  it('under fill: the empty fields of the customer found are filled, its own values kept; the namesakes are created', async () => {
    const { db } = memoryCore();
    const { zhang, li } = seed(db);
    const file = await prepareFile(db, '名单.csv', Buffer.from(csvText(HEADERS, rows(gap))), { target: 'customers' });
    const summary = runImport(db, file, { fileName: '名单.csv', policy: 'fill', actor: null });
    expect(summary).toMatchObject({ created: 4 + gap, updated: 2, skipped: 0, merged: 2, rejected: 0 });
    expect(getCustomer(db, zhang.id)).toMatchObject({
      mobile: '13800138000',
      employer: '杭州恒达机械有限公司',
      position: '总经理',
    });
    expect(getCustomer(db, li.id)).toMatchObject({
      mobile: '13912345678',
      position: '财务',
      address: '上海市浦东新区世纪大道100号',
    });
    expect(people(db)).toEqual({
      张伟: [
        NAMESAKES.张伟,
        {
          mobile: '13800138000',
          idNumber: ZHANG_ID,
          employer: '杭州恒达机械有限公司',
          position: '总经理',
          address: null,
        },
      ],
      李娜: [
        NAMESAKES.李娜,
        {
          mobile: '13912345678',
          idNumber: null,
          employer: '上海锦程贸易有限公司',
          position: '财务',
          address: '上海市浦东新区世纪大道100号',
        },
      ],
      王芳: [
        { mobile: '13700137000', idNumber: WANG_ID, employer: null, position: null, address: '杭州市上城区解放路18号' },
      ],
      'Emily Chen': [
        {
          mobile: '15012345678',
          idNumber: null,
          employer: 'Pacific Rim Logistics Ltd.',
          position: 'Manager',
          address: null,
        },
      ],
    });
    // Search sees the filled values on the customers found, created before or in this import.
    expect(searchCustomers(db, '杭州恒达', 5).map((h) => h.id)).toEqual([zhang.id]);
    expect(searchCustomers(db, '解放路', 5).map((h) => h.name)).toEqual(['王芳']);
    const items = db
      .prepare(
        'SELECT action, count(*) AS n FROM import_batch_items WHERE batch_id = ? GROUP BY action ORDER BY action',
      )
      .all(summary.batchId);
    expect(items).toEqual([
      { action: 'created', n: 4 + gap },
      { action: 'updated', n: 2 },
    ]);
  });
});

describe('the review of duplicates agrees with the run', () => {
  it.each([
    [
      'a row skipped as a customer the database holds',
      [
        ['张伟', '138 0013 8000', ZHANG_ID, ''],
        ['王芳', '139 0013 9000', ZHANG_ID, ''],
      ],
    ],
  ])('a key only %s carries is no duplicate: the run creates the next row with it', async (_case, rows) => {
    const { db } = memoryCore();
    createCustomer(db, customer({ name: '张伟', mobile: '13800138000' }), null);
    const bytes = Buffer.from(csvText(['姓名', '手机', '身份证号', '工作单位'], rows));
    const review = reviewDuplicates(db, await prepareFile(db, '名单.csv', bytes, { target: 'customers' }));
    const run = runImport(db, await prepareFile(db, '名单.csv', bytes, { target: 'customers' }), {
      fileName: '名单.csv',
      policy: 'skip',
      actor: null,
    });
    expect(review.total).toBe(1);
    expect(run.skipped).toBe(1);
    expect(review.matches.map((m) => m.name)).not.toContain('王芳');
  });

  it('a key a merged repeat brings is the customer’s: a later row with it is the same customer, and here disagrees', async () => {
    const { db } = memoryCore();
    const rows = [
      ['赵敏', '137 0013 7000', '', ''],
      ['赵敏', '137 0013 7000', ZHANG_ID, ''],
      ['王芳', '139 0013 9000', ZHANG_ID, ''],
    ];
    const bytes = Buffer.from(csvText(['姓名', '手机', '身份证号', '工作单位'], rows));
    const review = reviewDuplicates(db, await prepareFile(db, '名单.csv', bytes, { target: 'customers' }));
    const run = runImport(db, await prepareFile(db, '名单.csv', bytes, { target: 'customers' }), {
      fileName: '名单.csv',
      policy: 'skip',
      actor: null,
    });
    expect(review).toMatchObject({ total: 2, conflicts: 1 });
    expect(review.matches.map((m) => [m.rowNumber, m.conflict])).toEqual([
      [3, null],
      [4, { field: 'name', ours: '王芳', theirs: '赵敏', row: 2, column: 0 }],
    ]);
    expect(run).toMatchObject({ created: 1, merged: 1, skipped: 0, rejected: 1 });
    expect(run.rejectedRows.map((r) => r.rowNumber)).toEqual([4]);
  });
});
