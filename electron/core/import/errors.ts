import { DossierError } from '../../../shared/result';

/** An import problem the user can act on; `key` is an i18n message key, `params` fill it in. */
export function importError(key: string, message: string, params: Record<string, string | number> = {}): DossierError {
  return new DossierError({ code: 'validation', message, issues: [{ path: 'file', code: key }], details: params });
}

/** Limits that keep memory bounded and messages specific. */
export const LIMITS = {
  maxFileBytes: 200 * 1024 * 1024,
  maxRows: 300_000,
  maxColumns: 500,
  maxCellChars: 32_767,
  /** Cells kept from one sheet (rows × columns, blanks between filled cells included): 300,000 rows × 33. */
  maxCells: 10_000_000,
  /** Everything inflated from one .xlsx, counted as it inflates. Our own 300,000-row export is about 250 MB. */
  maxUnzippedBytes: 512 * 1024 * 1024,
  /**
   * Spreadsheet XML compresses about 10:1 (our own exports 9:1, sparse sheets rarely past 40:1); an entry
   * beyond this ratio is a zip bomb once it is larger than `zipRatioFloorBytes`.
   */
  maxZipRatio: 100,
  zipRatioFloorBytes: 4 * 1024 * 1024,
  /** Characters between two tags (a text or a tag with its attributes): far above any cell Excel can hold. */
  maxXmlRun: 1024 * 1024,
  /** Element nesting in a workbook's XML: a sheet is six deep. */
  maxXmlDepth: 64,
} as const;

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

/** The limits both readers enforce, each with its own message and the figures it needs. */
export const limitErrors = {
  cellTooLong: (row: number, max: number): DossierError =>
    importError('import.cellTooLong', `Row ${row} has a cell longer than ${max} characters.`, { row, max }),
  tooManyColumns: (row: number, max: number): DossierError =>
    importError('import.tooManyColumns', `Row ${row} has more than ${max} columns.`, { row, max }),
  tooManyRows: (max: number): DossierError =>
    importError('import.tooManyRows', `The file has more than ${max} rows; split it into smaller files.`, { max }),
  tooManyCells: (max: number): DossierError =>
    importError(
      'import.tooManyCells',
      `The file has more than ${max} cells (rows × columns); split it into smaller files or remove unused columns.`,
      { max },
    ),
};
