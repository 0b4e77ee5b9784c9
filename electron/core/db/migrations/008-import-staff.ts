import type { Database } from 'better-sqlite3';

/**
 * The account managers (staff) an import added because the file named them, so that undoing the import can take
 * them off the staff list again when nothing refers to them (see retireStaff in import/batches.ts).
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE import_batches ADD COLUMN created_staff TEXT NOT NULL DEFAULT '[]'`);
}
