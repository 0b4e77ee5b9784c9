import type { Contact } from '../../../shared/contacts/types';
import { DossierError } from '../../../shared/result';
import type { contactInput } from '../../../shared/contacts/schemas';
import type { z } from 'zod';
import { nowIso, uuidv7 } from '../ids';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { reindexContacts } from '../search/contacts';

const COLUMNS = `id, customer_id AS customerId, name, title, role, mobile, email, notes, created_at AS createdAt,
  created_by AS createdBy, updated_at AS updatedAt, updated_by AS updatedBy`;

export function listContacts(db: Db, customerId: string): Contact[] {
  return stmt(
    db,
    `SELECT ${COLUMNS} FROM contacts WHERE customer_id = ? AND deleted_at IS NULL ORDER BY
     CASE role WHEN 'decision_maker' THEN 0 WHEN 'delegated_decision_maker' THEN 1 WHEN 'influencer' THEN 2 ELSE 3 END, name`,
  ).all(customerId) as Contact[];
}

function getContact(db: Db, id: string): Contact {
  const row = stmt(db, `SELECT ${COLUMNS} FROM contacts WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Contact | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No contact with id ${id}`, details: { id } });
  return row;
}

export function saveContact(db: Db, input: z.output<typeof contactInput>, actor: string | null): Contact {
  const now = nowIso();
  const id = input.id ?? uuidv7();
  db.transaction(() => {
    if (input.id) {
      const before = getContact(db, input.id);
      if (before.customerId !== input.customerId)
        throw new DossierError({ code: 'conflict', message: 'Contact belongs to another customer' });
      stmt(
        db,
        `UPDATE contacts SET name = ?, title = ?, role = ?, mobile = ?, email = ?, notes = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
      ).run(input.name, input.title, input.role, input.mobile, input.email, input.notes, now, actor, id);
    } else {
      stmt(
        db,
        `INSERT INTO contacts (id, customer_id, name, title, role, mobile, email, notes, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        input.customerId,
        input.name,
        input.title,
        input.role,
        input.mobile,
        input.email,
        input.notes,
        now,
        actor,
        now,
        actor,
      );
    }
    audit(db, {
      entity: 'contact',
      entityId: id,
      action: input.id ? 'update' : 'create',
      staffId: actor,
      changes: input,
    });
    // The company is found by its contacts' names and mobiles.
    reindexContacts(db, input.customerId);
  })();
  return getContact(db, id);
}

export function deleteContact(db: Db, id: string, actor: string | null): void {
  const { customerId } = getContact(db, id);
  db.transaction(() => {
    stmt(db, 'UPDATE contacts SET deleted_at = ? WHERE id = ?').run(nowIso(), id);
    audit(db, { entity: 'contact', entityId: id, action: 'delete', staffId: actor });
    reindexContacts(db, customerId);
  })();
}
