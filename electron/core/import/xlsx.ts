/**
 * A streaming .xlsx reader: sheet list, shared strings, date formats, and each sheet's cells held compactly.
 * Refuses encrypted files; the archive itself is read within limits (see zip.ts).
 */
import type { DossierError } from '../../../shared/result';
import { importError, limitErrors, LIMITS, type Limits } from './errors';
import { openZip, parseEntry, type Budget, type Entry, type ZipFile } from './zip';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 57, 58]);

function isDateFormat(code: string): boolean {
  const stripped = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(stripped) && !/^[#0.,%E+-]*$/i.test(stripped);
}

/** Excel's day count (1900 system, with its phantom 29 Feb 1900) → ISO date or date-time. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return serial % 1 === 0 ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

/** Entries kept per block: a block is one string, so saxes's chunks are not kept alive by slices of them. */
const TEXT_BLOCK = 4096;

/**
 * Many short texts stored as a few long strings with their offsets. A workbook's shared strings and cells held as
 * one JS string (and array slot) each cost several times their characters, and each string saxes hands over is a
 * slice that keeps its whole input chunk alive; here every 4,096 texts are joined into one string.
 */
class TextStore {
  private readonly blocks: string[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  /** Where entry i starts within its block. */
  private starts = new Uint32Array(1024);
  private count = 0;

  add(text: string): number {
    if (this.count === this.starts.length) this.starts = grown(this.starts);
    this.starts[this.count] = this.pendingLength;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pending.length === TEXT_BLOCK) this.seal();
    return this.count++;
  }

  /** Joins the last texts: call once everything is added, before reading. */
  seal(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  get size(): number {
    return this.count;
  }

  private end(i: number, block: string): number {
    return (i + 1) % TEXT_BLOCK === 0 || i + 1 === this.count ? block.length : (this.starts[i + 1] ?? 0);
  }

  lengthOf(i: number): number {
    const block = this.blocks[Math.floor(i / TEXT_BLOCK)] ?? '';
    return this.end(i, block) - (this.starts[i] ?? 0);
  }

  get(i: number): string {
    const block = this.blocks[Math.floor(i / TEXT_BLOCK)] ?? '';
    return block.slice(this.starts[i] ?? 0, this.end(i, block));
  }
}

function grown<T extends Uint32Array | Int32Array | Uint16Array>(array: T): T {
  const next = new (array.constructor as new (n: number) => T)(array.length * 2);
  next.set(array);
  return next;
}

/**
 * A sheet's rows, held compactly (a column number and a text reference per cell) and turned back into arrays of
 * cells one at a time, on every pass. Blank rows are kept so row numbers match what Excel shows.
 */
interface SheetRows extends Iterable<string[]> {
  readonly length: number;
}

export interface XlsxBook {
  readonly sheets: readonly string[];
  readRows(sheet: string | null): Promise<SheetRows>;
  close(): void;
}

export async function openXlsx(bytes: Buffer, limits: Limits = LIMITS): Promise<XlsxBook> {
  if (isCompoundFile(bytes))
    throw importError(
      'import.encrypted',
      'This workbook is password-protected (or an old .xls saved as .xlsx). Remove the password in Excel/WPS, save as .xlsx, and try again.',
    );
  const { zip, entries } = await openZip(bytes, limits);
  try {
    return await readBook(zip, entries, { limits, inflated: 0 });
  } catch (e) {
    zip.close();
    throw e;
  }
}

const { cellTooLong, tooManyRows } = limitErrors;

async function readBook(zip: ZipFile, entries: Map<string, Entry>, budget: Budget): Promise<XlsxBook> {
  const { limits } = budget;
  // A text run past maxXmlRun outside the sheet (a giant shared string) has no row number to report. A
  // shared string merely longer than a cell is kept cut to one character past the limit, so the cell that
  // uses it is refused with its row number.
  const partTooLong = (): DossierError =>
    importError('import.textTooLong', `The file has a cell longer than ${limits.maxCellChars} characters.`, {
      max: limits.maxCellChars,
    });
  const workbook = entries.get('xl/workbook.xml');
  if (!workbook) throw importError('import.xlsxDamaged', 'This file is a zip archive but not an Excel workbook.');
  const sheetIds: { name: string; rid: string }[] = [];
  await parseEntry(
    zip,
    workbook,
    budget,
    {
      opentag: (tag) => {
        if (tag.name === 'sheet') sheetIds.push({ name: tag.attributes.name ?? '', rid: tag.attributes['r:id'] ?? '' });
      },
    },
    partTooLong,
  );
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels)
    await parseEntry(
      zip,
      rels,
      budget,
      {
        opentag: (tag) => {
          if (tag.name === 'Relationship') {
            const target = tag.attributes.Target ?? '';
            targets.set(tag.attributes.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
          }
        },
      },
      partTooLong,
    );

  const sharedStrings = new TextStore();
  const sst = entries.get('xl/sharedStrings.xml');
  if (sst) {
    let current: string[] | null = null;
    let length = 0;
    let inText = false;
    let inPhonetic = false;
    await parseEntry(
      zip,
      sst,
      budget,
      {
        opentag: (tag) => {
          if (tag.name === 'si') {
            current = [];
            length = 0;
          } else if (tag.name === 'rPh') inPhonetic = true;
          else if (tag.name === 't' && !inPhonetic) inText = true;
        },
        text: (text) => {
          if (!inText || !current || length > limits.maxCellChars) return;
          const kept = text.slice(0, limits.maxCellChars + 1 - length);
          current.push(kept);
          length += kept.length;
        },
        closetag: (tag) => {
          if (tag.name === 't') inText = false;
          else if (tag.name === 'rPh') inPhonetic = false;
          else if (tag.name === 'si' && current) {
            sharedStrings.add(current.join(''));
            current = null;
          }
        },
      },
      partTooLong,
    );
  }
  sharedStrings.seal();

  const dateStyles = new Set<number>();
  const styles = entries.get('xl/styles.xml');
  if (styles) {
    const customDates = new Set<number>();
    let inCellXfs = false;
    let xfIndex = 0;
    await parseEntry(
      zip,
      styles,
      budget,
      {
        opentag: (tag) => {
          if (tag.name === 'numFmt' && isDateFormat(tag.attributes.formatCode ?? ''))
            customDates.add(Number(tag.attributes.numFmtId));
          else if (tag.name === 'cellXfs') inCellXfs = true;
          else if (tag.name === 'xf' && inCellXfs) {
            const id = Number(tag.attributes.numFmtId ?? 0);
            if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) dateStyles.add(xfIndex);
            xfIndex++;
          }
        },
        closetag: (tag) => {
          if (tag.name === 'cellXfs') inCellXfs = false;
        },
      },
      partTooLong,
    );
  }

  /**
   * A cell reference's column: A1 → 0, AA7 → 26, and lower-case as some exporters write it (a1 → 0). A reference
   * without column letters (r="1", not allowed by the spec) gives null: the cell is placed in document order, as a
   * cell without a reference. The count stops once past maxColumns, so a garbage column is refused, not allocated.
   */
  const columnIndex = (ref: string): number | null => {
    let n = 0;
    for (let i = 0; i < ref.length; i++) {
      const c = ref.charCodeAt(i) | 0x20; // A–Z → a–z; nothing else lands in a–z
      if (c < 97 || c > 122) break;
      n = n * 26 + (c - 96);
      if (n > limits.maxColumns) break;
    }
    return n === 0 ? null : n - 1;
  };

  return {
    sheets: sheetIds.map((s) => s.name),
    close: () => zip.close(),
    async readRows(sheet) {
      const chosen = sheet === null ? sheetIds[0] : sheetIds.find((s) => s.name === sheet);
      if (!chosen)
        throw importError('import.noSheet', `There is no sheet named “${sheet ?? ''}”.`, { sheet: sheet ?? '' });
      const entry =
        entries.get(targets.get(chosen.rid) ?? '') ??
        entries.get(`xl/worksheets/sheet${sheetIds.indexOf(chosen) + 1}.xml`);
      if (!entry) throw importError('import.xlsxDamaged', `The sheet “${chosen.name}” is missing from the file.`);
      // Per cell: its column and its text, a shared string (≥ 0) or one of this sheet's own texts (−1 − index).
      const own = new TextStore();
      const EMPTY = -1 - own.add('');
      let cellCols = new Uint16Array(4096);
      let cellRefs = new Int32Array(4096);
      let cellCount = 0;
      // Row r's cells are cellCols/cellRefs[rowStarts[r] … rowStarts[r + 1]).
      let rowStarts = new Uint32Array(1024);
      let rowCount = 0;
      let rowWidth = 0;
      let cells = 0;
      let col = 0;
      let type = '';
      let style = 0;
      let value: string[] = [];
      let valueLength = 0;
      let inValue = false;
      // Ends the current row: its cells are those added since the previous row ended.
      const endRow = (): void => {
        if (rowCount + 1 >= rowStarts.length) rowStarts = grown(rowStarts);
        rowStarts[++rowCount] = cellCount;
      };
      await parseEntry(
        zip,
        entry,
        budget,
        {
          opentag: (tag) => {
            switch (tag.name) {
              case 'row': {
                const declared = Number(tag.attributes.r);
                const r = Number.isInteger(declared) && declared > rowCount ? declared - 1 : rowCount;
                // Checked before the blank rows are filled in: <row r="1048576"> alone must not allocate them.
                if (r > limits.maxRows) throw tooManyRows(limits.maxRows);
                // Keep blank rows so row numbers in messages match what the user sees in Excel.
                while (rowCount < r) endRow();
                rowWidth = 0;
                break;
              }
              case 'c':
                col = (tag.attributes.r ? columnIndex(tag.attributes.r) : null) ?? rowWidth;
                type = tag.attributes.t ?? 'n';
                style = Number(tag.attributes.s ?? 0);
                value = [];
                valueLength = 0;
                if (col >= limits.maxColumns) throw limitErrors.tooManyColumns(rowCount + 1, limits.maxColumns);
                break;
              case 'v':
              case 't':
                inValue = true;
                break;
            }
          },
          text: (text) => {
            if (!inValue) return;
            value.push(text);
            valueLength += text.length;
            if (valueLength > limits.maxCellChars) throw cellTooLong(rowCount + 1, limits.maxCellChars);
          },
          closetag: (tag) => {
            switch (tag.name) {
              case 'v':
              case 't':
                inValue = false;
                break;
              case 'c': {
                const raw = value.join('');
                let ref: number;
                if (type === 's') {
                  const i = Number(raw);
                  ref = Number.isInteger(i) && i >= 0 && i < sharedStrings.size ? i : EMPTY;
                  if (ref >= 0 && sharedStrings.lengthOf(ref) > limits.maxCellChars)
                    throw cellTooLong(rowCount + 1, limits.maxCellChars);
                } else {
                  let cell = raw;
                  if (type === 'b') cell = raw === '1' ? 'TRUE' : 'FALSE';
                  else if (type === 'n' && raw !== '' && dateStyles.has(style)) cell = excelSerialToIso(Number(raw));
                  if (cell.length > limits.maxCellChars) throw cellTooLong(rowCount + 1, limits.maxCellChars);
                  ref = cell === '' ? EMPTY : -1 - own.add(cell);
                }
                if (cellCount === cellRefs.length) {
                  cellCols = grown(cellCols);
                  cellRefs = grown(cellRefs);
                }
                cellCols[cellCount] = col;
                cellRefs[cellCount++] = ref;
                if (col >= rowWidth) rowWidth = col + 1;
                break;
              }
              case 'row':
                endRow();
                cells += rowWidth;
                if (rowCount > limits.maxRows + 1) throw tooManyRows(limits.maxRows);
                if (cells > limits.maxCells) throw limitErrors.tooManyCells(limits.maxCells);
                break;
            }
          },
        },
        () => cellTooLong(rowCount + 1, limits.maxCellChars),
      );
      own.seal();
      const text = (ref: number): string => (ref >= 0 ? sharedStrings.get(ref) : own.get(-1 - ref));
      const count = rowCount;
      return {
        length: count,
        *[Symbol.iterator]() {
          for (let r = 0; r < count; r++) {
            const row: string[] = [];
            for (let k = rowStarts[r] ?? 0, end = rowStarts[r + 1] ?? 0; k < end; k++) {
              const c = cellCols[k] ?? 0;
              while (row.length < c) row.push('');
              row[c] = text(cellRefs[k] ?? EMPTY);
            }
            yield row;
          }
        },
      };
    },
  };
}
