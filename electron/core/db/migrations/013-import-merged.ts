import type { Database } from 'better-sqlite3';

/** An import remembers how many of its rows were merged into a customer an earlier row of the same file created. */
export function up(db: Database): void {
  db.exec('ALTER TABLE import_batches ADD COLUMN merged INTEGER NOT NULL DEFAULT 0');
}
