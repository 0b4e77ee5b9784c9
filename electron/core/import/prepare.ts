/** Preparing a file for the import: its header row, its mapping (given, remembered or guessed), its date orders. */
import type { ImportSettingsInput } from '../../../shared/import/contract';
import { isDateField } from '../../../shared/import/mapping';
import type { ColumnMapping, DateOrder, ImportTarget } from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { inferDateOrder } from './dates';
import { removeFormulaGuard } from '../export/cells';
import { columnLabels } from './labels';
import { detectHeaderRow, guessMapping } from './mapping';
import type { RowContext } from './rows';
import { checkHasData, isBlankRow, openTable, type TableInfo, type TableSource } from './table';

/** The settings the contract takes with a file, as the core reads them: date orders by column number. */
export type ImportSettings = Readonly<Pick<ImportSettingsInput, 'target' | 'sheet' | 'encoding' | 'headerRow'>> & {
  readonly mapping?: readonly ColumnMapping[] | null;
  readonly dateOrders?: Readonly<Record<number, DateOrder>>;
};

export interface DataRow {
  /** 1-based, as the spreadsheet shows it. */
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/**
 * The data rows of a prepared file, blank rows dropped: counted when the file was prepared, and read again from the
 * table on every pass rather than held (a CSV is parsed again from its text), so an import streams them.
 */
interface DataRows extends Iterable<DataRow> {
  readonly count: number;
}

export interface PreparedFile {
  readonly target: ImportTarget;
  readonly table: TableInfo;
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** What each column is called, and the distinct name a column kept as a custom field is stored under. */
  readonly labels: readonly string[];
  readonly mapping: readonly ColumnMapping[];
  readonly rememberedMapping: boolean;
  readonly dateOrders: Readonly<Record<number, DateOrder>>;
  readonly ambiguousDateColumns: readonly number[];
  /** Data rows with their 1-based spreadsheet row numbers; blank rows dropped. */
  readonly rows: DataRows;
}

const headerKey = (target: ImportTarget, headers: readonly string[]): string =>
  `${target}|${headers.map((h) => h.trim().toLowerCase()).join('\u0001')}`;

function rememberedMapping(db: Db, target: ImportTarget, headers: readonly string[]): ColumnMapping[] | null {
  const row = stmt(db, 'SELECT mapping FROM import_mappings WHERE header_key = ?').get(headerKey(target, headers)) as
    { mapping: string } | undefined;
  if (!row) return null;
  const mapping = JSON.parse(row.mapping) as ColumnMapping[];
  return mapping.length === headers.length ? mapping : null;
}

/** Keeps the mapping an import ran with for the next file with the same headers. */
export function rememberMapping(
  db: Db,
  target: ImportTarget,
  headers: readonly string[],
  mapping: readonly ColumnMapping[],
): void {
  stmt(
    db,
    'INSERT INTO import_mappings (header_key, target, mapping, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at',
  ).run(headerKey(target, headers), target, JSON.stringify(mapping), nowIso());
}

/** Header detection reads the first rows, the width the rows from the header on, mapping guesses the first data rows. */
const HEADER_SCAN = 20;
const WIDTH_ROWS = 200;
const SAMPLE_ROWS = 500;
/** Date-column values are judged in blocks of this many (inferDateOrder stops at the first telling value). */
const DATE_BLOCK = 1024;

export async function prepareFile(
  db: Db,
  fileName: string,
  bytes: Buffer,
  settings: ImportSettings,
): Promise<PreparedFile> {
  return prepareSource(db, await openTable(fileName, bytes, settings), settings);
}

/**
 * Finds the header, the mapping and the date orders in one pass over the table, keeping only the header and the
 * first data rows: a date column's order may be settled by its last row, and the rows are counted.
 */
export function prepareSource(db: Db, source: TableSource, settings: ImportSettings): PreparedFile {
  const { rows: read, ...table } = source;
  const target = settings.target;
  let headerRow: number | null = settings.headerRow ?? null;
  const head: (readonly string[])[] = [];
  let headerCells: readonly string[] = [];
  let width = 0;
  let total = 0;
  let nonBlank = 0;
  let dataRows = 0;
  const sample: (readonly string[])[] = [];
  // What the header and the first data rows decide; settled once those are read (or the table ends).
  let settled = null as { headers: string[]; mapping: ColumnMapping[]; remembered: boolean } | null;
  // Date columns whose order the values must settle: their values in blocks, and what the blocks showed so far.
  let dateColumns: { col: number; block: string[]; slashed: boolean; order: DateOrder | null }[] = [];

  const judge = (c: (typeof dateColumns)[number]): void => {
    const order = inferDateOrder(c.block);
    c.block = [];
    if (order === 'ambiguous') c.slashed = true;
    else if (order) c.order = order;
  };
  const feed = (cells: readonly string[]): void => {
    for (const c of dateColumns) {
      if (c.order) continue;
      c.block.push(cells[c.col] ?? '');
      if (c.block.length === DATE_BLOCK) judge(c);
    }
  };
  const settle = (): NonNullable<typeof settled> => {
    // A CSV export guards a header like any cell (a custom field named =x or @微信): read without the guard.
    const header = (cell: string): string => (table.format === 'csv' ? removeFormulaGuard(cell.trim()) : cell.trim());
    const headers = Array.from({ length: width }, (_, i) => header(headerCells[i] ?? ''));
    const remembered = settings.mapping ? null : rememberedMapping(db, target, headers);
    const mapping = settings.mapping
      ? headers.map((_, i) => settings.mapping?.[i] ?? 'ignore')
      : (remembered ?? guessMapping(headers, sample, target));
    dateColumns = [];
    mapping.forEach((field, col) => {
      if (isDateField(field) && !settings.dateOrders?.[col])
        dateColumns.push({ col, block: [], slashed: false, order: null });
    });
    for (const cells of sample) feed(cells);
    return { headers, mapping, remembered: remembered !== null };
  };
  const visit = (index: number, cells: readonly string[], blank: boolean): void => {
    if (headerRow === null || headerRow < 0 || index < headerRow) return;
    if (index < headerRow + WIDTH_ROWS) width = Math.max(width, cells.length);
    if (index === headerRow) headerCells = cells;
    else if (!blank) {
      dataRows++;
      if (settled) feed(cells);
      else {
        sample.push(cells);
        if (sample.length === SAMPLE_ROWS) settled = settle();
      }
    }
  };
  const detect = (): void => {
    headerRow = detectHeaderRow(head, target);
    head.forEach((cells, index) => visit(index, cells, isBlankRow(cells)));
    head.length = 0;
  };

  for (const cells of read()) {
    const index = total++;
    const blank = isBlankRow(cells);
    if (!blank) nonBlank++;
    if (headerRow !== null) visit(index, cells, blank);
    else {
      head.push(cells);
      if (head.length === HEADER_SCAN) detect();
    }
  }
  if (headerRow === null) detect();
  checkHasData(nonBlank);
  const header = headerRow ?? 0;
  if (header < 0 || header >= total)
    throw new DossierError({
      code: 'validation',
      message: 'Header row out of range',
      issues: [{ path: 'headerRow', code: 'import.headerRow' }],
    });
  const { headers, mapping, remembered } = settled ?? settle();
  const dateOrders: Record<number, DateOrder> = { ...(settings.dateOrders ?? {}) };
  const ambiguousDateColumns: number[] = [];
  for (const c of dateColumns) {
    if (!c.order && c.block.length > 0) judge(c);
    if (c.order) dateOrders[c.col] = c.order;
    else if (c.slashed) ambiguousDateColumns.push(c.col);
  }
  const first = header + 1;
  const rows: DataRows = {
    count: dataRows,
    *[Symbol.iterator]() {
      let index = 0;
      for (const cells of read()) {
        if (index >= first && !isBlankRow(cells)) yield { rowNumber: index + 1, cells };
        index++;
      }
    },
  };
  return {
    target,
    table,
    headerRow: header,
    headers,
    labels: columnLabels(headers, mapping),
    mapping,
    rememberedMapping: remembered,
    dateOrders,
    ambiguousDateColumns,
    rows,
  };
}

/** What turning one row into values needs to know of the file. */
export const rowContext = (file: PreparedFile): RowContext => ({
  labels: file.labels,
  mapping: file.mapping,
  dateOrders: file.dateOrders,
  formulaGuard: file.table.format === 'csv',
});
