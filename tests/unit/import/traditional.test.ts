/** Files from Taiwan and Hong Kong branches: Big5, traditional characters in headers and values. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspect } from '../../../electron/core/import/inspect';
import { runImport } from '../../../electron/core/import/run';
import { fieldForHeader, foldTraditional, guessMapping } from '../../../electron/core/import/mapping';
import { readTable } from '../../../electron/core/import/table';
import { getCustomer } from '../../../electron/core/customers/records';
import { searchCustomers } from '../../../electron/core/search/search';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

describe('traditional-character headers', () => {
  it.each([
    ['身份證號', 'idNumber'],
    ['身份證號碼', 'idNumber'],
    ['姓名', 'name'],
    ['客戶名稱', 'name'],
    ['手機', 'mobile'],
    ['手機號碼', 'mobile'],
    ['行動電話', 'mobile'],
    ['電話', 'mobile'],
    ['聯絡電話', 'mobile'],
    ['聯繫電話', 'mobile'],
    ['固定電話', 'phone'],
    ['市話', 'phone'],
    ['性別', 'gender'],
    ['出生日期', 'birthDate'],
    ['工作單位', 'employer'],
    ['公司', 'employer'],
    ['職務', 'position'],
    ['職位', 'position'],
    ['地址', 'address'],
    ['聯絡地址', 'address'],
    ['電郵', 'email'],
    ['郵箱', 'email'],
    ['電子郵件', 'email'],
    ['客戶經理', 'owner'],
    ['備註', 'notes'],
    ['標籤', 'tags'],
    ['客戶類型', 'kind'],
    ['婚姻狀況', 'maritalStatus'],
    ['客戶來源', 'source'],
    ['所屬行業', 'industry'],
    ['員工人數', 'headcount'],
    ['地區', 'region'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header, 'customers')).toBe(field);
  });

  it('maps purchase headers too', () => {
    expect(
      ['交易日期', '產品名稱', '交易金額', '利潤', '銷售渠道'].map((h) => fieldForHeader(h, 'transactions')),
    ).toEqual(['date', 'product', 'amount', 'profit', 'channel']);
  });

  it('folds only traditional characters: simplified, Latin and full-width text are unchanged', () => {
    expect(foldTraditional('聯絡電話 Mobile（必填）')).toBe('联络电话 Mobile（必填）');
    expect(foldTraditional('联系电话 张三')).toBe('联系电话 张三');
  });

  it('guesses a whole Big5 sheet, as a Taiwan branch saves it', async () => {
    const headers = [
      '姓名',
      '性別',
      '手機',
      '身份證號',
      '出生日期',
      '工作單位',
      '職務',
      '地址',
      '客戶經理',
      '備註',
      '標籤',
    ];
    const text = csvText(headers, [
      [
        '陳大文',
        '男',
        '13800138000',
        '11010519491231002X',
        '1949/12/31',
        '臺北貿易有限公司',
        '經理',
        '臺北市中正區',
        '王麗',
        '老客戶',
        '重要,長期',
      ],
    ]);
    const table = await readTable('客戶名單.csv', iconv.encode(text, 'big5'));
    expect(table.encoding).toBe('big5');
    expect(table.rows[0]).toEqual(headers);
    expect(guessMapping(table.rows[0] ?? [], table.rows.slice(1), 'customers')).toEqual([
      'name',
      'gender',
      'mobile',
      'idNumber',
      'birthDate',
      'employer',
      'position',
      'address',
      'owner',
      'notes',
      'tags',
    ]);
  });

  it('reads traditional values (個人/企業, 離婚, 轉介紹) and imports the rows', async () => {
    const { db } = memoryCore();
    const text = csvText(
      ['客戶名稱', '客戶類型', '婚姻狀況', '客戶來源', '聯絡電話'],
      [
        ['林小美', '個人', '離婚', '轉介紹', '13912345678'],
        ['香港永發貿易集團', '企業', '', '網路', '13712345678'],
      ],
    );
    const file = await prepareFile(db, '客戶.csv', iconv.encode(text, 'big5'), { target: 'customers' });
    expect(inspect(db, 'f', '客戶.csv', file)).toMatchObject({ valid: 2, invalid: 0 });
    expect(runImport(db, file, { fileName: '客戶.csv', policy: 'skip', actor: null })).toMatchObject({ created: 2 });
    const [lin] = searchCustomers(db, '林小美', 1);
    expect(getCustomer(db, lin!.id)).toMatchObject({
      kind: 'person',
      maritalStatus: 'divorced',
      source: 'referral',
      mobile: '13912345678',
    });
    const [company] = searchCustomers(db, '永發', 1);
    expect(getCustomer(db, company!.id)).toMatchObject({ kind: 'company', source: 'internet', customFields: {} });
  });
});
