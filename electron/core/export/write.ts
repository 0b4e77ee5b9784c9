/** Writes tables to .xlsx (exceljs, streamed) or .csv (UTF-8 with BOM, or GBK for old Excel/WPS setups). */
import { once } from 'node:events';
import { Writable } from 'node:stream';
// Types only: exceljs itself is loaded when the first workbook is written.
import type { Style } from 'exceljs';
import iconv from 'iconv-lite';
import { csvCell } from './cells';

export type ExportFormat = 'xlsx' | 'csv';
export type ExportEncoding = 'utf8' | 'gbk';

export interface Sheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: Iterable<readonly (string | number | null)[]>;
}

/** Lines encoded together: the file is built from chunks, never from one string of every row. */
const CSV_LINES_PER_CHUNK = 1000;

export function toCsv(sheet: Sheet, encoding: ExportEncoding = 'utf8'): Buffer {
  const encode = (text: string): Buffer => (encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
  // Excel only reads UTF-8 CSV correctly when it starts with a BOM.
  const chunks: Buffer[] = encoding === 'gbk' ? [] : [Buffer.from([0xef, 0xbb, 0xbf])];
  let lines = [sheet.headers.map((h) => csvCell(h)).join(',')];
  for (const row of sheet.rows) {
    lines.push(row.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : csvCell(c))).join(','));
    if (lines.length === CSV_LINES_PER_CHUNK) {
      chunks.push(encode(`${lines.join('\r\n')}\r\n`));
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(encode(`${lines.join('\r\n')}\r\n`));
  return Buffer.concat(chunks);
}

/** Excel refuses sheet names longer than 31 characters or with any of \ / ? * [ ] : */
const sheetName = (name: string, index: number): string =>
  name
    .replace(/[\\/?*[\]:]/g, '_')
    .slice(0, 31)
    .trim() || `Sheet${index + 1}`;

const ROWS_PER_YIELD = 500;
const PLAIN: Partial<Style> = {};
/** Text format (@): what is typed into the cell later stays text too, never a formula or a number. */
const TEXT: Partial<Style> = { numFmt: '@' };

/**
 * exceljs's sheet stream hands each 64 KB of XML to archiver without waiting for it to be compressed, so
 * a loop that adds 100,000 rows at once would hold the whole sheet's XML in memory. Every few hundred rows
 * this waits until what was handed over has been taken, keeping the XML in flight to a few buffers.
 */
async function letZipCatchUp(worksheet: object): Promise<void> {
  // archiver's PassThrough (readable-stream 2): no writableNeedDrain, but the same state underneath.
  type Taker = NodeJS.EventEmitter & { writableNeedDrain?: boolean; _writableState?: { needDrain?: boolean } };
  const pipes = (worksheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  const waiting = (Array.isArray(pipes) ? (pipes as Taker[]) : []).filter(
    (p) => p.writableNeedDrain === true || p._writableState?.needDrain === true,
  );
  // once() also rejects if the stream fails instead, so a broken zip cannot leave this waiting.
  if (waiting.length > 0) await Promise.all(waiting.map((p) => once(p, 'drain')));
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Streams the workbook (exceljs WorkbookWriter, inline strings) into memory: only the compressed file is
 * kept, never a model of every cell. Header bold and frozen; strings are text cells (inline strings in the text
 * format), so phones and ID numbers never become 1.38E+10 and =SUM(…) is never a formula: a workbook needs no
 * apostrophe guard, and what is stored is written exactly.
 */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  // Loaded on first use: it is large, and most sessions never export.
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Dossier';
  for (const [index, sheet] of sheets.entries()) {
    const ws = workbook.addWorksheet(sheetName(sheet.name, index), { views: [{ state: 'frozen', ySplit: 1 }] });
    // Widths go into the sheet before its first row, so they are set first.
    ws.columns = sheet.headers.map((h) => ({ width: Math.min(40, Math.max(10, h.length * 2 + 4)) }));
    const header = ws.addRow([...sheet.headers]);
    header.font = { bold: true };
    header.commit();
    let n = 0;
    for (const row of sheet.rows) {
      // Blank cells are left out (undefined) rather than written as empty ones.
      const added = ws.addRow(row.map((c) => c ?? undefined));
      // Each new cell gets a style object of its own, which exceljs renders to XML to look up its style id;
      // one shared object is looked up once (half the export's time at 100,000 rows).
      added.eachCell((cell) => {
        cell.style = typeof cell.value === 'string' ? TEXT : PLAIN;
      });
      added.commit();
      if (++n % ROWS_PER_YIELD === 0) await letZipCatchUp(ws);
    }
    // One sheet at a time: archiver zips entries in order, so the next sheet waits for this one's end.
    ws.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}
