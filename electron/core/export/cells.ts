/** Spreadsheet cells that could run as formulas when opened (=, +, -, @, tab, CR) get a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a cell that holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  const safe = neutraliseFormula(value);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
