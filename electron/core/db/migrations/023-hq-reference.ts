import type { Database } from 'better-sqlite3';

/**
 * Reference data pulled from head office (`dossier sync pull`).
 *
 * - `products.hq_id`: the head-office product this one is (null: the branch's own). Such a product is read-only
 *   here; a local product of the same name is taken over by the first pull, so its purchases stay linked.
 * - `holidays.hq_managed`: a day of head office's calendar (1), not the branch's own (0).
 * - `hq_staff_directory`: the people head office names for every branch (regional managers, compliance officers).
 * - `hq_reference_cursors`: per head-office table, the newest `updated_at` pulled so far.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE products ADD COLUMN hq_id TEXT;
    CREATE UNIQUE INDEX products_hq_id ON products(hq_id) WHERE hq_id IS NOT NULL;
    ALTER TABLE holidays ADD COLUMN hq_managed INTEGER NOT NULL DEFAULT 0 CHECK (hq_managed IN (0, 1));
    CREATE TABLE hq_staff_directory (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      title TEXT,
      email TEXT,
      phone TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE hq_reference_cursors (
      source TEXT PRIMARY KEY,
      cursor TEXT NOT NULL,
      pulled_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
