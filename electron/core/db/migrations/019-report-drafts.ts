import type { Database } from 'better-sqlite3';

/**
 * The judgement sections of customer analysis reports (purpose, deeper analysis, assessment, revision plan), written
 * in the app. Each save is a new version; a version is marked reviewed by someone on a day.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE report_drafts (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      purpose TEXT NOT NULL DEFAULT '',
      analysis TEXT NOT NULL DEFAULT '',
      assessment TEXT NOT NULL DEFAULT '',
      revision TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed')),
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      reviewed_at TEXT,
      reviewed_by TEXT REFERENCES staff(id),
      UNIQUE (customer_id, version)
    ) STRICT;
  `);
}
