/**
 * The name each column's values are kept under when they become custom fields: every such column lands under a
 * name of its own, so two columns headed 微信号 are kept as 微信号 and 微信号 (2), never one over the other.
 */
import type { ColumnMapping } from '../../../shared/import/types';

/** Columns whose values are (or, for values the lists do not know, may be) kept as custom fields. */
const KEPT_AS_CUSTOM: ReadonlySet<ColumnMapping> = new Set(['custom', 'maritalStatus', 'source']);
/** A custom field's name is at most this long (parseCustomer refuses a longer one). */
const LABEL_MAX = 50;

/** The text cut to `max` UTF-16 units without splitting a character, trailing spaces dropped. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd();
}

/**
 * What each column is called: its header, trimmed; for a column kept as a custom field, the name its values are
 * stored under: the header cut to 50 characters (`#3` for a blank one), and when that name is already taken by an
 * earlier column (a repeated header, or two long headers alike in their first 50 characters) the first free
 * " (2)", " (3)" … in column order. A name the file itself has keeps it on its first column.
 */
export function columnLabels(headers: readonly string[], mapping: readonly ColumnMapping[]): string[] {
  const labels = headers.map((h) => h.trim());
  const taken = new Set<string>();
  const base = (col: number): string => cut(labels[col] ?? '', LABEL_MAX) || `#${col + 1}`;
  const repeats: number[] = [];
  labels.forEach((_, col) => {
    const field = mapping[col];
    if (field === undefined || !KEPT_AS_CUSTOM.has(field)) return;
    const name = base(col);
    if (taken.has(name)) repeats.push(col);
    else {
      taken.add(name);
      labels[col] = name;
    }
  });
  for (const col of repeats) {
    const name = base(col);
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const label = cut(name, LABEL_MAX - suffix.length) + suffix;
      if (taken.has(label)) continue;
      taken.add(label);
      labels[col] = label;
      break;
    }
  }
  return labels;
}
