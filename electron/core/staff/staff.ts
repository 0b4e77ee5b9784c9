import { DossierError } from '../../../shared/result';
import type { Staff } from '../../../shared/staff/types';
import { nowIso, uuidv7 } from '../ids';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

interface StaffRow {
  id: string;
  name: string;
  isDefault: number;
}

const toStaff = (r: StaffRow): Staff => ({ id: r.id, name: r.name, isDefault: r.isDefault === 1 });

export function listStaff(db: Db): Staff[] {
  return (
    stmt(
      db,
      'SELECT id, name, is_default AS isDefault FROM staff WHERE deleted_at IS NULL ORDER BY is_default DESC, name',
    ).all() as StaffRow[]
  ).map(toStaff);
}

export function createStaff(db: Db, name: string, isDefault = false): Staff {
  const id = uuidv7();
  const now = nowIso();
  stmt(db, 'INSERT INTO staff (id, name, is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    name,
    isDefault ? 1 : 0,
    now,
    now,
  );
  return { id, name, isDefault };
}

/** A fresh database has one staff member so that every change has an author; the UI names it. */
export function ensureDefaultStaff(db: Db): Staff {
  const row = stmt(
    db,
    'SELECT id, name, is_default AS isDefault FROM staff WHERE is_default = 1 AND deleted_at IS NULL LIMIT 1',
  ).get() as StaffRow | undefined;
  return row ? toStaff(row) : createStaff(db, '', true);
}

/** A current staff member, else not_found: a call-back is never given to someone deleted or unknown. */
export function assertStaff(db: Db, staffId: string): void {
  if (!stmt(db, 'SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL').get(staffId))
    throw new DossierError({
      code: 'not_found',
      message: `No staff member with id ${staffId}`,
      details: { id: staffId },
    });
}

/** Every staff member's name by id, deleted ones included (old call-backs still name them). */
export function staffNames(db: Db): Map<string, string> {
  return new Map(
    (stmt(db, 'SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]),
  );
}
