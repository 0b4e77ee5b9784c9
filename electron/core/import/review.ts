/** Reviewing a whole file's duplicates before it runs: what the import would find, without writing anything. */
import type { DuplicateMatch, DuplicateReview } from '../../../shared/import/types';
import { findDuplicates } from '../customers/duplicates';
import type { Db } from '../db/open';
import { CHUNK, chunksOf, existingKeys, fileKeys } from './duplicate-keys';
import { checkMapping } from './mapping';
import { rowContext, type PreparedFile } from './prepare';
import { rowToCustomer } from './rows';

/** Rows whose keys the review remembers to find later rows of the file that repeat them. */
const REVIEW_KEYS = 100_000;

/**
 * The whole file's duplicates, as the import would find them before writing anything: rows matching a customer by
 * mobile, ID number or name at the same employer, and rows repeating an earlier row of the file that the run would
 * create (of the first REVIEW_KEYS such rows; `partialAfter` says when the file has more rows than that, and
 * later repeats may be missed). All are counted; the first `limit` are returned with the customer or row they match.
 * A mapping the import would refuse is refused here too.
 */
export function reviewDuplicates(db: Db, file: PreparedFile, limit = 1000): DuplicateReview {
  checkMapping(file.target, file.mapping);
  const matches: DuplicateMatch[] = [];
  let total = 0;
  const partialAfter = file.rows.count > REVIEW_KEYS ? REVIEW_KEYS : null;
  if (file.target !== 'customers') return { total, matches, partialAfter: null };
  const ctx = rowContext(file);
  const seen = new Map<string, number>();
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
      const inDb = found.has(values);
      const earlier = inDb ? undefined : keys.map((k) => seen.get(k)).find((n) => n !== undefined);
      // As the run under skip: only a row it would create is one that later rows can repeat.
      if (!inDb && earlier === undefined) {
        if (remembered++ < REVIEW_KEYS) for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
        continue;
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
      if (match) matches.push({ rowNumber, name, mobile, idNumber, employer, match });
    }
  }
  return { total, matches, partialAfter };
}
