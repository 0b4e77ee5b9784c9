import type { Database } from 'better-sqlite3';

/**
 * An import commits in slices (import/run.ts): its batch is `applying` until the last slice makes it `done`, and
 * names the process applying it (`host:pid`), so a batch a killed process left is rolled back when the file is next
 * opened (import/rollback.ts) while one another live process is applying is left alone. Batches before this are done.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE import_batches ADD COLUMN state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('applying', 'done'));
    ALTER TABLE import_batches ADD COLUMN applied_by TEXT;
  `);
}
