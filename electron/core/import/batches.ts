/** Import batches: the history, a batch's rejected rows, and undoing a batch. */
import type { ImportBatch, RejectedRow, UndoPlan, UndoResult } from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { IdType } from '../../../shared/rules/index';
import { audit } from '../audit/log';
import { updateCustomerRow } from '../customers/records';
import type { Db } from '../db/open';
import { getSettings } from '../settings/settings';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { DeferredSearchIndex } from './search-index';

/**
 * A customer an import updated, as it was: its values and when (and by whom) it was last changed, and its ID type as
 * stored (null: the kind's usual one, which the values name; older batches kept no such copy).
 */
export type StoredBefore = CustomerValues & {
  readonly updatedAt?: string;
  readonly updatedBy?: string | null;
  readonly storedIdType?: string | null;
};

const noBatch = (batchId: string): DossierError =>
  new DossierError({
    code: 'not_found',
    message: `No import batch ${batchId}`,
    details: { id: batchId },
    issues: [{ path: 'batchId', code: 'import.batchNotFound' }],
  });

export function listBatches(db: Db): ImportBatch[] {
  return stmt(
    db,
    `SELECT id, target, file_name AS fileName, policy, created, updated, skipped, merged, rejected, started_at AS startedAt,
       finished_at AS finishedAt, undone_at AS undoneAt FROM import_batches WHERE state = 'done'
       ORDER BY started_at DESC LIMIT 200`,
  ).all() as ImportBatch[];
}

export function rejectedRowsOf(db: Db, batchId: string): { headers: string[]; rows: RejectedRow[] } {
  const row = stmt(db, 'SELECT rejected_rows AS rejected FROM import_batches WHERE id = ?').get(batchId) as
    { rejected: string } | undefined;
  if (!row) throw noBatch(batchId);
  const parsed = JSON.parse(row.rejected) as { headers?: string[]; rows?: RejectedRow[] } | [];
  return Array.isArray(parsed) ? { headers: [], rows: [] } : { headers: parsed.headers ?? [], rows: parsed.rows ?? [] };
}

function batchOf(db: Db, batchId: string): { finishedAt: string; createdStaff: string } {
  const batch = stmt(
    db,
    `SELECT undone_at AS undoneAt, finished_at AS finishedAt, created_staff AS createdStaff, state
       FROM import_batches WHERE id = ?`,
  ).get(batchId) as { undoneAt: string | null; finishedAt: string; createdStaff: string; state: string } | undefined;
  if (!batch) throw noBatch(batchId);
  // Still being written (by another process): it is not in the history yet, and a cancel or a failure removes it.
  if (batch.state === 'applying')
    throw new DossierError({
      code: 'conflict',
      message: 'This import is still running',
      issues: [{ path: 'batchId', code: 'import.stillApplying' }],
    });
  if (batch.undoneAt)
    throw new DossierError({
      code: 'conflict',
      message: 'This import was already undone',
      issues: [{ path: 'batchId', code: 'import.alreadyUndone' }],
    });
  return batch;
}

/**
 * What a batch wrote that has been worked on since it finished: customers and purchases edited afterwards, and
 * customers it created that have since had calls, visits, contacts, purchases, call-backs or a cadence recorded.
 */
const CHANGED_SINCE = `
  SELECT i.entity_id AS id FROM import_batch_items i JOIN customers c ON c.id = i.entity_id
   WHERE i.batch_id = @batch AND i.entity = 'customer' AND (c.updated_at > @since OR (i.action = 'created' AND (
     EXISTS (SELECT 1 FROM interactions x WHERE x.customer_id = c.id AND x.deleted_at IS NULL)
     OR EXISTS (SELECT 1 FROM contacts x WHERE x.customer_id = c.id AND x.deleted_at IS NULL)
     OR EXISTS (SELECT 1 FROM transactions x WHERE x.customer_id = c.id AND x.deleted_at IS NULL)
     OR EXISTS (SELECT 1 FROM callbacks x WHERE x.customer_id = c.id)
     OR EXISTS (SELECT 1 FROM customer_cadences x WHERE x.customer_id = c.id))))
  UNION ALL
  SELECT i.entity_id FROM import_batch_items i JOIN transactions t ON t.id = i.entity_id
   WHERE i.batch_id = @batch AND i.entity = 'transaction' AND t.updated_at > @since`;

function changedSince(db: Db, batchId: string, finishedAt: string): Set<string> {
  return new Set(
    (stmt(db, CHANGED_SINCE).all({ batch: batchId, since: finishedAt }) as { id: string }[]).map((r) => r.id),
  );
}

/**
 * Takes the account managers an import added off the staff list (soft delete), unless anything still refers to
 * them: a customer they own or that was kept, a call-back, a call logged in their name, the current user. Every
 * column that references staff is looked at, one query per table. `remove`: deleted for good (an import rolled
 * back before it finished: the staff list as it was).
 */
