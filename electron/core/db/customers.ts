import type {
  Customer,
  CustomerRow,
  DuplicateCandidate,
  DuplicateReason,
  Page,
  SearchHit,
} from '../../../shared/domain';
import { DossierError } from '../../../shared/result';
import type { CustomerValues } from '../../../shared/schemas';
import type { z } from 'zod';
import type { customerListQuery } from '../../../shared/schemas';
import { phoneDigits } from '../../../shared/rules/index';
import { nowIso, uuidv7 } from '../ids';
import { nameKeys, parseSearchTerm, searchText, type SearchTerm } from '../search/keys';
import { audit, diff } from './audit';
import type { Db } from './open';
import { ftsPhrase, likeLiteral, stmt } from './sql';

type ListQuery = z.output<typeof customerListQuery>;

const ROW_COLUMNS = `c.id, c.kind, c.name, c.mobile, c.phone, c.employer, c.region, s.name AS ownerName,
  c.tags, c.updated_at AS updatedAt`;

const FULL_COLUMNS = `c.id, c.kind, c.name, c.gender, c.birth_date AS birthDate, c.mobile, c.phone, c.email,
  c.address, c.region, c.employer, c.position, c.nationality, c.marital_status AS maritalStatus, c.source,
  c.id_number AS idNumber, c.industry, c.headcount, c.owner_id AS ownerId, s.name AS ownerName, c.notes, c.tags,
  c.custom_fields AS customFields, c.created_at AS createdAt, c.created_by AS createdBy, c.updated_at AS updatedAt, c.updated_by AS updatedBy,
  c.deleted_at AS deletedAt`;

type Stored<T> = Omit<T, 'tags' | 'customFields'> & { tags: string; customFields?: string };
const withTags = <T extends { tags: readonly string[] }>(row: Stored<T>): T =>
  (row.customFields === undefined
    ? { ...row, tags: JSON.parse(row.tags) as string[] }
    : {
        ...row,
        tags: JSON.parse(row.tags) as string[],
        customFields: JSON.parse(row.customFields) as Record<string, string>,
      }) as unknown as T;

/** Where a search term matches a customer, as SQL over `c` with its parameters. */
function termFilter(term: SearchTerm): { sql: string; params: unknown[] } | null {
  if (term.kind === 'empty') return null;
  // Trigram needs three characters; shorter input looks up whole tokens in the short index.
  if (term.value.length >= 3)
    return {
      sql: 'c.rowid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)',
      params: [ftsPhrase(term.value)],
    };
  if (term.kind === 'digits') return { sql: 'instr(c.mobile, ?) > 0', params: [term.value] };
  // One or two characters: whole-token lookups in the short index (CJK characters and pairs), or a prefix of
  // a name word, the full pinyin or the initials.
  const cjk = /[\u3400-\u9fff\uf900-\ufaff]/.test(term.value);
  return {
    sql: 'c.rowid IN (SELECT rowid FROM customers_short WHERE customers_short MATCH ?)',
    params: [cjk ? ftsPhrase(term.value) : `${ftsPhrase(term.value)}*`],
  };
}

const SORT_SQL: Record<ListQuery['sort'], (dir: string) => string> = {
  name: (d) => `c.name_pinyin ${d}, c.name ${d}`,
  createdAt: (d) => `c.created_at ${d}`,
  updatedAt: (d) => `c.updated_at ${d}`,
  region: (d) => `c.region ${d}, c.name_pinyin ${d}`,
  owner: (d) => `s.name IS NULL, s.name ${d}, c.name_pinyin`,
};

export type CustomerFilter = Pick<ListQuery, 'query' | 'kind' | 'ownerId' | 'region' | 'tag'>;

