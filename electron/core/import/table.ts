/** Reads an uploaded file into rows of text cells, whatever its format and encoding. */
import { extname } from 'node:path';
import { delimiterOf, parseCsvBlocks, type Delimiter } from './csv';
import { checkIsText, decodeBlocks, detectEncoding, TEXT_PROBE, type TextEncoding } from './decode';
import { importError, LIMITS } from './errors';
import { isCompoundFile, openXlsx } from './xlsx';

export interface ReadOptions {
  readonly sheet?: string | null;
  readonly encoding?: TextEncoding | null;
}

/** What was read, without the rows. */
export interface TableInfo {
  readonly format: 'xlsx' | 'csv';
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly encoding: TextEncoding | null;
  readonly delimiter: Delimiter | null;
}

export interface Table extends TableInfo {
  readonly rows: readonly (readonly string[])[];
}

/**
 * A table that is read row by row, as often as needed: a CSV keeps only its bytes and is decoded and parsed again,
 * a block at a time, on every pass, and a sheet keeps its texts in a few long strings with a reference per cell (see xlsx.ts), so rows
 * are never all held as arrays of strings at once. Parse errors (too many rows, columns, a huge cell) surface
 * during a pass; the caller checks that it has data (`checkHasData`).
 */
export interface TableSource extends TableInfo {
  rows(): Iterable<readonly string[]>;
}

export const isBlankRow = (cells: readonly string[]): boolean => !cells.some((c) => c.trim() !== '');

/** How many rows with any text a file needs: a header and at least one data row. */
export function checkHasData(nonBlankRows: number): void {
  if (nonBlankRows === 0) throw importError('import.empty', 'The file has no data.');
  if (nonBlankRows === 1) throw importError('import.headerOnly', 'The file has a header row but no data rows.');
}

/**
 * A CSV's first blocks: checked to be text (checkIsText) and, unless it is a .tsv, its delimiter detected from its
 * first lines, decoding only as many blocks as those need.
 */
function readHead(blocks: Iterable<string>, tsv: boolean): Delimiter {
  let head = '';
  let delimiter: Delimiter | null = tsv ? '\t' : null;
  // The delimiter is looked for again once the head has doubled: a long quoted cell may hold many blocks.
  let looked = 0;
  for (const block of blocks) {
    head += block;
    if (head.length < TEXT_PROBE) continue;
    if (!delimiter && head.length >= 2 * looked) {
      looked = head.length;
      delimiter = delimiterOf(head, false);
    }
    if (delimiter) break;
  }
  checkIsText(head);
  return delimiter ?? delimiterOf(head, true) ?? ',';
}

export async function openTable(fileName: string, bytes: Buffer, options: ReadOptions = {}): Promise<TableSource> {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length === 0) throw importError('import.empty', 'The file is empty.');
  if (bytes.length > LIMITS.maxFileBytes)
    throw importError('import.tooLarge', `The file is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB.`, {
      max: LIMITS.maxFileBytes / 1024 / 1024,
    });
  if (ext === '.xls' || (ext !== '.xlsx' && isCompoundFile(bytes)))
    throw importError(
      'import.xls',
      'Excel 97–2003 (.xls) files are not supported. Open the file in Excel or WPS and “Save As” .xlsx, then import that.',
    );
  if (ext === '.xlsx' || ext === '.xlsm' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const book = await openXlsx(bytes);
    try {
      const sheet = options.sheet ?? book.sheets[0] ?? null;
      const rows = await book.readRows(sheet);
      return { format: 'xlsx', sheets: book.sheets, sheet, encoding: null, delimiter: null, rows: () => rows };
    } finally {
      book.close();
    }
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv' || ext === '') {
    const encoding = options.encoding ?? detectEncoding(bytes).encoding;
    const blocks = (): Iterable<string> => decodeBlocks(bytes, encoding);
    const delimiter = readHead(blocks(), ext === '.tsv');
    return {
      format: 'csv',
      sheets: [],
      sheet: null,
      encoding,
      delimiter,
      rows: () => parseCsvBlocks(blocks(), delimiter),
    };
  }
  throw importError('import.unsupported', `“${ext}” files cannot be imported. Use .xlsx, .csv or .txt.`, { ext });
}

/** The whole table in memory (previews, tests, the parse benchmark); imports read a `TableSource` instead. */
export async function readTable(fileName: string, bytes: Buffer, options: ReadOptions = {}): Promise<Table> {
  const { rows: read, ...info } = await openTable(fileName, bytes, options);
  const rows = [...read()];
  let nonBlank = 0;
  for (const r of rows) if (!isBlankRow(r) && ++nonBlank > 1) break;
  checkHasData(nonBlank);
  return { ...info, rows };
}
