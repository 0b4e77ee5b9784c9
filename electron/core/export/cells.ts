/**
 * A CSV cell that a spreadsheet could run as a formula (=, +, -, @, tab, CR at its start) gets a leading apostrophe,
 * and so does one that already starts with apostrophes before such a character ('=1+1 as typed), so that taking
 * exactly one apostrophe off on import gives back what was stored. A workbook needs no guard: its cells are text.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** What an exported CSV cell held before neutraliseFormula: one apostrophe less before a formula start. */
export function removeFormulaGuard(cell: string): string {
  return cell.charCodeAt(0) === 39 && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** RFC 4180: quote a cell that holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  const safe = neutraliseFormula(value);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
