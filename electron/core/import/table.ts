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

export interface Table {
  readonly format: 'xlsx' | 'csv';
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly encoding: TextEncoding | null;
  readonly delimiter: Delimiter | null;
  readonly rows: readonly (readonly string[])[];
}

export async function readTable(fileName: string, bytes: Buffer, options: ReadOptions = {}): Promise<Table> {
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
  let table: Table;
  if (ext === '.xlsx' || ext === '.xlsm' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const book = await openXlsx(bytes);
    try {
      const sheet = options.sheet ?? book.sheets[0] ?? null;
      const rows = await book.readRows(sheet);
      table = { format: 'xlsx', sheets: book.sheets, sheet, encoding: null, delimiter: null, rows };
    } finally {
      book.close();
    }
  } else if (ext === '.csv' || ext === '.txt' || ext === '.tsv' || ext === '') {
    const encoding = options.encoding ?? detectEncoding(bytes).encoding;
    const text = decodeText(bytes, encoding);
    const delimiter = ext === '.tsv' ? '\t' : detectDelimiter(text);
    const rows = [...parseCsv(text, delimiter)];
    table = { format: 'csv', sheets: [], sheet: null, encoding, delimiter, rows };
  } else {
    throw importError('import.unsupported', `“${ext}” files cannot be imported. Use .xlsx, .csv or .txt.`, { ext });
  }
  const nonEmpty = table.rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) throw importError('import.empty', 'The file has no data.');
  if (nonEmpty.length === 1) throw importError('import.headerOnly', 'The file has a header row but no data rows.');
  return table;
}
