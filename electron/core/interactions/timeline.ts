import type { Interaction } from '../../../shared/interactions/types';
import type { Page } from '../../../shared/records';
import { DossierError } from '../../../shared/result';
import type { interactionInput, interactionUpdateInput } from '../../../shared/interactions/schemas';
import type { z } from 'zod';
import { nowIso, uuidv7 } from '../ids';
import { audit, diff } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

const COLUMNS = `i.id, i.customer_id AS customerId, i.kind, i.occurred_at AS occurredAt, i.staff_id AS staffId,
  s.name AS staffName, i.summary, i.outcome, i.created_at AS createdAt, i.created_by AS createdBy,
  i.updated_at AS updatedAt, i.updated_by AS updatedBy,
  EXISTS (SELECT 1 FROM callback_attempts a WHERE a.interaction_id = i.id) AS fromCall`;

type InteractionRow = Omit<Interaction, 'fromCall'> & { readonly fromCall: 0 | 1 };
const fromRow = (row: InteractionRow): Interaction => ({ ...row, fromCall: row.fromCall === 1 });

export function listInteractions(db: Db, customerId: string, offset: number, limit: number): Page<Interaction> {
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id
     WHERE i.customer_id = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC LIMIT ? OFFSET ?`,
  ).all(customerId, limit, offset) as InteractionRow[];
  const { total } = stmt(
    db,
    'SELECT count(*) AS total FROM interactions WHERE customer_id = ? AND deleted_at IS NULL',
  ).get(customerId) as { total: number };
  return { rows: rows.map(fromRow), total };
}

function getInteraction(db: Db, id: string, deleted = false): Interaction {
  const row = stmt(
    db,
    `SELECT ${COLUMNS} FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id
     WHERE i.id = ? AND (i.deleted_at IS NOT NULL) = ?`,
  ).get(id, deleted ? 1 : 0) as InteractionRow | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No interaction with id ${id}`, details: { id } });
  return fromRow(row);
}

/** What a correction may not do to an entry a logged call wrote: the attempt it records keeps its type and time. */
function fromCallConflict(field: 'kind' | 'occurredAt' | 'id'): DossierError {
  return new DossierError({
    code: 'conflict',
    message: 'This entry records a logged call-back; only its text can be corrected',
    issues: [{ path: field, code: 'interaction.fromCallLocked' }],
  });
}

/** A complaint is logged as a complaint record, which writes its own timeline lines; a bare entry is refused. */
function complaintIsRecord(): DossierError {
  return new DossierError({
    code: 'validation',
    message: 'kind: a complaint is logged with "Log complaint" so it gets an owner and a due date',
    issues: [{ path: 'kind', code: 'interaction.complaintIsRecord' }],
  });
}

export function createInteraction(db: Db, input: z.output<typeof interactionInput>, actor: string | null): Interaction {
  if (input.kind === 'complaint') throw complaintIsRecord();
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

/** Corrects an entry's type, time and text; an entry written by a logged call keeps its type and time. */
export function updateInteraction(
  db: Db,
  input: z.output<typeof interactionUpdateInput>,
  actor: string | null,
): Interaction {
  db.transaction(() => {
    const before = getInteraction(db, input.id);
    const occurredAt = new Date(input.occurredAt).toISOString();
    if (input.kind === 'complaint' && before.kind !== 'complaint') throw complaintIsRecord();
    if (before.fromCall) {
      if (input.kind !== before.kind) throw fromCallConflict('kind');
      if (occurredAt !== new Date(before.occurredAt).toISOString()) throw fromCallConflict('occurredAt');
    }
    const after = { kind: input.kind, occurredAt, summary: input.summary, outcome: input.outcome };
    const changes = diff(
      {
        kind: before.kind,
        occurredAt: new Date(before.occurredAt).toISOString(),
        summary: before.summary,
        outcome: before.outcome,
      },
      after,
    );
    if (Object.keys(changes).length === 0) return;
    stmt(
      db,
      'UPDATE interactions SET kind = ?, occurred_at = ?, summary = ?, outcome = ?, updated_at = ?, updated_by = ? WHERE id = ?',
    ).run(after.kind, after.occurredAt, after.summary, after.outcome, nowIso(), actor, input.id);
    audit(db, { entity: 'interaction', entityId: input.id, action: 'update', staffId: actor, changes });
  })();
  return getInteraction(db, input.id);
}

/** Takes an entry off the timeline (kept, so restoreInteraction can put it back); not one a logged call wrote. */
export function deleteInteraction(db: Db, id: string, actor: string | null): void {
  db.transaction(() => {
    const entry = getInteraction(db, id);
    if (entry.fromCall) throw fromCallConflict('id');
    stmt(db, 'UPDATE interactions SET deleted_at = ? WHERE id = ?').run(nowIso(), id);
    const { kind, occurredAt, summary, outcome } = entry;
    audit(db, {
      entity: 'interaction',
      entityId: id,
      action: 'delete',
      staffId: actor,
      changes: { kind, occurredAt, summary, outcome },
    });
  })();
}

export function restoreInteraction(db: Db, id: string, actor: string | null): Interaction {
  db.transaction(() => {
    getInteraction(db, id, true);
    stmt(db, 'UPDATE interactions SET deleted_at = NULL WHERE id = ?').run(id);
    audit(db, { entity: 'interaction', entityId: id, action: 'restore', staffId: actor });
  })();
  return getInteraction(db, id);
}
