import { DossierError } from '../../../shared/result';
import { staffNameKey } from '../../../shared/staff/schemas';
import type { ReassignResult, Staff, StaffSummary } from '../../../shared/staff/types';
import { audit } from '../audit/log';
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
  // The default member (the desk of a one-person branch) is the manager, who may later turn sign-in on.
  stmt(db, 'INSERT INTO staff (id, name, is_default, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    name,
    isDefault ? 1 : 0,
    isDefault ? 'manager' : 'staff',
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

interface SummaryRow extends StaffRow {
  deactivatedAt: string | null;
  customers: number;
  openCallbacks: number;
}

/** Every staff member, active first; with the live customers and the open call-backs (of live customers) each owns. */
export function staffOverview(db: Db): StaffSummary[] {
  return (
    stmt(
      db,
      `SELECT s.id, s.name, s.is_default AS isDefault, s.deleted_at AS deactivatedAt,
         (SELECT count(*) FROM customers c WHERE c.owner_id = s.id AND c.deleted_at IS NULL) AS customers,
         (SELECT count(*) FROM callbacks cb JOIN customers c ON c.id = cb.customer_id
           WHERE cb.staff_id = s.id AND cb.state = 'open' AND c.deleted_at IS NULL) AS openCallbacks
       FROM staff s ORDER BY s.deleted_at IS NOT NULL, s.is_default DESC, s.name`,
    ).all() as SummaryRow[]
  ).map((r) => ({
    ...toStaff(r),
    deactivatedAt: r.deactivatedAt,
    customers: r.customers,
    openCallbacks: r.openCallbacks,
  }));
}

function staffRow(db: Db, id: string): (StaffRow & { deletedAt: string | null }) | undefined {
  return stmt(db, 'SELECT id, name, is_default AS isDefault, deleted_at AS deletedAt FROM staff WHERE id = ?').get(
    id,
  ) as (StaffRow & { deletedAt: string | null }) | undefined;
}

/** A staff member, active or not, else not_found. */
function getStaffRow(db: Db, id: string): StaffRow & { deletedAt: string | null } {
  const row = staffRow(db, id);
  if (!row) throw new DossierError({ code: 'not_found', message: `No staff member with id ${id}`, details: { id } });
  return row;
}

/** Refuses a name an active staff member (other than `except`) already has, compared without case. */
function assertNameFree(db: Db, name: string, except: string | null): void {
  const key = staffNameKey(name);
  const taken = listStaff(db).find((s) => s.id !== except && staffNameKey(s.name) === key);
  if (taken)
    throw new DossierError({
      code: 'validation',
      message: `There is already a staff member named ${taken.name}`,
      issues: [{ path: 'name', code: 'staff.nameTaken' }],
      details: { name: taken.name },
    });
}

/** Adds a staff member by hand (Settings → Staff); the name is unique among active staff. */
export function addStaff(db: Db, name: string, actor: string): Staff {
  return db.transaction(() => {
    assertNameFree(db, name, null);
    const staff = createStaff(db, name);
    audit(db, { entity: 'staff', entityId: staff.id, action: 'create', staffId: actor, changes: { name } });
    return staff;
  })();
}

export function renameStaff(db: Db, id: string, name: string, actor: string): Staff {
  return db.transaction(() => {
    const before = getStaffRow(db, id);
    if (before.deletedAt === null) assertNameFree(db, name, id);
    if (before.name !== name) {
      stmt(db, 'UPDATE staff SET name = ?, updated_at = ? WHERE id = ?').run(name, nowIso(), id);
      audit(db, {
        entity: 'staff',
        entityId: id,
        action: 'update',
        staffId: actor,
        changes: { name: [before.name, name] },
      });
    }
    return toStaff({ ...before, name });
  })();
}

/** Live customers and open call-backs (of live customers) a staff member owns. */
function owned(db: Db, id: string): ReassignResult {
  return stmt(
    db,
    `SELECT (SELECT count(*) FROM customers WHERE owner_id = @id AND deleted_at IS NULL) AS customers,
       (SELECT count(*) FROM callbacks cb JOIN customers c ON c.id = cb.customer_id
         WHERE cb.staff_id = @id AND cb.state = 'open' AND c.deleted_at IS NULL) AS callbacks`,
  ).get({ id }) as ReassignResult;
}

/**
 * Gives everything `fromId` owns to `toId`: the customers (those in the recycle bin too, so a restored one does not
 * come back to someone gone) and the open call-backs. One transaction; each moved row is audited. Answers the live
 * customers and open call-backs moved, the numbers the Settings page showed.
 */
export function reassignAll(db: Db, fromId: string, toId: string, actor: string): ReassignResult {
  return db.transaction(() => {
    getStaffRow(db, fromId);
    assertStaff(db, toId);
    const moved = owned(db, fromId);
    const now = nowIso();
    const customers = stmt(db, 'SELECT id FROM customers WHERE owner_id = ?').pluck().all(fromId) as string[];
    const moveCustomer = stmt(db, 'UPDATE customers SET owner_id = ?, updated_at = ?, updated_by = ? WHERE id = ?');
    for (const id of customers) {
      moveCustomer.run(toId, now, actor, id);
      audit(db, {
        entity: 'customer',
        entityId: id,
        action: 'update',
        staffId: actor,
        changes: { ownerId: [fromId, toId] },
      });
    }
    const callbacks = stmt(db, "SELECT id FROM callbacks WHERE staff_id = ? AND state = 'open'")
      .pluck()
      .all(fromId) as string[];
    const moveCallback = stmt(db, 'UPDATE callbacks SET staff_id = ?, updated_at = ?, updated_by = ? WHERE id = ?');
    for (const id of callbacks) {
      moveCallback.run(toId, now, actor, id);
      audit(db, {
        entity: 'callback',
        entityId: id,
        action: 'update',
        staffId: actor,
        changes: { staffId: [fromId, toId] },
      });
    }
    audit(db, {
      entity: 'staff',
      entityId: fromId,
      action: 'update',
      staffId: actor,
      changes: { reassignedTo: toId, customers: customers.length, callbacks: callbacks.length },
    });
    return moved;
  })();
}

/**
 * Takes a staff member off the pickers; the row stays, so history (timeline, call-backs, audit) still names them.
 * The default staff member and the one at the desk stay. Someone who still owns customers or open call-backs is
 * refused unless `reassignTo` is given, which takes them over in the same transaction.
 */
export function deactivateStaff(db: Db, id: string, reassignTo: string | null, actor: string): ReassignResult {
  return db.transaction(() => {
    const row = getStaffRow(db, id);
    const refuse = (code: string, message: string, details: Record<string, string | number> = {}): never => {
      throw new DossierError({
        code: 'conflict',
        message,
        issues: [{ path: 'id', code }],
        details: { name: row.name, ...details },
      });
    };
    if (row.deletedAt !== null) refuse('staff.alreadyDeactivated', `${row.name} is already deactivated`);
    if (row.isDefault === 1) refuse('staff.defaultStays', 'The default staff member cannot be deactivated');
    if (id === actor) refuse('staff.currentStays', 'The staff member at the desk cannot be deactivated');
    let moved: ReassignResult = { customers: 0, callbacks: 0 };
    if (reassignTo !== null) moved = reassignAll(db, id, reassignTo, actor);
    else {
      const still = owned(db, id);
      if (still.customers > 0 || still.callbacks > 0)
        refuse('staff.stillOwns', `${row.name} still owns customers or open call-backs`, { ...still });
    }
    const now = nowIso();
    stmt(db, 'UPDATE staff SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    audit(db, { entity: 'staff', entityId: id, action: 'delete', staffId: actor, changes: { deletedAt: [null, now] } });
    return moved;
  })();
}

/** Puts a deactivated staff member back on the pickers, unless an active one has taken the name meanwhile. */
export function reactivateStaff(db: Db, id: string, actor: string): Staff {
  return db.transaction(() => {
    const row = getStaffRow(db, id);
    if (row.deletedAt !== null) {
      assertNameFree(db, row.name, id);
      stmt(db, 'UPDATE staff SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(nowIso(), id);
      audit(db, {
        entity: 'staff',
        entityId: id,
        action: 'restore',
        staffId: actor,
        changes: { deletedAt: [row.deletedAt, null] },
      });
    }
    return toStaff(row);
  })();
}
