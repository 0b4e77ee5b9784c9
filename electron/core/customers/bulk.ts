/**
 * Changes to many customers at once, from the list: add or remove a tag, hand them to an account manager, send them
 * to the recycle bin (and bring them back). The customers are named by id or by the list's filter, resolved here;
 * each change is one transaction with an audit entry for every customer it changed.
 *
 * Set-based: the customers are put in a temporary table, then one statement writes the audit entries, one the tag
 * links, one the customers (tens of thousands of rows in well under a second, see docs/BENCHMARKS.md). None of these
 * columns is in the search index, so no index row changes.
 */
import type { CustomerBulkInput } from '../../../shared/customers/schemas';
import type { BulkResult } from '../../../shared/customers/types';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { assertStaff } from '../staff/staff';
import { matchingIds } from './list';

/** As many tags as the customer form allows. */
const MAX_TAGS = 50;

/** Ids per statement filling the target table. */
const BLOCK = 5000;

/** Fills temp.bulk_targets with the live customers the change takes; answers how many. Inside the transaction. */
function fillTargets(db: Db, target: CustomerBulkInput['target']): number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_targets (id TEXT PRIMARY KEY) WITHOUT ROWID');
  stmt(db, 'DELETE FROM temp.bulk_targets').run();
  const ids = 'ids' in target ? target.ids : matchingIds(db, target.filter);
  const add = stmt(
    db,
    `INSERT OR IGNORE INTO temp.bulk_targets (id)
     SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL`,
  );
  for (let i = 0; i < ids.length; i += BLOCK) add.run(JSON.stringify(ids.slice(i, i + BLOCK)));
  return (stmt(db, 'SELECT count(*) AS n FROM temp.bulk_targets').get() as { n: number }).n;
}

/** The targets a change applies to, as `c`, with `holds` saying whether `c` already has the tag (parameter 1). */
const TARGETS = 'customers c JOIN temp.bulk_targets t ON t.id = c.id';
const HOLDS = 'EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)';
const AUDIT = 'INSERT INTO audit_log (at, staff_id, entity, entity_id, action, changes)';
const TOUCH = 'updated_at = ?, updated_by = ?';
const IN_TARGETS = 'id IN (SELECT id FROM temp.bulk_targets)';

function addTag(db: Db, tag: string, now: string, actor: string | null): number {
  const { n } = stmt(
    db,
    `SELECT count(*) AS n FROM ${TARGETS} WHERE NOT ${HOLDS} AND json_array_length(c.tags) >= ${MAX_TAGS}`,
  ).get(tag) as { n: number };
  // Refused whole, before anything is written.
  if (n > 0)
    throw new DossierError({
      code: 'validation',
      message: `A customer would have more than ${MAX_TAGS} tags`,
      issues: [{ path: 'action.tag', code: 'tag.tooMany' }],
    });
  stmt(
    db,
    `${AUDIT} SELECT ?, ?, 'customer', c.id, 'update',
       json_object('tags', json_array(json(c.tags), json_insert(c.tags, '$[#]', ?)))
     FROM ${TARGETS} WHERE NOT ${HOLDS}`,
  ).run(now, actor, tag, tag);
  stmt(
    db,
    `INSERT OR IGNORE INTO customer_tags (customer_id, tag) SELECT c.id, ? FROM ${TARGETS} WHERE NOT ${HOLDS}`,
  ).run(tag, tag);
  return stmt(
    db,
    `UPDATE customers AS c SET tags = json_insert(c.tags, '$[#]', ?), ${TOUCH}
     WHERE c.${IN_TARGETS} AND NOT ${HOLDS}`,
  ).run(tag, now, actor, tag).changes;
}

function removeTag(db: Db, tag: string, now: string, actor: string | null): number {
  const without = '(SELECT json_group_array(value) FROM json_each(c.tags) WHERE value <> ?)';
  stmt(
    db,
    `${AUDIT} SELECT ?, ?, 'customer', c.id, 'update', json_object('tags', json_array(json(c.tags), json(${without})))
     FROM ${TARGETS} WHERE ${HOLDS}`,
  ).run(now, actor, tag, tag);
  stmt(db, `DELETE FROM customer_tags WHERE tag = ? AND customer_${IN_TARGETS}`).run(tag);
  return stmt(db, `UPDATE customers AS c SET tags = ${without}, ${TOUCH} WHERE c.${IN_TARGETS} AND ${HOLDS}`).run(
    tag,
    now,
    actor,
    tag,
  ).changes;
}

function setOwner(db: Db, ownerId: string | null, now: string, actor: string | null): number {
  stmt(
    db,
    `${AUDIT} SELECT ?, ?, 'customer', c.id, 'update', json_object('ownerId', json_array(c.owner_id, ?))
     FROM ${TARGETS} WHERE c.owner_id IS NOT ?`,
  ).run(now, actor, ownerId, ownerId);
  return stmt(db, `UPDATE customers SET owner_id = ?, ${TOUCH} WHERE ${IN_TARGETS} AND owner_id IS NOT ?`).run(
    ownerId,
    now,
    actor,
    ownerId,
  ).changes;
}

function toRecycleBin(db: Db, now: string, actor: string | null): number {
  stmt(db, `${AUDIT} SELECT ?, ?, 'customer', c.id, 'delete', json_object('bulk', json('true')) FROM ${TARGETS}`).run(
    now,
    actor,
  );
  return stmt(db, `UPDATE customers SET deleted_at = ?, deleted_by = ? WHERE ${IN_TARGETS}`).run(now, actor).changes;
}

export function bulkChange(db: Db, input: CustomerBulkInput, actor: string | null): BulkResult {
  const { action } = input;
  if (action.kind === 'setOwner' && action.ownerId !== null) assertStaff(db, action.ownerId);
  return db.transaction((): BulkResult => {
    // Read inside the transaction: what is changed is what was matched.
    const matched = fillTargets(db, input.target);
    const now = nowIso();
    try {
      if (action.kind === 'delete') {
        const changed = toRecycleBin(db, now, actor);
        return { matched, changed, deletedAt: changed > 0 ? now : null };
      }
      const changed =
        action.kind === 'setOwner'
          ? setOwner(db, action.ownerId, now, actor)
          : action.kind === 'addTag'
            ? addTag(db, action.tag, now, actor)
            : removeTag(db, action.tag, now, actor);
      return { matched, changed, deletedAt: null };
    } finally {
      stmt(db, 'DELETE FROM temp.bulk_targets').run();
    }
  })();
}

/** Brings back the customers one bulk delete sent to the recycle bin (those still there, deleted at its stamp). */
export function undoBulkDelete(db: Db, deletedAt: string, actor: string | null): { restored: number } {
  return db.transaction(() => {
    const now = nowIso();
    stmt(
      db,
      `${AUDIT} SELECT ?, ?, 'customer', id, 'restore', json_object('bulk', json('true'))
       FROM customers WHERE deleted_at = ?`,
    ).run(now, actor, deletedAt);
    const restored = stmt(
      db,
      `UPDATE customers SET deleted_at = NULL, deleted_by = NULL, ${TOUCH} WHERE deleted_at = ?`,
    ).run(now, actor, deletedAt).changes;
    return { restored };
  })();
}
