import type { Customer, CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import { DossierError } from '../../../shared/result';
import type { CustomerValues } from '../../../shared/customers/schemas';
import { nowIso, uuidv7 } from '../ids';
import { contactSearchLines } from '../search/contacts';
import { nameKeys, searchText } from '../search/keys';
import { audit, diff } from '../audit/log';
import { scopeCondition } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { ROW_COLUMNS, FULL_COLUMNS, withTags, type Stored } from './columns';

export function getCustomer(db: Db, id: string, includeDeleted = false): Customer {
  const row = stmt(
    db,
    `SELECT ${FULL_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id WHERE c.id = ?`,
  ).get(id) as Stored<Customer> | undefined;
  if (!row || (row.deletedAt && !includeDeleted))
    throw new DossierError({ code: 'not_found', message: `No customer with id ${id}`, details: { id } });
  return withTags<Customer>(row);
}

const WRITE_COLUMNS = [
  'kind',
  'name',
  'gender',
  'birth_date',
  'mobile',
  'phone',
  'email',
  'address',
  'region',
  'employer',
  'position',
  'nationality',
  'marital_status',
  'source',
  'id_type',
  'id_number',
  'industry',
  'headcount',
  'owner_id',
  'notes',
  'tags',
  'name_pinyin',
  'name_initials',
  'search_text',
  'custom_fields',
] as const;

/** `contacts`: the search text lines of the customer's contacts (search/contacts.ts), none for a new customer. */
function writeValues(v: CustomerValues, contacts: readonly string[] = []): unknown[] {
  const keys = nameKeys(v.name);
  const text = searchText({ ...v, extra: [...Object.values(v.customFields), ...contacts] }, keys);
  return [
    v.kind,
    v.name,
    v.gender,
    v.birthDate,
    v.mobile,
    v.phone,
    v.email,
    v.address,
    v.region,
    v.employer,
    v.position,
    v.nationality,
    v.maritalStatus,
    v.source,
    v.idType,
    v.idNumber,
    v.industry,
    v.headcount,
    v.ownerId,
    v.notes,
    JSON.stringify(v.tags),
    keys.full,
    keys.initials,
    text,
    JSON.stringify(v.customFields),
  ];
}

const INSERT_TAG = 'INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)';

function insertTags(db: Db, customerId: string, tags: readonly string[]): void {
  if (tags.length === 0) return;
  const insert = stmt(db, INSERT_TAG);
  for (const tag of tags) insert.run(customerId, tag);
}

function replaceTags(db: Db, customerId: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
  insertTags(db, customerId, tags);
}

// Built once: an import writes it for every row.
const INSERT_CUSTOMER = `INSERT INTO customers (id, ${WRITE_COLUMNS.join(', ')}, created_at, created_by, updated_at, updated_by)
     VALUES (?, ${WRITE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?)`;

/** Inserts one customer row with its tags (a new id has none to remove); no audit (callers record it, an import as one batch). */
export function insertCustomerRow(db: Db, id: string, values: CustomerValues, actor: string | null, now: string): void {
  stmt(db, INSERT_CUSTOMER).run(id, ...writeValues(values), now, actor, now, actor);
  insertTags(db, id, values.tags);
}

const STORED_WRITE_COLUMNS = `SELECT ${WRITE_COLUMNS.join(', ')} FROM customers WHERE id = ? AND deleted_at IS NULL`;

/**
 * Rewrites every stored field of a live customer with its tags; no audit. Only the columns whose value changes are
 * set: SQLite rewrites the entries of every index on a column that is set, changed or not, so an import or an undo
 * setting all of them rewrote eight indexes per customer, and as each slice of an import commits, every slice wrote
 * those indexes' pages out again (an overwrite re-import of 99k customers: 238k pages of log for 71k distinct pages,
 * BENCHMARKS.md). A search trigger fires only when a column it reads changes; where none did, it would have indexed
 * the same text again.
 */
export function updateCustomerRow(db: Db, id: string, values: CustomerValues, actor: string | null, now: string): void {
  const next = writeValues(values, contactSearchLines(db, id));
  const stored = stmt(db, STORED_WRITE_COLUMNS).raw(true).get(id) as unknown[] | undefined;
  // Not live: the update below changes nothing, as the full one would not.
  const changed = stored ? WRITE_COLUMNS.flatMap((_, i) => (stored[i] === next[i] ? [] : [i])) : [];
  const set = changed.map((i) => `${WRITE_COLUMNS[i]} = ?, `).join('');
  // One statement per set of changed columns (an import meets a few), cached as any other.
  stmt(db, `UPDATE customers SET ${set}updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL`).run(
    ...changed.map((i) => next[i]),
    now,
    actor,
    id,
  );
  replaceTags(db, id, values.tags);
}

export function createCustomer(db: Db, values: CustomerValues, actor: string | null): Customer {
  const id = uuidv7();
  db.transaction(() => {
    insertCustomerRow(db, id, values, actor, nowIso());
    audit(db, { entity: 'customer', entityId: id, action: 'create', staffId: actor, changes: values });
  })();
  return getCustomer(db, id);
}

export function updateCustomer(db: Db, id: string, values: CustomerValues, actor: string | null): Customer {
  const before = getCustomer(db, id);
  db.transaction(() => {
    updateCustomerRow(db, id, values, actor, nowIso());
    const changes = diff(before as unknown as Record<string, unknown>, values);
    audit(db, { entity: 'customer', entityId: id, action: 'update', staffId: actor, changes });
  })();
  return getCustomer(db, id);
}

export function deleteCustomer(db: Db, id: string, actor: string | null): { deletedAt: string } {
  getCustomer(db, id);
  const deletedAt = nowIso();
  db.transaction(() => {
    stmt(db, 'UPDATE customers SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(deletedAt, actor, id);
    audit(db, { entity: 'customer', entityId: id, action: 'delete', staffId: actor });
  })();
  return { deletedAt };
}

export function restoreCustomer(db: Db, id: string, actor: string | null): Customer {
  const c = getCustomer(db, id, true);
  if (c.deletedAt)
    db.transaction(() => {
      stmt(
        db,
        'UPDATE customers SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?',
      ).run(nowIso(), actor, id);
      audit(db, { entity: 'customer', entityId: id, action: 'restore', staffId: actor });
    })();
  return getCustomer(db, id);
}

export function listTrash(db: Db, page: number, pageSize: number): Page<CustomerRow & { deletedAt: string }> {
  // Staff (sign-in on): their own and unassigned customers' only, as everywhere (auth/scope.ts).
  const scope = scopeCondition();
  const rows = stmt(
    db,
    `SELECT ${ROW_COLUMNS}, c.deleted_at AS deletedAt FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
     WHERE c.deleted_at IS NOT NULL AND ${scope.sql} ORDER BY c.deleted_at DESC LIMIT ? OFFSET ?`,
  ).all(...scope.params, pageSize, page * pageSize) as Stored<CustomerRow & { deletedAt: string }>[];
  const { total } = stmt(
    db,
    `SELECT count(*) AS total FROM customers c WHERE c.deleted_at IS NOT NULL AND ${scope.sql}`,
  ).get(...scope.params) as { total: number };
  return { rows: rows.map((r) => withTags<CustomerRow & { deletedAt: string }>(r)), total };
}