/** The list's filters as SQL over `c`; the same for a page, a count and an export. */
function filterSql(q: CustomerFilter): { sql: string; params: unknown[] } {
  const where = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const match = termFilter(parseSearchTerm(q.query));
  if (match) {
    where.push(match.sql);
    params.push(...match.params);
  }
  if (q.kind) {
    where.push('c.kind = ?');
    params.push(q.kind);
  }
  if (q.ownerId) {
    where.push('c.owner_id = ?');
    params.push(q.ownerId);
  }
  if (q.region) {
    where.push('c.region = ?');
    params.push(q.region);
  }
  if (q.tag) {
    where.push('c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)');
    params.push(q.tag);
  }
  return { sql: where.join(' AND '), params };
}

export function listCustomers(db: Db, q: ListQuery): Page<CustomerRow> {
  const where = filterSql(q);
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `SELECT ${ROW_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
     WHERE ${where.sql} ORDER BY ${SORT_SQL[q.sort](dir)}, c.id LIMIT ? OFFSET ?`,
  ).all(...where.params, q.pageSize, q.page * q.pageSize) as Stored<CustomerRow>[];
  const { total } = stmt(db, `SELECT count(*) AS total FROM customers c WHERE ${where.sql}`).get(...where.params) as {
    total: number;
  };
  return { rows: rows.map((r) => withTags<CustomerRow>(r)), total };
}

/** Every customer the filter matches, whole, in name order: for exports. */
export function* iterateCustomers(db: Db, q: CustomerFilter): Generator<Customer> {
  const where = filterSql(q);
  const rows = stmt(
    db,
    `SELECT ${FULL_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
     WHERE ${where.sql} ORDER BY c.name_pinyin, c.name, c.id`,
  ).iterate(...where.params) as IterableIterator<Stored<Customer>>;
  for (const row of rows) yield withTags<Customer>(row);
}

/** The search box: best matches first (exact name, then name or pinyin prefix, then anywhere). */
export function searchCustomers(db: Db, query: string, limit: number): SearchHit[] {
  const term = parseSearchTerm(query);
  const match = termFilter(term);
  if (!match) return [];
  const value = term.kind === 'empty' ? '' : term.value;
  const prefix = `${likeLiteral(value)}%`;
  const rows = stmt(
    db,
    `SELECT ${ROW_COLUMNS}, c.name_pinyin AS namePinyin, c.name_initials AS nameInitials, c.id_number AS idNumber,
       c.email AS email
     FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
     WHERE c.deleted_at IS NULL AND ${match.sql}
     ORDER BY CASE
       WHEN lower(c.name) = ? OR c.mobile = ? OR c.id_number = upper(?) THEN 0
       WHEN c.name LIKE ? ESCAPE '\\' OR c.name_initials = ? OR c.name_pinyin = ? THEN 1
       WHEN c.name_initials LIKE ? ESCAPE '\\' OR c.name_pinyin LIKE ? ESCAPE '\\' THEN 2
       ELSE 3 END, length(c.name), c.name_pinyin, c.id
     LIMIT ?`,
  ).all(...match.params, value, value, value, prefix, value, value, prefix, prefix, limit) as (Stored<CustomerRow> & {
    namePinyin: string;
    nameInitials: string;
    idNumber: string | null;
    email: string | null;
  })[];
  return rows.map(({ namePinyin, nameInitials, idNumber, email, ...row }) => ({
    ...withTags<CustomerRow>(row),
    matched: whyMatched(term, { ...row, namePinyin, nameInitials, idNumber, email }),
  }));
}

function whyMatched(
  term: SearchTerm,
  c: {
    name: string;
    namePinyin: string;
    nameInitials: string;
    mobile: string | null;
    phone: string | null;
    idNumber: string | null;
    employer: string | null;
    email: string | null;
  },
): SearchHit['matched'] {
  if (term.kind === 'empty') return 'other';
  const v = term.value;
  if (term.kind === 'digits') {
    if ((c.mobile ?? '').includes(v) || phoneDigits(c.phone ?? '').includes(v)) return 'phone';
    if ((c.idNumber ?? '').includes(v)) return 'idNumber';
    return 'other';
  }
  if (c.name.toLowerCase().includes(v)) return 'name';
  if (c.nameInitials.includes(v) || c.namePinyin.includes(v)) return 'pinyin';
  if ((c.idNumber ?? '').toLowerCase().includes(v)) return 'idNumber';
  if ((c.employer ?? '').toLowerCase().includes(v)) return 'employer';
  if ((c.email ?? '').includes(v)) return 'email';
  return 'other';
}

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

