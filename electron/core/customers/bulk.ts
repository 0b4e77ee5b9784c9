/**
 * Changes to many customers at once, from the list: add or remove a tag, hand them to an account manager, send them
 * to the recycle bin (and bring them back). The customers are named by id or by the list's filter, resolved here;
 * each change is one transaction with an audit entry for every customer it changed.
 */
import type { CustomerBulkInput } from '../../../shared/customers/schemas';
import type { BulkResult } from '../../../shared/customers/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { assertStaff } from '../staff/staff';
import { matchingIds } from './list';

/** As many tags as the customer form allows. */
const MAX_TAGS = 50;

interface Target {
  readonly id: string;
  readonly tags: string;
  readonly ownerId: string | null;
}

/** The live customers the bulk change takes, read in blocks of ids (a filter may match tens of thousands). */
function targets(db: Db, target: CustomerBulkInput['target']): Target[] {
  const ids = 'ids' in target ? [...new Set(target.ids)] : matchingIds(db, target.filter);
  const read = stmt(
    db,
    `SELECT id, tags, owner_id AS ownerId FROM customers
     WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  );
  const out: Target[] = [];
  for (let i = 0; i < ids.length; i += 5000)
    out.push(...(read.all(JSON.stringify(ids.slice(i, i + 5000))) as Target[]));
  return out;
}

const TOUCH = 'updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL';

export function bulkChange(db: Db, input: CustomerBulkInput, actor: string | null): BulkResult {
  const { action } = input;
  if (action.kind === 'setOwner' && action.ownerId !== null) assertStaff(db, action.ownerId);
  return db.transaction((): BulkResult => {
    // Read inside the transaction: what is changed is what was matched.
    const customers = targets(db, input.target);
    const now = nowIso();
    let changed = 0;
    if (action.kind === 'delete') {
      const remove = stmt(
        db,
        'UPDATE customers SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL',
      );
      for (const c of customers) {
        remove.run(now, actor, c.id);
        audit(db, { entity: 'customer', entityId: c.id, action: 'delete', staffId: actor, changes: { bulk: true } });
        changed++;
      }
      return { matched: customers.length, changed, deletedAt: changed > 0 ? now : null };
    }
    if (action.kind === 'setOwner') {
      const hand = stmt(db, `UPDATE customers SET owner_id = ?, ${TOUCH}`);
      for (const c of customers) {
        if (c.ownerId === action.ownerId) continue;
        hand.run(action.ownerId, now, actor, c.id);
        const changes = { ownerId: [c.ownerId, action.ownerId] };
        audit(db, { entity: 'customer', entityId: c.id, action: 'update', staffId: actor, changes });
        changed++;
      }
      return { matched: customers.length, changed, deletedAt: null };
    }
    const adding = action.kind === 'addTag';
    const retag = stmt(db, `UPDATE customers SET tags = ?, ${TOUCH}`);
    const link = adding
      ? stmt(db, 'INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)')
      : stmt(db, 'DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?');
    for (const c of customers) {
      const before = JSON.parse(c.tags) as string[];
      const holds = before.includes(action.tag);
      if (holds === adding) continue;
      const after = adding ? [...before, action.tag] : before.filter((tag) => tag !== action.tag);
      // Refused whole, before anything is kept: the transaction rolls back what was already changed.
      if (after.length > MAX_TAGS)
        throw new DossierError({
          code: 'validation',
          message: `A customer would have more than ${MAX_TAGS} tags`,
          issues: [{ path: 'action.tag', code: 'tag.tooMany' }],
        });
      retag.run(JSON.stringify(after), now, actor, c.id);
      link.run(c.id, action.tag);
      audit(db, {
        entity: 'customer',
        entityId: c.id,
        action: 'update',
        staffId: actor,
        changes: { tags: [before, after] },
      });
      changed++;
    }
    return { matched: customers.length, changed, deletedAt: null };
  })();
}

/** Brings back the customers one bulk delete sent to the recycle bin (those still there, deleted at its stamp). */
export function undoBulkDelete(db: Db, deletedAt: string, actor: string | null): { restored: number } {
  return db.transaction(() => {
    const ids = (stmt(db, 'SELECT id FROM customers WHERE deleted_at = ?').all(deletedAt) as { id: string }[]).map(
      (row) => row.id,
    );
    const restore = stmt(
      db,
      'UPDATE customers SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?',
    );
    const now = nowIso();
    for (const id of ids) {
      restore.run(now, actor, id);
      audit(db, { entity: 'customer', entityId: id, action: 'restore', staffId: actor, changes: { bulk: true } });
    }
    return { restored: ids.length };
  })();
}
