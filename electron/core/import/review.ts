/** Reviewing a whole file's duplicates before it runs: what the import would find, without writing anything. */
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { DuplicateMatch, DuplicateReview, MergeConflict } from '../../../shared/import/types';
import { findDuplicates } from '../customers/duplicates';
import type { Db } from '../db/open';
import { CHUNK, chunksOf, existingKeys, fileKeys } from './duplicate-keys';
import { conflictColumn, mergeRows } from './file-merge';
import { checkMapping } from './mapping';
import { rowContext, type PreparedFile } from './prepare';
import { rowToCustomer, type RowContext } from './rows';

/** Rows whose keys the review remembers to find later rows of the file that repeat them. */
const REVIEW_KEYS = 100_000;

/** A row as the run would write it: the account manager by name (the run by the staff member of that name). */
function valuesOf(cells: readonly string[], ctx: RowContext): CustomerValues | null {
  const row = rowToCustomer(cells, ctx);
  return row.values ? { ...row.values, ownerId: row.owner ?? row.values.ownerId } : null;
}

/**
 * Rows repeating an earlier row of the file are merged into the customer it creates; one that disagrees with what
 * the rows before it gave is not. Knowing which needs the earlier rows' values, so this second pass holds those of
 * repeated customers only, each until its last row.
 */
function inFileConflicts(
  file: PreparedFile,
  ctx: RowContext,
  repeats: ReadonlyMap<number, number>,
  lastOf: Map<number, number>,
): Map<number, MergeConflict> {
  const conflicts = new Map<number, MergeConflict>();
  const customers = new Map<number, CustomerValues>();
  for (const { rowNumber, cells } of file.rows) {
    const first = repeats.get(rowNumber);
    if (first === undefined && !lastOf.has(rowNumber)) continue;
    const values = valuesOf(cells, ctx);
    if (!values) continue;
    if (first === undefined) {
      customers.set(rowNumber, values);
      continue;
    }
    const kept = customers.get(first);
    if (!kept) continue;
    const merged = mergeRows(kept, values);
    if (merged.ok) customers.set(first, merged.values);
    else conflicts.set(rowNumber, { ...merged.conflict, row: first, column: conflictColumn(merged.conflict, ctx) });
    if (lastOf.get(first) === rowNumber) customers.delete(first);
  }
  return conflicts;
}

/**
 * The whole file's duplicates, as the import would find them before writing anything: rows repeating an earlier row
 * of the file that the run would create (of the first REVIEW_KEYS such rows; `partialAfter` says when the file has
 * more rows than that, and later repeats may be missed), with the conflict that keeps one from being merged, and rows
 * matching a customer by mobile, ID number or name at the same employer. All are counted; the first `limit` are
 * returned with the customer or row they match. A mapping the import would refuse is refused here too.
 */
export function reviewDuplicates(db: Db, file: PreparedFile, limit = 1000): DuplicateReview {
  checkMapping(file.target, file.mapping);
  const matches: DuplicateMatch[] = [];
  let total = 0;
  const partialAfter = file.rows.count > REVIEW_KEYS ? REVIEW_KEYS : null;
  if (file.target !== 'customers') return { total, conflicts: 0, matches, partialAfter: null };
  const ctx = rowContext(file);
  const seen = new Map<string, number>();
  // Rows repeating an earlier one, with the row that customer was first read from; that row's last repeat.
  const repeats = new Map<number, number>();
  const lastOf = new Map<number, number>();
  let remembered = 0;
  for (const chunk of chunksOf(file.rows, CHUNK)) {
    const rows = chunk.flatMap(({ rowNumber, cells }) => {
      const values = rowToCustomer(cells, ctx).values;
      return values ? [{ rowNumber, values }] : [];
    });
    const found = existingKeys(
      db,
      rows.map((r) => r.values),
    );
    for (const { rowNumber, values } of rows) {
      const keys = fileKeys(values);
      // As the run: a row repeating a customer of this file is merged into it, whatever the database holds.
      const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
      const inDb = earlier === undefined && found.has(values);
      if (!inDb && earlier === undefined) {
        // As the run under skip: only a row it would create is one that later rows can repeat.
        if (remembered++ < REVIEW_KEYS) for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
        continue;
      }
      if (earlier !== undefined) {
        repeats.set(rowNumber, earlier);
        lastOf.set(earlier, rowNumber);
        for (const k of keys) if (!seen.has(k)) seen.set(k, earlier);
      }
      total++;
      if (matches.length >= limit) continue;
      const hit = inDb ? findDuplicates(db, values, null)[0] : undefined;
      const match: DuplicateMatch['match'] | null = hit
        ? { id: hit.id, name: hit.name, reasons: hit.reasons }
        : earlier !== undefined
          ? { id: '', name: `#${earlier}`, reasons: ['inFile'] }
          : null;
      const { name, mobile, idNumber, employer } = values;
      if (match) matches.push({ rowNumber, name, mobile, idNumber, employer, match, conflict: null });
    }
  }
  const conflicts = repeats.size > 0 ? inFileConflicts(file, ctx, repeats, lastOf) : new Map<number, MergeConflict>();
  return {
    total,
    conflicts: conflicts.size,
    matches: matches.map((m) => ({ ...m, conflict: conflicts.get(m.rowNumber) ?? null })),
    partialAfter,
  };
}
