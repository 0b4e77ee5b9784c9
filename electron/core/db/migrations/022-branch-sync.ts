import type { Database } from 'better-sqlite3';

/**
 * Several branches and a head office.
 *
 * - `branch_identity`: the one branch this database belongs to (set once by `dossier branch init`).
 * - `sync_outbox`: the key of every record changed since it was last pushed (table, id), numbered in commit order.
 *   The push removes what it sent but the last row, so the numbers only grow (a rowid is max + 1) and one serves as
 *   the record's version at head office, without AUTOINCREMENT's extra write per change. The capture triggers are created when the branch is set (electron/core/sync/capture.ts), so a
 *   database that never joins a head office pays nothing.
 * - `sync_state`: the push cursor (the last outbox number head office has), the connection, the last push and
 *   the last error.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE branch_identity (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id)
    ) STRICT;
    CREATE TABLE sync_outbox (
      seq INTEGER PRIMARY KEY,
      tbl TEXT NOT NULL,
      id TEXT NOT NULL
    ) STRICT;
    CREATE TABLE sync_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
