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

const COLUMNS = `t.id, t.customer_id AS customerId, t.occurred_on AS occurredOn, t.matures_on AS maturesOn, t.product,
  t.amount_cents AS amountCents, t.profit_cents AS profitCents, t.channel, t.notes, t.product_id AS productId,
  p.risk_rating AS riskRating, t.risk_override AS riskOverride, t.created_at AS createdAt, t.created_by AS createdBy,
  t.updated_at AS updatedAt, t.updated_by AS updatedBy`;
const FROM = 'transactions t LEFT JOIN products p ON p.id = t.product_id';

export function listPurchases(db: Db, customerId: string): Purchase[] {
  return stmt(
    db,
    `SELECT ${COLUMNS} FROM ${FROM} WHERE t.customer_id = ? AND t.deleted_at IS NULL ORDER BY t.occurred_on DESC, t.id DESC LIMIT 500`,
  ).all(customerId) as Purchase[];
}

export function getPurchase(db: Db, id: string): Purchase {
  const row = stmt(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as
    Purchase | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No transaction with id ${id}`, details: { id } });
  return row;
}

/** What a purchase row holds besides its id and stamps (the rating is the product's). */
type PurchaseValues = Omit<Purchase, 'id' | keyof Stamps | 'productId' | 'riskRating' | 'riskOverride'> & {
  readonly productId?: string | null;
  readonly riskOverride?: string | null;
};

const INSERT_TRANSACTION = `INSERT INTO transactions (id, customer_id, occurred_on, matures_on, product, amount_cents,
  profit_cents, channel, notes, product_id, risk_override, created_at, created_by, updated_at, updated_by)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

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
    v.productId ?? null,
    v.riskOverride ?? null,
    now,
    actor,
    now,
    actor,
  );
}

/** The form's input; the product and the override reason are optional for callers that set neither. */
type PurchaseSave = Omit<z.output<typeof purchaseInput>, 'productId' | 'riskOverride'> & {
  readonly productId?: string | null;
  readonly riskOverride?: string | null;
};

/**
 * Writes the purchase as given: `productId` and `riskOverride` are what the risk check settled on (see
 * risk/matching.ts, which purchases.save runs first).
 */
export function savePurchase(db: Db, input: PurchaseSave, actor: string | null): Purchase {
  const now = nowIso();
  const id = input.id ?? uuidv7();
  db.transaction(() => {
    if (input.id) {
      getPurchase(db, input.id);
      stmt(
        db,
        `UPDATE transactions SET occurred_on = ?, matures_on = ?, product = ?, amount_cents = ?, profit_cents = ?, channel = ?, notes = ?,
           product_id = ?, risk_override = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
      ).run(
        input.occurredOn,
        input.maturesOn,
        input.product,
        input.amountCents,
        input.profitCents,
        input.channel,
        input.notes,
        input.productId ?? null,
        input.riskOverride ?? null,
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
