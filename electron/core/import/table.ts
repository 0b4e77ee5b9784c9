/** Reads an uploaded file into rows of text cells, whatever its format and encoding. */
import { extname } from 'node:path';
import { detectDelimiter, parseCsv, type Delimiter } from './csv';
import { decodeText, detectEncoding, type TextEncoding } from './decode';
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
 * A table that is read row by row, as often as needed: a CSV keeps only its decoded text and is parsed again on
 * every pass, and a sheet keeps its texts in a few long strings with a reference per cell (see xlsx.ts), so rows
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
    const text = decodeText(bytes, encoding);
    const delimiter = ext === '.tsv' ? '\t' : detectDelimiter(text);
    return { format: 'csv', sheets: [], sheet: null, encoding, delimiter, rows: () => parseCsv(text, delimiter) };
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
