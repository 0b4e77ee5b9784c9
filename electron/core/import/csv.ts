/** RFC 4180 CSV with delimiter detection; quoted cells may hold delimiters, quotes and newlines. */
import { limitErrors, LIMITS } from './errors';

const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The lines detectDelimiter reads. */
const DELIMITER_LINES = 50;

/** Counts each candidate outside quotes per line; the one that splits lines most consistently wins. */
export const detectDelimiter = (text: string): Delimiter => delimiterOf(text, true) ?? ',';

/**
 * The delimiter from the first lines of `text`, the whole file's text or (`whole` false) its beginning: then null
 * when that holds fewer lines than are read, the answer of the whole text being unknown.
 */
export function delimiterOf(text: string, whole: boolean): Delimiter | null {
  const lines: Record<Delimiter, number[]> = { ',': [], ';': [], '\t': [], '|': [] };
  let inQuotes = false;
  let counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let lineCount = 0;
  for (let i = 0; i < text.length && lineCount < DELIMITER_LINES; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      for (const d of DELIMITERS) lines[d].push(counts[d]);
      counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
      lineCount++;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t' || ch === '|')) counts[ch]++;
  }
  if (lineCount < DELIMITER_LINES) {
    if (!whole) return null;
    for (const d of DELIMITERS) lines[d].push(counts[d]);
  }
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const used = lines[d].filter((n) => n > 0);
    if (used.length === 0) continue;
    const mode = [...used].sort((a, b) => a - b)[Math.floor(used.length / 2)] ?? 0;
    const consistent = lines[d].filter((n) => n === mode).length;
    // Tab and semicolon rarely appear inside data; prefer them on ties over comma.
    const score = consistent * 1000 + mode + (d === ',' ? 0 : 0.5);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Where readRow stopped: the end of the row it read. */
interface Cursor {
  i: number;
}

/**
 * One row of `text` from `start`, or null when the row may go on past the text's end (`final`: no text follows).
 * Until then every character it reads lies inside the text, so a row read from the beginning of a file and one read
 * from a block and the rest of the file are the same. `row`: the rows read before it, for the limits' messages.
 */
function readRow(text: string, start: number, d: number, final: boolean, row: number, at: Cursor): string[] | null {
  const n = text.length;
  let i = start;
  const cells: string[] = [];
  for (;;) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          if (!final) return moreOf(value.length + n - j, row);
          value += text.slice(j);
          j = n;
          break;
        }
        value += text.slice(j, q);
        if (q + 1 === n && !final) return moreOf(value.length, row);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
        if (value.length > LIMITS.maxCellChars) break;
      }
      // Text after a closing quote up to the delimiter is kept, as spreadsheet programs do.
      let k = j;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c === d || c === LF || c === CR) break;
      }
      if (k === n && !final) return moreOf(value.length + k - j, row);
      cell = k > j ? value + text.slice(j, k) : value;
      i = k;
    } else {
      let k = i;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c === d || c === LF || c === CR) break;
      }
      if (k === n && !final) return moreOf(k - i, row);
      cell = text.slice(i, k);
      i = k;
    }
    if (cell.length > LIMITS.maxCellChars) throw limitErrors.cellTooLong(row + 1, LIMITS.maxCellChars);
    cells.push(cell);
    if (cells.length > LIMITS.maxColumns) throw limitErrors.tooManyColumns(row + 1, LIMITS.maxColumns);
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i === n) {
        if (!final) return null;
        cells.push('');
      }
      continue;
    }
    if (c === CR) i++;
    if (i === n && !final) return null;
    if (text.charCodeAt(i) === LF) i++;
    break;
  }
  at.i = i;
  return cells;
}

/** More text is needed for the cell being read, `length` characters so far: past the cell limit it is refused at once. */
function moreOf(length: number, row: number): null {
  if (length > LIMITS.maxCellChars) throw limitErrors.cellTooLong(row + 1, LIMITS.maxCellChars);
  return null;
}

/**
 * Yields rows of cells from the text in blocks (see decodeBlocks), holding only the current block and the row that
 * runs into it; a quoted cell may span blocks. The rows are those of the blocks' text joined (parseCsv). Throws a
 * specific import error past the column, cell-size, row and cell-count limits. Scans char codes (indexing a string
 * for a CJK character allocates a one-character string); unquoted cells are slices of a block.
 */
export function* parseCsvBlocks(blocks: Iterable<string>, delimiter: Delimiter): Generator<string[]> {
  const d = delimiter.charCodeAt(0);
  const source = blocks[Symbol.iterator]();
  let text = '';
  let final = false;
  let i = 0;
  let rows = 0;
  let cells = 0;
  const at: Cursor = { i: 0 };
  for (;;) {
    if (final && i >= text.length) return;
    const row = i < text.length ? readRow(text, i, d, final, rows, at) : null;
    if (row === null) {
      // The row so far and at least as much again, so a row over many blocks is read again only a few times.
      const rest = text.slice(i);
      let added = '';
      do {
        const next = source.next();
        if (next.done) {
          final = true;
          break;
        }
        added += next.value;
      } while (added.length < rest.length);
      text = rest + added;
      i = 0;
      continue;
    }
    i = at.i;
    rows++;
    cells += row.length;
    // The same bound as a sheet's: a file of as many cells is refused whatever its format.
    if (cells > LIMITS.maxCells) throw limitErrors.tooManyCells(LIMITS.maxCells);
    if (rows > LIMITS.maxRows + 1) throw limitErrors.tooManyRows(LIMITS.maxRows);
    yield row;
  }
}

/** The rows of a whole text (see parseCsvBlocks). */
export const parseCsv = (text: string, delimiter: Delimiter): Generator<string[]> => parseCsvBlocks([text], delimiter);
