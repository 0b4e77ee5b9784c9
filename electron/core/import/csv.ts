/** RFC 4180 CSV with delimiter detection; quoted cells may hold delimiters, quotes and newlines. */
import { importError, LIMITS } from './errors';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
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

/** Yields rows of cells. Throws a specific import error past the column, cell-size and row limits. */
export function* parseCsv(text: string, delimiter: Delimiter): Generator<string[]> {
  const n = text.length;
  let i = 0;
  let rows = 0;
  while (i < n) {
    const row: string[] = [];
    for (;;) {
      let cell: string;
      if (text[i] === '"') {
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
          if (text[q + 1] === '"') {
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
        while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
        cell = value + text.slice(j, k);
        i = k;
      } else {
        let k = i;
        while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
        cell = text.slice(i, k);
        i = k;
      }
      if (cell.length > LIMITS.maxCellChars)
        throw importError(
          'import.cellTooLong',
          `Row ${rows + 1} has a cell longer than ${LIMITS.maxCellChars} characters.`,
          {
            row: rows + 1,
            max: LIMITS.maxCellChars,
          },
        );
      row.push(cell);
      if (row.length > LIMITS.maxColumns)
        throw importError('import.tooManyColumns', `Row ${rows + 1} has more than ${LIMITS.maxColumns} columns.`, {
          row: rows + 1,
          max: LIMITS.maxColumns,
        });
      if (text[i] === delimiter) {
        i++;
        if (i === n) row.push('');
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    rows++;
    if (rows > LIMITS.maxRows + 1)
      throw importError(
        'import.tooManyRows',
        `The file has more than ${LIMITS.maxRows} rows; split it into smaller files.`,
        {
          max: LIMITS.maxRows,
        },
      );
    yield row;
  }
}
