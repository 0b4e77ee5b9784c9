/** UTF-16 big-endian text without a byte-order mark (some export tools write it so): found, decoded and imported. */
import { describe, expect, it } from 'vitest';
import { getCustomer } from '../../../electron/core/customers/records';
import { searchCustomers } from '../../../electron/core/search/search';
import { decodeText, detectEncoding } from '../../../electron/core/import/decode';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { BRANCH_HEADERS, BRANCH_ROWS, csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

/** UTF-16 BE without a BOM: each character's high byte first. */
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

const TSV = csvText(BRANCH_HEADERS, BRANCH_ROWS, '\t');
const CSV = csvText(['姓名', '手机', '工作单位'], [['张伟', '138 0013 8000', '杭州恒达机械有限公司']]);

describe('UTF-16 BE without a BOM', () => {
  it.each([
    ['the branch list, tab-separated', TSV],
    ['a one-row CSV', CSV],
  ])('%s is detected as big-endian and decodes to the very text', (_what, text) => {
    const bytes = utf16be(text);
    expect(bytes[0]).not.toBe(0xfe); // really no BOM
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-16be', bom: false });
    expect(decodeText(bytes, 'utf-16be')).toBe(text);
    // The same text little-endian is told apart: the zero bytes are on the other side.
    expect(detectEncoding(Buffer.from(text, 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: false });
  });

  it('imports as the other formats do: normalised, bad rows rejected', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, '客户名单.txt', utf16be(TSV), { target: 'customers' });
    expect(file.table).toMatchObject({ format: 'csv', encoding: 'utf-16be', delimiter: '\t' });
    expect(file.headerRow).toBe(0);
    expect(file.headers).toEqual([...BRANCH_HEADERS]);
    const summary = runImport(db, file, { fileName: '客户名单.txt', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 3, rejected: 3 });
    expect(summary.rejectedRows.map((r) => r.cells[0])).toEqual(['王芳', '刘洋', '陈静']);
    const [zhang] = searchCustomers(db, '张伟', 1);
    expect(getCustomer(db, zhang?.id ?? '')).toMatchObject({
      mobile: '13800138000',
      idNumber: '11010519491231002X',
      employer: '杭州恒达机械有限公司',
      address: '杭州市西湖区文三路90号',
    });
    const [emily] = searchCustomers(db, 'emily', 1);
    expect(getCustomer(db, emily?.id ?? '')).toMatchObject({ mobile: '15012345678', position: 'Manager' });
  });
});