function writeValues(v: CustomerValues): unknown[] {
  const keys = nameKeys(v.name);
  const text = searchText({ ...v, extra: Object.values(v.customFields) }, keys);
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

function replaceTags(db: Db, customerId: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
  const insert = stmt(db, 'INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(customerId, tag);
}

/** Inserts one customer row with its tags; no audit (callers record it, an import as one batch). */
export function insertCustomerRow(db: Db, id: string, values: CustomerValues, actor: string | null, now: string): void {
  stmt(
    db,
    `INSERT INTO customers (id, ${WRITE_COLUMNS.join(', ')}, created_at, created_by, updated_at, updated_by)
     VALUES (?, ${WRITE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
  ).run(id, ...writeValues(values), now, actor, now, actor);
  replaceTags(db, id, values.tags);
}

/** Rewrites every stored field of a live customer with its tags; no audit. */
export function updateCustomerRow(db: Db, id: string, values: CustomerValues, actor: string | null, now: string): void {
  stmt(
    db,
    `UPDATE customers SET ${WRITE_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ?, updated_by = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(...writeValues(values), now, actor, id);
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
  const rows = stmt(
    db,
    `SELECT ${ROW_COLUMNS}, c.deleted_at AS deletedAt FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
     WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC LIMIT ? OFFSET ?`,
  ).all(pageSize, page * pageSize) as Stored<CustomerRow & { deletedAt: string }>[];
  const { total } = stmt(db, 'SELECT count(*) AS total FROM customers WHERE deleted_at IS NOT NULL').get() as {
    total: number;
  };
  return { rows: rows.map((r) => withTags<CustomerRow & { deletedAt: string }>(r)), total };
}

/** Likely duplicates of a customer about to be saved: same mobile, same ID, or same name at the same employer. */
export function findDuplicates(
  db: Db,
  v: Pick<CustomerValues, 'name' | 'mobile' | 'idNumber' | 'employer'>,
  excludeId: string | null,
): DuplicateCandidate[] {
  const rows = stmt(
    db,
    `SELECT id, name, mobile, employer, id_number AS idNumber FROM customers
     WHERE deleted_at IS NULL AND id IS NOT ?
       AND (mobile = ? OR id_number = ? OR (name = ? AND employer = ?))
     LIMIT 20`,
  ).all(excludeId, v.mobile, v.idNumber, v.name, v.employer) as {
    id: string;
    name: string;
    mobile: string | null;
    employer: string | null;
    idNumber: string | null;
  }[];
  return rows.map((r) => {
    const reasons: DuplicateReason[] = [];
    if (v.mobile && r.mobile === v.mobile) reasons.push('mobile');
    if (v.idNumber && r.idNumber === v.idNumber) reasons.push('idNumber');
    if (v.employer && r.name === v.name && r.employer === v.employer) reasons.push('nameEmployer');
    return { id: r.id, name: r.name, mobile: r.mobile, employer: r.employer, reasons };
  });
}

export function facetValues(db: Db): { tags: string[]; regions: string[] } {
  const tags = (
    stmt(db, 'SELECT DISTINCT tag FROM customer_tags ORDER BY tag LIMIT 500').all() as { tag: string }[]
  ).map((r) => r.tag);
  const regions = (
    stmt(
      db,
      'SELECT DISTINCT region FROM customers WHERE deleted_at IS NULL AND region IS NOT NULL ORDER BY region LIMIT 500',
    ).all() as { region: string }[]
  ).map((r) => r.region);
  return { tags, regions };
}
