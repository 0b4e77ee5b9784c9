import type { Database } from 'better-sqlite3';

/**
 * Sign-in and roles.
 *
 * - `staff.role`: staff or manager. The default staff member (the desk of a single-person branch) becomes the
 *   manager, so the branch that turns sign-in on has someone allowed to.
 * - `staff.secret_hash`: the password or PIN as `scrypt$N$r$p$salt$hash` (null: none set, cannot sign in);
 *   `failed_sign_ins` and `locked_until` keep the lockout after repeated wrong ones.
 * - `staff.os_user`: the operating-system account the `dossier` command maps to this staff member.
 * - The audit view pages the log by person and by time: two indexes carry those orders.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'manager'));
    ALTER TABLE staff ADD COLUMN secret_hash TEXT;
    ALTER TABLE staff ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE staff ADD COLUMN locked_until TEXT;
    ALTER TABLE staff ADD COLUMN os_user TEXT;
    UPDATE staff SET role = 'manager' WHERE is_default = 1;
    CREATE INDEX audit_at ON audit_log(at, seq);
    CREATE INDEX audit_staff ON audit_log(staff_id, seq);
  `);
}
