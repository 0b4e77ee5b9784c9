/** A birth-date column that contradicts the resident ID is an invalid cell, not a silent choice. */
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../electron/core/import/inspect';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { rejectedRowsOf } from '../../../electron/core/import/batches';
import { rowToCustomer } from '../../../electron/core/import/rows';
import { describeIssues } from '../../../electron/core/import/rejected';
import { searchCustomers } from '../../../electron/core/search/search';
import { getCustomer } from '../../../electron/core/customers/records';
import { translate } from '../../../shared/i18n/index';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

const HEADERS = ['姓名', '身份证号', '出生日期', '手机'];
const ctx = {
  labels: HEADERS,
  mapping: ['name', 'idNumber', 'birthDate', 'mobile'] as const,
  dateOrders: {},
  formulaGuard: false,
};

describe('birth date against the resident ID', () => {
  it('flags the birth-date cell when the ID says otherwise', () => {
    const row = rowToCustomer(['张伟', '11010519491231002X', '2023-05-01', '13800138000'], ctx);
    expect(row.values).toBeNull();
    expect(row.issues).toEqual([{ column: 2, code: 'import.birthDateMismatch' }]);
  });

  it('accepts a birth date that agrees with the ID, in any format, or none at all', () => {
    for (const date of ['1949-12-31', '1949/12/31', '1949年12月31日', '19491231', '']) {
      const row = rowToCustomer(['张伟', '11010519491231002X', date, '13800138000'], ctx);
      expect(row.issues).toEqual([]);
      expect(row.values?.birthDate).toBe('1949-12-31');
    }
  });

  it('leaves a company (credit code, no birth date in it) alone', () => {
    const row = rowToCustomer(['杭州恒达机械有限公司', '91330106MA2KXXXX0X', '2023-05-01', ''], ctx);
    expect(row.issues.map((i) => i.code)).not.toContain('import.birthDateMismatch');
  });

  it('shows the reason in the preview and rejects the row on import, in both languages', async () => {
    const { db } = memoryCore();
    const text = csvText(HEADERS, [
      ['张伟', '11010519491231002X', '2023-05-01', '13800138000'],
      ['李娜', '', '1985-03-08', '13912345678'],
    ]);
    const file = await prepareFile(db, '客户.csv', Buffer.from(text), { target: 'customers' });
    const preview = inspect(db, 'f', '客户.csv', file);
    expect(preview).toMatchObject({ valid: 1, invalid: 1 });
    expect(preview.preview[0]?.issues).toEqual([{ column: 2, code: 'import.birthDateMismatch' }]);
    const summary = runImport(db, file, { fileName: '客户.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    expect(searchCustomers(db, '张伟', 5)).toEqual([]);
    const [li] = searchCustomers(db, '李娜', 1);
    expect(getCustomer(db, li!.id).birthDate).toBe('1985-03-08');
    const [rejected] = rejectedRowsOf(db, summary.batchId).rows;
    expect(rejected?.rowNumber).toBe(2);
    expect(describeIssues(rejected!, HEADERS, 'zh-CN')).toBe(
      `出生日期: ${translate('zh-CN', 'import.birthDateMismatch')}`,
    );
    expect(describeIssues(rejected!, HEADERS, 'en')).toBe(
      '出生日期: This birth date does not match the one in the ID number.',
    );
  });
});
