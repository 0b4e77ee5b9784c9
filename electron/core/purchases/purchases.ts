/**
 * A customer's purchases. They are stored in the `transactions` table and named `transaction` in the audit log
 * and import batches (and `transactions` as an import target): names files and scripts already hold.
 */
import type { Purchase } from '../../../shared/purchases/types';
import type { Stamps } from '../../../shared/records';
import { DossierError } from '../../../shared/result';
import type { purchaseInput } from '../../../shared/purchases/schemas';
import type { z } from 'zod';
import { nowIso, uuidv7 } from '../ids';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

const COLUMNS = `id, customer_id AS customerId, occurred_on AS occurredOn, matures_on AS maturesOn, product, amount_cents AS amountCents,
  profit_cents AS profitCents, channel, notes, created_at AS createdAt, created_by AS createdBy,
  updated_at AS updatedAt, updated_by AS updatedBy`;

export function listPurchases(db: Db, customerId: string): Purchase[] {
  return stmt(
    db,
    `SELECT ${COLUMNS} FROM transactions WHERE customer_id = ? AND deleted_at IS NULL ORDER BY occurred_on DESC, id DESC LIMIT 500`,
  ).all(customerId) as Purchase[];
}

function getPurchase(db: Db, id: string): Purchase {
  const row = stmt(db, `SELECT ${COLUMNS} FROM transactions WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Purchase | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No transaction with id ${id}`, details: { id } });
  return row;
}

/** What a purchase row holds besides its id and stamps. */
type PurchaseValues = Omit<Purchase, 'id' | keyof Stamps>;

const INSERT_TRANSACTION = `INSERT INTO transactions (id, customer_id, occurred_on, matures_on, product, amount_cents,
  profit_cents, channel, notes, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Inserts one purchase row; no audit (callers record it, an import as one batch). */
export function insertPurchaseRow(db: Db, id: string, v: PurchaseValues, actor: string | null, now: string): void {
  stmt(db, INSERT_TRANSACTION).run(
    id,
    v.customerId,
    v.occurredOn,
    v.maturesOn,
    v.product,
    v.amountCents,
    v.profitCents,
    v.channel,
    v.notes,
    now,
    actor,
    now,
    actor,
  );
}

export function savePurchase(db: Db, input: z.output<typeof purchaseInput>, actor: string | null): Purchase {
  const now = nowIso();
  const id = input.id ?? uuidv7();
  db.transaction(() => {
    if (input.id) {
      getPurchase(db, input.id);
      stmt(
        db,
        `UPDATE transactions SET occurred_on = ?, matures_on = ?, product = ?, amount_cents = ?, profit_cents = ?, channel = ?, notes = ?,
           updated_at = ?, updated_by = ? WHERE id = ?`,
      ).run(
        input.occurredOn,
        input.maturesOn,
        input.product,
        input.amountCents,
        input.profitCents,
        input.channel,
        input.notes,
        now,
        actor,
        id,
      );
    } else insertPurchaseRow(db, id, input, actor, now);
    audit(db, {
      entity: 'transaction',
      entityId: id,
      action: input.id ? 'update' : 'create',
      staffId: actor,
      changes: input,
    });
  })();
  return getPurchase(db, id);
}

export function deletePurchase(db: Db, id: string, actor: string | null): void {
  getPurchase(db, id);
  db.transaction(() => {
    stmt(db, 'UPDATE transactions SET deleted_at = ? WHERE id = ?').run(nowIso(), id);
    audit(db, { entity: 'transaction', entityId: id, action: 'delete', staffId: actor });
  })();
}
