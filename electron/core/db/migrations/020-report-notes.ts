import type { Database } from 'better-sqlite3';

/**
 * The texts a branch writes into a printed report beside its figures: the "measures" (改进措施) of a call-back
 * report, one per report kind and scope (a campaign, or a period). Who wrote last and when is kept here; every
 * change is in the audit log too.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE report_notes (
      kind TEXT NOT NULL CHECK (kind IN ('callbacks')),
      scope TEXT NOT NULL,
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      PRIMARY KEY (kind, scope)
    ) STRICT, WITHOUT ROWID;
  `);
}
