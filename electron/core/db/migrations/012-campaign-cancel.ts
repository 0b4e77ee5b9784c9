import type { Database } from 'better-sqlite3';

/** A campaign can be cancelled: when and by whom (its open call-backs are cancelled with it; closed ones stay). */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE campaigns ADD COLUMN cancelled_at TEXT;
    ALTER TABLE campaigns ADD COLUMN cancelled_by TEXT REFERENCES staff(id);
  `);
}
