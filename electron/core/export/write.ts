/** Writes tables to .xlsx (exceljs) or .csv (UTF-8 with BOM, or GBK for old Excel/WPS setups). */
import iconv from 'iconv-lite';
import { csvCell, neutraliseFormula } from './cells';

export type ExportFormat = 'xlsx' | 'csv';
export type ExportEncoding = 'utf8' | 'gbk';

export interface Sheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: Iterable<readonly (string | number | null)[]>;
}

export function toCsv(sheet: Sheet, encoding: ExportEncoding = 'utf8'): Buffer {
  const lines = [sheet.headers.map((h) => csvCell(h)).join(',')];
  for (const row of sheet.rows)
    lines.push(row.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : csvCell(c))).join(','));
  const text = `${lines.join('\r\n')}\r\n`;
  // Excel only reads UTF-8 CSV correctly when it starts with a BOM.
  return encoding === 'gbk'
    ? iconv.encode(text, 'gbk')
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  // Loaded on first use: it is large, and most sessions never export.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    ws.addRow(sheet.headers.map((h) => neutraliseFormula(h)));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c)));
    // Phones and ID numbers stay text so Excel never turns them into 1.38E+10.
    ws.columns.forEach((col, i) => {
      col.width = Math.min(40, Math.max(10, (sheet.headers[i] ?? '').length * 2 + 4));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
