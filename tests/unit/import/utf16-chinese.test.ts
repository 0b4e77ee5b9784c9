/** UTF-16 without a BOM whose text is mostly Chinese: its only ASCII are the tabs and line ends, a fifth of it. */
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../electron/core/import/decode';
import { prepareFile } from '../../../electron/core/import/prepare';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

const TEXT = csvText(
  ['姓名', '地址', '工作单位', '职务'],
  [
    ['张伟', '杭州市西湖区文三路', '杭州恒达机械有限公司', '总经理'],
    ['李娜', '上海市浦东新区世纪大道', '上海锦程贸易有限公司', '财务主管'],
    ['王芳', '北京市朝阳区建国路', '中国建设银行北京分行', '客户经理'],
  ],
  '\t',
);

describe('UTF-16 without a BOM, mostly Chinese text', () => {
  it.each([
    ['big-endian', 'utf-16be', Buffer.from(TEXT, 'utf16le').swap16()],
    ['little-endian', 'utf-16le', Buffer.from(TEXT, 'utf16le')],
  ] as const)('%s is detected and read', async (_order, encoding, bytes) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom: false });
    const { db } = memoryCore();
    const file = await prepareFile(db, '客户名单.txt', bytes, { target: 'customers' });
    expect(file.headers).toEqual(['姓名', '地址', '工作单位', '职务']);
    expect(file.rows.count).toBe(3);
  });
});

describe('UTF-16 without a BOM, a long list', () => {
  it('is detected when the first 64 KB end inside a name written with a surrogate pair (𠮷)', async () => {
    // Rows until the 32,768th code unit, the last of the sample detection reads, is the first half of 𠮷.
    const rows: string[][] = [];
    let text = '';
    for (let i = 0; text.length < 32_767; i++) {
      rows.push([`张伟${i}`, '杭州市西湖区文三路', '杭州恒达机械有限公司', '总经理']);
      text = csvText(['姓名', '地址', '工作单位', '职务'], rows, '\t');
    }
    rows.pop();
    text = csvText(['姓名', '地址', '工作单位', '职务'], rows, '\t');
    const pad = 32_767 - text.length;
    rows.push([`${'李'.repeat(pad)}𠮷野`, '北京市朝阳区建国路', '中国建设银行北京分行', '客户经理']);
    text = csvText(['姓名', '地址', '工作单位', '职务'], rows, '\t');
    expect(text.charCodeAt(32_767)).toBe(0xd842);
    for (const [encoding, bytes] of [
      ['utf-16le', Buffer.from(text, 'utf16le')],
      ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
    ] as const) {
      expect(detectEncoding(bytes)).toEqual({ encoding, bom: false });
      const { db } = memoryCore();
      const file = await prepareFile(db, '客户名单.txt', bytes, { target: 'customers' });
      expect(file.rows.count).toBe(rows.length);
      expect([...file.rows].at(-1)?.cells[0]).toBe(`${'李'.repeat(pad)}𠮷野`);
    }
  });
});