export function retireStaff(db: Db, ids: readonly string[], now: string, remove = false): void {
  if (ids.length === 0) return;
  const used = new Set<string>();
  const current = getSettings(db).currentStaffId;
  if (current) used.add(current);
  const tables = (stmt(db, "SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (t) => t.name,
  );
  const list = JSON.stringify(ids);
  for (const table of tables) {
    const columns = (
      stmt(db, 'SELECT "from" AS col, "table" AS parent FROM pragma_foreign_key_list(?)').all(table) as {
        col: string;
        parent: string;
      }[]
    )
      .filter((fk) => fk.parent === 'staff')
      .map((fk) => `"${fk.col.replace(/"/g, '""')}"`);
    if (columns.length === 0) continue;
    const rows = db
      .prepare(
        `SELECT ${columns.join(', ')} FROM "${table}" WHERE ${columns
          .map((c) => `${c} IN (SELECT value FROM json_each(@list))`)
          .join(' OR ')}`,
      )
      .raw()
      .all({ list }) as unknown[][];
    for (const row of rows) for (const v of row) if (typeof v === 'string') used.add(v);
  }
  const unused = ids.filter((id) => !used.has(id));
  if (remove) {
    stmt(db, 'DELETE FROM staff WHERE id IN (SELECT value FROM json_each(?)) AND is_default = 0').run(
      JSON.stringify(unused),
    );
    return;
  }
  stmt(
    db,
    `UPDATE staff SET deleted_at = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))
       AND deleted_at IS NULL AND is_default = 0`,
  ).run(now, now, JSON.stringify(unused));
}

/**
 * Removes what a batch's items created and puts back the customers they updated, but not those in `keep`, inside the
 * caller's transaction: an undo, and the roll-back of an import that did not finish (import/rollback.ts).
 */
export function revertItems(
  db: Db,
  batchId: string,
  keep: ReadonlySet<string>,
  actor: string | null,
  now: string,
): UndoResult {
  let removed = 0;
  let restored = 0;
  let kept = 0;
  const items = stmt(
    db,
    'SELECT entity, entity_id AS entityId, action, before FROM import_batch_items WHERE batch_id = ?',
  ).all(batchId) as {
    entity: string;
    entityId: string;
    action: string;
    before: string | null;
  }[];
  const gone = { transactions: [] as string[], customers: [] as string[] };
  // A customer this batch updated may since have been removed (by undoing the import that created it), or deleted.
  const deletedOf = (id: string): { deleted: number } | undefined =>
    stmt(db, 'SELECT deleted_at IS NOT NULL AS deleted FROM customers WHERE id = ?').get(id) as
      { deleted: number } | undefined;
  // Restored customers are re-indexed for search in blocks, as an import indexes them.
  const index = items.some((i) => i.action === 'updated') ? new DeferredSearchIndex(db, false) : null;
  for (const item of items) {
    if (keep.has(item.entityId)) {
      kept++;
    } else if (item.entity === 'transaction') {
      gone.transactions.push(item.entityId);
    } else if (item.action === 'created') {
      gone.customers.push(item.entityId);
    } else if (item.before) {
      const row = deletedOf(item.entityId);
      if (!row) continue;
      // The customer as it was, last changed when and by whom it was then (older batches kept no stamp).
      const { updatedAt, updatedBy, storedIdType, ...values } = JSON.parse(item.before) as StoredBefore;
      index?.beforeUpdate(item.entityId);
      // Its ID type as stored goes in with the rest (one UPDATE, not two: 0.6 s of undoing 99k customers); a
      // deleted customer's values stay as they are (updateCustomerRow writes live ones only), its ID type not.
      const idType = storedIdType === undefined ? values.idType : (storedIdType as IdType | null);
      const by = updatedAt ? (updatedBy ?? null) : actor;
      updateCustomerRow(db, item.entityId, { ...values, idType }, by, updatedAt ?? now);
      if (row.deleted && storedIdType !== undefined)
        stmt(db, 'UPDATE customers SET id_type = ? WHERE id = ?').run(storedIdType, item.entityId);
      restored++;
    }
  }
  index?.finish();
  // One statement per table: FTS5 writes out what it holds at every statement, so deleting 89k customers one
  // statement each took 25 s, and in one 3.5 s.
  for (const table of ['transactions', 'customers'] as const)
    if (gone[table].length > 0)
      removed += stmt(db, `DELETE FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).run(
        JSON.stringify(gone[table]),
      ).changes;
  return { removed, restored, kept };
}

/** What undoing a batch would do, asked before the user confirms. */
export function undoPlan(db: Db, batchId: string): UndoPlan {
  const { finishedAt } = batchOf(db, batchId);
  const counts = stmt(
    db,
    `SELECT count(*) FILTER (WHERE action = 'created') AS created,
       count(*) FILTER (WHERE action = 'updated' AND EXISTS (SELECT 1 FROM customers c WHERE c.id = entity_id)) AS updated
       FROM import_batch_items WHERE batch_id = ?`,
  ).get(batchId) as { created: number; updated: number };
  return { ...counts, changedSince: changedSince(db, batchId, finishedAt).size };
}

/**
 * Removes what the batch created and puts back what it updated, in one transaction. Unless `includeChanged`, what
 * has been worked on since the import (see CHANGED_SINCE) is kept as it is now: deleting a customer deletes what was
 * recorded on it, and restoring one would undo later edits.
 */
/** An undo as the undo worker is asked for it (see handlers.ts). */
export interface UndoJob {
  readonly batchId: string;
  readonly actor: string | null;
  readonly includeChanged: boolean;
}

export const runUndoJob = (db: Db, job: UndoJob): UndoResult =>
  undoImport(db, job.batchId, job.actor, { includeChanged: job.includeChanged });

export function undoImport(
  db: Db,
  batchId: string,
  actor: string | null,
  options: { readonly includeChanged?: boolean } = {},
): UndoResult {
  let result: UndoResult = { removed: 0, restored: 0, kept: 0 };
  db.transaction(() => {
    const { finishedAt, createdStaff } = batchOf(db, batchId);
    const keep = options.includeChanged ? new Set<string>() : changedSince(db, batchId, finishedAt);
    const now = nowIso();
    result = revertItems(db, batchId, keep, actor, now);
    const { removed, restored, kept } = result;
    retireStaff(db, JSON.parse(createdStaff) as string[], now);
    stmt(db, 'UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, actor, batchId);
    audit(db, {
      entity: 'import',
      entityId: batchId,
      action: 'delete',
      staffId: actor,
      changes: { removed, restored, kept },
    });
  })();
  return result;
}
