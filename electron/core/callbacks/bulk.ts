/** Changes to many open call-backs at once: reassign, postpone, cancel. Each changed one is audited on its own. */
import type { BulkResult } from '../../../shared/callbacks/types';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { loadCalendar } from './calendar';
import { assertStaff } from '../staff/staff';
import { addDays, rollToWorkingDay } from './workdays';

/** Applies `change` to each open call-back of `ids` in one transaction; unknown or closed ones are skipped. */
function bulk(
  db: Db,
  ids: readonly string[],
  actor: string,
  change: (cb: { id: string; dueOn: string; staffId: string }, now: string) => Record<string, unknown> | null,
): BulkResult {
  const skipped: string[] = [];
  let updated = 0;
  db.transaction(() => {
    const now = nowIso();
    const read = stmt(
      db,
      "SELECT id, due_on AS dueOn, staff_id AS staffId FROM callbacks WHERE id = ? AND state = 'open'",
    );
    for (const id of new Set(ids)) {
      const cb = read.get(id) as { id: string; dueOn: string; staffId: string } | undefined;
      const changes = cb ? change(cb, now) : null;
      if (!cb || !changes) {
        skipped.push(id);
        continue;
      }
      updated += 1;
      audit(db, { entity: 'callback', entityId: id, action: 'update', staffId: actor, changes });
    }
  })();
  return { updated, skipped };
}

export function reassignCallbacks(
  db: Db,
  ids: readonly string[],
  staffId: string,
  reason: string | null,
  actor: string,
): BulkResult {
  assertStaff(db, staffId);
  const update = stmt(db, 'UPDATE callbacks SET staff_id = ?, updated_at = ?, updated_by = ? WHERE id = ?');
  return bulk(db, ids, actor, (cb, now) => {
    update.run(staffId, now, actor, cb.id);
    return { staffId: [cb.staffId, staffId], reason };
  });
}

/** To a date, or by a number of days; moved to a working day. A postponement re-plans: planned_on moves too. */
export function postponeCallbacks(
  db: Db,
  ids: readonly string[],
  target: { to: string | null; days: number | null },
  reason: string | null,
  actor: string,
): BulkResult {
  const calendar = loadCalendar(db);
  const update = stmt(
    db,
    'UPDATE callbacks SET due_on = ?, planned_on = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  );
  return bulk(db, ids, actor, (cb, now) => {
    const dueOn = rollToWorkingDay(target.to ?? addDays(cb.dueOn, target.days ?? 1), calendar);
    update.run(dueOn, dueOn, now, actor, cb.id);
    return { dueOn: [cb.dueOn, dueOn], reason };
  });
}

export function cancelCallbacks(db: Db, ids: readonly string[], reason: string, actor: string): BulkResult {
  const update = stmt(
    db,
    "UPDATE callbacks SET state = 'cancelled', cancelled_reason = ?, closed_at = ?, updated_at = ?, updated_by = ? WHERE id = ?",
  );
  return bulk(db, ids, actor, (cb, now) => {
    update.run(reason, now, now, actor, cb.id);
    return { state: ['open', 'cancelled'], reason };
  });
}
