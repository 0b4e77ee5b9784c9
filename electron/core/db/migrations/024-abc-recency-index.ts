import type { Database } from 'better-sqlite3';

/**
 * The ABC index also carries the recency score (and, the table being WITHOUT ROWID, the customer), so a class filter with "R at least …" (the branch's
 * "C customers who bought lately") is counted from the index alone instead of reading every customer of the class:
 * the slowest class filter at 100k customers went from 20 ms to the index's range. It replaces the ABC-only index
 * (a prefix of this one), so a recomputation still maintains the same number of indexes.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX IF EXISTS customer_segments_abc;
    CREATE INDEX customer_segments_abc ON customer_segments(abc, r_score);
  `);
}
