/** The staff a call-back names: who may be given one, and names for the previews and the report. */
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

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
