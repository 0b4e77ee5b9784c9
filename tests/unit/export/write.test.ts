/** The streamed .xlsx writer: what Excel (exceljs here) and our own importer read back. */
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { toXlsx, type Sheet } from '../../../electron/core/export/write';
import { readTable } from '../../../electron/core/import/table';

const customers: Sheet = {
  name: '客户',
  headers: ['姓名', '手机', '身份证号', '备注', '员工人数'],
  rows: [
    ['张三', '13800138000', '11010519491231002X', '=1+1', 12],
    ['李四', '+86 139 1234 5678', null, '@SUM(A1)', null],
    ['王五', '013800138000', '110105194912310021', '普通备注', 0],
  ],
};

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function entryNames(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}

describe('toXlsx', () => {
  it('writes a bold, frozen header, widths, and formulas, phones and IDs as text cells', async () => {
    const book = await load(await toXlsx([customers]));
    const ws = book.getWorksheet('客户');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.getRow(1).values).toEqual([undefined, ...customers.headers]);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').font?.bold).not.toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(10);
    expect(ws.getColumn(3).width).toBe(12);
    // Formulas stay inert text, exactly as stored: a text cell is never a formula, so no apostrophe guards it,
    // and in the text format (@) what is typed into it later stays text too.
    expect(ws.getCell('D2').value).toBe('=1+1');
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D2').formula).toBeUndefined();
    expect(ws.getCell('D2').numFmt).toBe('@');
    expect(ws.getCell('D3').value).toBe('@SUM(A1)');
    expect(ws.getCell('B3').value).toBe('+86 139 1234 5678');
    // Phones and ID numbers are strings, never numbers (1.38E+10) and never lose a leading 0.
    expect(ws.getCell('B2').value).toBe('13800138000');
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B4').value).toBe('013800138000');
    expect(ws.getCell('C2').value).toBe('11010519491231002X');
    expect(ws.getCell('C4').type).toBe(ExcelJS.ValueType.String);
    // Numbers stay numbers; blanks stay blank.
    expect(ws.getCell('E2').value).toBe(12);
    expect(ws.getCell('E4').value).toBe(0);
    expect(ws.getCell('C3').value).toBeNull();
  });

  it('streams: inline strings, no shared-string table holding every value', async () => {
    const names = await entryNames(await toXlsx([customers]));
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(names).toContain('xl/styles.xml');
    expect(names).not.toContain('xl/sharedStrings.xml');
  });

  it('reads back through our own importer as written, formula-like text without any apostrophe', async () => {
    const table = await readTable('客户.xlsx', await toXlsx([customers]));
    expect(table.rows).toEqual([
      customers.headers,
      ['张三', '13800138000', '11010519491231002X', '=1+1', '12'],
      ['李四', '+86 139 1234 5678', '', '@SUM(A1)'],
      ['王五', '013800138000', '110105194912310021', '普通备注', '0'],
    ]);
  });

  it('writes several sheets, a large one first, from a generator, with safe sheet names', async () => {
    function* many(): Generator<(string | number)[]> {
      for (let i = 0; i < 6_000; i++) yield [`客户${i}`, `139${String(i).padStart(8, '0')}`, i];
    }
    const bytes = await toXlsx([
      { name: '客户/名单: 2026 [全部]', headers: ['姓名', '手机', '序号'], rows: many() },
      { name: '说明', headers: ['项目', '值'], rows: [['行数', 6_000]] },
    ]);
    const book = await load(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['客户_名单_ 2026 _全部_', '说明']);
    const big = book.worksheets[0];
    expect(big?.rowCount).toBe(6_001);
    expect(big?.getCell('B6001').value).toBe('13900005999');
    expect(book.worksheets[1]?.getCell('B2').value).toBe(6_000);
    expect(book.worksheets[1]?.getCell('A1').font?.bold).toBe(true);
  });
});
