import type { Interaction } from '../../../shared/interactions/types';
import type { Page } from '../../../shared/records';
import { DossierError } from '../../../shared/result';
import type { interactionInput } from '../../../shared/interactions/schemas';
import type { z } from 'zod';
import { nowIso, uuidv7 } from '../ids';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

const COLUMNS = `i.id, i.customer_id AS customerId, i.kind, i.occurred_at AS occurredAt, i.staff_id AS staffId,
  s.name AS staffName, i.summary, i.outcome, i.created_at AS createdAt, i.created_by AS createdBy,
  i.updated_at AS updatedAt, i.updated_by AS updatedBy`;

export function listInteractions(db: Db, customerId: string, offset: number, limit: number): Page<Interaction> {
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id
     WHERE i.customer_id = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ? OFFSET ?`,
  ).all(customerId, limit, offset) as Interaction[];
  const { total } = stmt(
    db,
    'SELECT count(*) AS total FROM interactions WHERE customer_id = ? AND deleted_at IS NULL',
  ).get(customerId) as { total: number };
  return { rows, total };
}

function getInteraction(db: Db, id: string): Interaction {
  const row = stmt(
    db,
    `SELECT ${COLUMNS} FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id WHERE i.id = ? AND i.deleted_at IS NULL`,
  ).get(id) as Interaction | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No interaction with id ${id}`, details: { id } });
  return row;
}

export function createInteraction(db: Db, input: z.output<typeof interactionInput>, actor: string | null): Interaction {
  const id = uuidv7();
  const now = nowIso();
  const occurredAt = new Date(input.occurredAt).toISOString();
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO interactions (id, customer_id, kind, occurred_at, staff_id, summary, outcome, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.customerId,
      input.kind,
      occurredAt,
      input.staffId ?? actor,
      input.summary,
      input.outcome,
      now,
      actor,
      now,
      actor,
    );
    // Logging contact counts as touching the dossier.
    stmt(db, 'UPDATE customers SET updated_at = ? WHERE id = ?').run(now, input.customerId);
    audit(db, { entity: 'interaction', entityId: id, action: 'create', staffId: actor, changes: input });
  })();
  return getInteraction(db, id);
}

export function deleteInteraction(db: Db, id: string, actor: string | null): void {
  getInteraction(db, id);
  db.transaction(() => {
    stmt(db, 'UPDATE interactions SET deleted_at = ? WHERE id = ?').run(nowIso(), id);
    audit(db, { entity: 'interaction', entityId: id, action: 'delete', staffId: actor });
  })();
}
