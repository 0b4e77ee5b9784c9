import type { Database } from 'better-sqlite3';

/**
 * The complaints page sorted by severity within one category: the index holds the list's severity order (the same
 * expression as its sort, then rowid), so a page is read in order and stops at the page instead of sorting every
 * complaint of the category.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX complaints_category_severity ON complaints(category,
      (CASE severity WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END));
  `);
}
