import type { Database } from 'better-sqlite3';

/**
 * An import commits in slices (import/run.ts): its batch is `applying` until the last slice makes it `done`, and
 * names the process applying it (`host:pid`), so a batch a killed process left is rolled back when the file is next
 * opened (import/rollback.ts) while one a live process is applying is left alone. Batches before this are done.
 * Each slice turns the search tables' automerge off and back on (import/search-index.ts), which stores FTS5's default
 * where none was stored: stored here once, so an import rolled back leaves their config exactly as it was.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE import_batches ADD COLUMN state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('applying', 'done'));
    ALTER TABLE import_batches ADD COLUMN applied_by TEXT;
  `);
  for (const table of ['customers_fts', 'customers_short'])
    if (!db.prepare(`SELECT 1 FROM ${table}_config WHERE k = 'automerge'`).get())
      db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('automerge', 4)`);
}
