/** RFC 4180 CSV with delimiter detection; quoted cells may hold delimiters, quotes and newlines. */
import { limitErrors, LIMITS } from './errors';

const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Counts each candidate outside quotes per line; the one that splits lines most consistently wins. */
export function detectDelimiter(text: string): Delimiter {
  const lines: Record<Delimiter, number[]> = { ',': [], ';': [], '\t': [], '|': [] };
  let inQuotes = false;
  let counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let lineCount = 0;
  for (let i = 0; i < text.length && lineCount < 50; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      for (const d of DELIMITERS) lines[d].push(counts[d]);
      counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
      lineCount++;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t' || ch === '|')) counts[ch]++;
  }
  if (lineCount < 50) for (const d of DELIMITERS) lines[d].push(counts[d]);
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

/**
 * Yields rows of cells. Throws a specific import error past the column, cell-size, row and cell-count limits. Scans char codes
 * (indexing a string for a CJK character allocates a one-character string); unquoted cells are slices of the text.
 */
export function* parseCsv(text: string, delimiter: Delimiter): Generator<string[]> {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let rows = 0;
  let cells = 0;
  while (i < n) {
    const row: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            value += text.slice(j);
            j = n;
            break;
          }
          value += text.slice(j, q);
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
        cell = k > j ? value + text.slice(j, k) : value;
        i = k;
      } else {
        let k = i;
        for (; k < n; k++) {
          const c = text.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
        }
        cell = text.slice(i, k);
        i = k;
      }
      if (cell.length > LIMITS.maxCellChars) throw limitErrors.cellTooLong(rows + 1, LIMITS.maxCellChars);
      row.push(cell);
      if (row.length > LIMITS.maxColumns) throw limitErrors.tooManyColumns(rows + 1, LIMITS.maxColumns);
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i === n) row.push('');
        continue;
      }
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      break;
    }
    rows++;
    cells += row.length;
    // The same bound as a sheet's: a file of as many cells is refused whatever its format.
    if (cells > LIMITS.maxCells) throw limitErrors.tooManyCells(LIMITS.maxCells);
    if (rows > LIMITS.maxRows + 1) throw limitErrors.tooManyRows(LIMITS.maxRows);
    yield row;
  }
}
