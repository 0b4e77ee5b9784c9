/**
 * Saved segments (smart lists): a customer-list filter under a unique name. A dynamic one is its filter, matched
 * again whenever it is opened or counted; a frozen one keeps the customers its filter matched when it was saved
 * (saved_segment_members, with the date), and lists those of them still alive. Either is a filter itself
 * (`segmentId`), so the list, its counts, bulk changes, exports and call-back campaigns all take it.
 */
import { customerFilter, type CustomerFilterValues } from '../../../shared/customers/schemas';
import { DossierError } from '../../../shared/result';
import type {
  SavedSegment,
  SavedSegmentCreateValues,
  SavedSegmentKind,
  SavedSegmentUpdateValues,
} from '../../../shared/segments/saved';
import { audit, diff } from '../audit/log';
import { byPinyin, countMatching, matchingIds } from '../customers/list';
import { segmentSource } from '../customers/segment-filters';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';

interface Row {
  id: string;
  name: string;
  kind: SavedSegmentKind;
  filter: string;
  pinned: number;
  frozenAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, name, kind, filter, pinned, frozen_at AS frozenAt, created_at AS createdAt,
  updated_at AS updatedAt`;

/** The filter as saved, read again through the current schema (a filter saved by an older version still reads). */
const storedFilter = (json: string): CustomerFilterValues => {
  const parsed = customerFilter.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : customerFilter.parse({});
};

const withCount = (db: Db, row: Row): SavedSegment => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  filter: storedFilter(row.filter),
  pinned: row.pinned === 1,
  frozenAt: row.frozenAt,
  count: countMatching(db, { query: '', segmentId: row.id }),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

function readRow(db: Db, id: string): Row {
  segmentSource(db, id);
  return stmt(db, `SELECT ${COLUMNS} FROM saved_segments WHERE id = ?`).get(id) as Row;
}

function refuseTakenName(db: Db, name: string, except: string | null): void {
  const taken = stmt(db, 'SELECT id FROM saved_segments WHERE name = ? AND deleted_at IS NULL').get(name) as
    { id: string } | undefined;
  if (taken && taken.id !== except)
    throw new DossierError({
      code: 'conflict',
      message: `A saved segment is already called ${name}`,
      issues: [{ path: 'name', code: 'savedSegments.nameTaken' }],
      details: { name },
    });
}

/** Every live segment with its count now: pinned first, then by name in pinyin order. */
export function listSavedSegments(db: Db, pinnedOnly = false): SavedSegment[] {
  const rows = stmt(db, `SELECT ${COLUMNS} FROM saved_segments WHERE deleted_at IS NULL AND (? = 0 OR pinned = 1)`).all(
    pinnedOnly ? 1 : 0,
  ) as Row[];
  return rows.sort((a, b) => b.pinned - a.pinned || byPinyin(a.name, b.name)).map((row) => withCount(db, row));
}

export function getSavedSegment(db: Db, by: { id: string } | { name: string }): SavedSegment {
  if ('id' in by) return withCount(db, readRow(db, by.id));
  const row = stmt(db, `SELECT ${COLUMNS} FROM saved_segments WHERE name = ? AND deleted_at IS NULL`).get(
    by.name.trim(),
  ) as Row | undefined;
  if (!row)
    throw new DossierError({
      code: 'not_found',
      message: `No saved segment called ${by.name}`,
      issues: [{ path: 'name', code: 'savedSegments.noSuchName' }],
      details: { name: by.name },
    });
  return withCount(db, row);
}

/** Saves the filter under its name; a frozen segment takes the customers it matches now as its members. */
export function createSavedSegment(db: Db, v: SavedSegmentCreateValues, actor: string | null): SavedSegment {
  return db.transaction(() => {
    refuseTakenName(db, v.name, null);
    // The segment it was made from must exist (the filter refuses an unknown one).
    const members = v.kind === 'frozen' ? matchingIds(db, v.filter) : null;
    if (v.filter.segmentId) segmentSource(db, v.filter.segmentId);
    const id = uuidv7();
    const now = nowIso();
    stmt(
      db,
      `INSERT INTO saved_segments (id, name, kind, filter, pinned, frozen_at, created_at, created_by, updated_at,
         updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, v.name, v.kind, JSON.stringify(v.filter), v.pinned ? 1 : 0, members ? now : null, now, actor, now, actor);
    if (members) {
      const add = stmt(db, 'INSERT INTO saved_segment_members (segment_id, customer_id) VALUES (?, ?)');
      for (const customerId of members) add.run(id, customerId);
    }
    audit(db, {
      entity: 'saved_segment',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: { name: v.name, kind: v.kind, filter: v.filter, pinned: v.pinned, members: members?.length ?? null },
    });
    return withCount(db, readRow(db, id));
  })();
}

/** Renames, pins or unpins; a change to nothing writes nothing. */
export function updateSavedSegment(db: Db, v: SavedSegmentUpdateValues, actor: string | null): SavedSegment {
  return db.transaction(() => {
    const before = readRow(db, v.id);
    const after = { name: v.name ?? before.name, pinned: v.pinned ?? before.pinned === 1 };
    const changes = diff({ name: before.name, pinned: before.pinned === 1 }, after);
    if (Object.keys(changes).length === 0) return withCount(db, before);
    if (after.name !== before.name) refuseTakenName(db, after.name, v.id);
    stmt(db, 'UPDATE saved_segments SET name = ?, pinned = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      after.name,
      after.pinned ? 1 : 0,
      nowIso(),
      actor,
      v.id,
    );
    audit(db, { entity: 'saved_segment', entityId: v.id, action: 'update', staffId: actor, changes });
    return withCount(db, readRow(db, v.id));
  })();
}

/** Deletes a segment (kept in the audit log); campaigns made from it keep their call-backs. */
export function deleteSavedSegment(db: Db, id: string, actor: string | null): { deletedAt: string } {
  return db.transaction(() => {
    const before = readRow(db, id);
    // A dynamic segment made from this one would no longer open: those go first.
    const builtOn = (
      stmt(
        db,
        "SELECT name FROM saved_segments WHERE deleted_at IS NULL AND json_extract(filter, '$.segmentId') = ?",
      ).all(id) as { name: string }[]
    ).map((r) => r.name);
    if (builtOn.length > 0)
      throw new DossierError({
        code: 'conflict',
        message: `Saved segments are built on ${before.name}: ${builtOn.join(', ')}`,
        issues: [{ path: 'id', code: 'savedSegments.inUse' }],
        details: { name: before.name, names: builtOn.sort(byPinyin).join('、') },
      });
    const deletedAt = nowIso();
    stmt(db, 'UPDATE saved_segments SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      deletedAt,
      deletedAt,
      actor,
      id,
    );
    audit(db, {
      entity: 'saved_segment',
      entityId: id,
      action: 'delete',
      staffId: actor,
      changes: { name: before.name, kind: before.kind },
    });
    return { deletedAt };
  })();
}
