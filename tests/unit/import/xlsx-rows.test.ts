/**
 * The .xlsx reader keeps a sheet compactly (shared strings joined into blocks, a column and a reference per cell)
 * and rebuilds each row when it is read: what comes out must be exactly the cells Excel shows, on every pass.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openXlsx } from '../../../electron/core/import/xlsx';
import { workbookXlsx } from './zip';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 10,000 distinct shared strings: more than two of the reader's 4,096-entry blocks, Chinese and ASCII mixed. */
const SHARED = Array.from({ length: 10_000 }, (_, i) =>
  i % 3 === 0 ? `客户${i}号·杭州市西湖区文三路${i % 300}号` : i % 3 === 1 ? `user${i}@example.com` : `${i}`,
);
const sharedStringsXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${SHARED.length}">` +
  SHARED.map((s) => `<si><t>${escape(s)}</t></si>`).join('') +
  '</sst>';

describe('sheet rows held compactly', () => {
  it('gives back sparse, out-of-order, blank and mixed-type rows exactly, on every pass', async () => {
    const sheet = [
      // Shared strings either side of each block boundary, then a cell without a reference that follows column C.
      '<row r="1"><c r="A1" t="s"><v>4095</v></c><c r="B1" t="s"><v>4096</v></c><c r="C1" t="s"><v>8192</v></c><c t="s"><v>9999</v></c></row>',
      // Row 2 missing (blank in Excel); row 3 starts at column C, has a number, a boolean and an empty cell.
      '<row r="3"><c r="C3"><v>13800138000</v></c><c r="D3" t="b"><v>1</v></c><c r="E3"/><c r="F3" t="inlineStr"><is><t>张三 &amp; 李四</t></is></c></row>',
      // Out of order, an unknown shared-string index, and a cell written twice (the later one wins, as before).
      '<row r="4"><c r="B4" t="s"><v>0</v></c><c r="A4" t="s"><v>1</v></c><c r="C4" t="s"><v>123456</v></c><c r="B4" t="str"><v>覆盖</v></c></row>',
      // A row without r follows row 4; an empty row element.
      '<row><c r="A5" t="s"><v>2</v></c></row>',
      '<row r="6"></row>',
    ].join('');
    const book = await openXlsx(
      workbookXlsx(sheet, { extra: [{ name: 'xl/sharedStrings.xml', data: sharedStringsXml }] }),
    );
    const rows = await book.readRows(null);
    book.close();
    const expected = [
      [SHARED[4095], SHARED[4096], SHARED[8192], SHARED[9999]],
      [],
      ['', '', '13800138000', 'TRUE', '', '张三 & 李四'],
      [SHARED[1], '覆盖', ''],
      [SHARED[2]],
      [],
    ];
    expect(rows.length).toBe(6);
    expect([...rows]).toEqual(expected);
    expect([...rows]).toEqual(expected);
  });

  it('reads back a 20,000-row workbook written by exceljs with shared strings, cell for cell', async () => {
    const data = Array.from({ length: 20_000 }, (_, i) => [
      `${'王李张刘陈'[i % 5]}客户${i}`,
      `139${String(i).padStart(8, '0')}`,
      `杭州第${i}号机械有限公司`,
      i % 7 === 0 ? '' : `备注 ${i % 11}`,
    ]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '工作单位', '备注']);
    for (const r of data) ws.addRow(r);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: true } as ExcelJS.XlsxWriteOptions));
    const book = await openXlsx(bytes);
    const rows = [...(await book.readRows('客户'))];
    book.close();
    expect(rows[0]).toEqual(['姓名', '手机', '工作单位', '备注']);
    expect(rows.slice(1)).toEqual(data);
  }, 30_000);
});
