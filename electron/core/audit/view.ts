/**
 * The audit view: the log read back a page at a time, newest first, filtered by person, customer, kind of record,
 * kind of change and period. An entry about a record that hangs on a customer (a contact, a call, a purchase…) is
 * that customer's too, so a customer's history holds everything done to their file.
 */
import type { AuditListQuery } from '../../../shared/audit/schemas';
import type { AuditAction, AuditEntry } from '../../../shared/audit/types';
import type { Page } from '../../../shared/records';
import { UUID_PATTERN } from '../../../shared/fields';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

/** Kinds of record that belong to one customer, and the table (with a `customer_id`) each lives in. */
const CUSTOMER_RECORDS: Readonly<Record<string, string>> = {
  contact: 'contacts',
  interaction: 'interactions',
  transaction: 'transactions',
  callback: 'callbacks',
  complaint: 'complaints',
  risk_assessment: 'risk_assessments',
};

/** The customer an entry is about, as an SQL expression over `a`. */
const CUSTOMER_OF = `CASE a.entity WHEN 'customer' THEN a.entity_id WHEN 'cadence' THEN a.entity_id ${Object.entries(
  CUSTOMER_RECORDS,
)
  .map(([entity, table]) => `WHEN '${entity}' THEN (SELECT customer_id FROM ${table} WHERE id = a.entity_id)`)
  .join(' ')} END`;

/** The log's rows about one customer, each kind found through its own index. */
const OF_CUSTOMER = `a.seq IN (
  SELECT seq FROM audit_log WHERE entity IN ('customer', 'cadence') AND entity_id = @customerId
  ${Object.entries(CUSTOMER_RECORDS)
    .map(
      ([entity, table]) =>
        `UNION ALL SELECT seq FROM audit_log WHERE entity = '${entity}' AND entity_id IN (SELECT id FROM ${table} WHERE customer_id = @customerId)`,
    )
    .join('\n  ')})`;

/** The first instant of a local calendar day, as the log's UTC times are written. */
const startOfDay = (date: string, days = 0): string => {
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + days);
  return d.toISOString();
};

interface Row {
  seq: number;
  at: string;
  staffId: string | null;
  staffName: string | null;
  entity: string;
  entityId: string;
  action: AuditAction;
  customerId: string | null;
  customerName: string | null;
  changes: string | null;
}

/**
 * A page of the log; `onlyStaff` (a staff member's own view) keeps to that person's entries about records of their
 * own and unassigned customers (or of none): what they did to a customer since handed to a colleague is not shown.
 */
export function listAudit(db: Db, q: AuditListQuery, onlyStaff: string | null): Page<AuditEntry> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const staffId = onlyStaff ?? q.staffId ?? null;
  if (staffId) {
    where.push('a.staff_id = @staffId');
    params.staffId = staffId;
  }
  if (onlyStaff) {
    where.push(`coalesce((SELECT owner_id FROM customers WHERE id = ${CUSTOMER_OF}), @viewer) = @viewer`);
    params.viewer = onlyStaff;
  }
  if (q.customerId) {
    where.push(OF_CUSTOMER);
    params.customerId = q.customerId;
  }
  if (q.entity) {
    where.push('a.entity = @entity');
    params.entity = q.entity;
  }
  if (q.action) {
    where.push('a.action = @action');
    params.action = q.action;
  }
  if (q.from) {
    where.push('a.at >= @from');
    params.from = startOfDay(q.from);
  }
  if (q.to) {
    where.push('a.at < @to');
    params.to = startOfDay(q.to, 1);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (stmt(db, `SELECT count(*) AS n FROM audit_log a ${whereSql}`).get(params) as { n: number }).n;
  const rows = stmt(
    db,
    `SELECT e.*, c.name AS customerName FROM (
       SELECT a.seq, a.at, a.staff_id AS staffId, s.name AS staffName, a.entity, a.entity_id AS entityId, a.action,
         a.changes, ${CUSTOMER_OF} AS customerId
       FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id ${whereSql}
       ORDER BY a.seq DESC LIMIT @limit OFFSET @offset) e
     LEFT JOIN customers c ON c.id = e.customerId ORDER BY e.seq DESC`,
  ).all({ ...params, limit: q.pageSize, offset: q.page * q.pageSize }) as Row[];
  const entries = rows.map((r) => {
    const changes = r.changes === null ? null : (JSON.parse(r.changes) as unknown);
    return { ...r, changes, ids: idsIn(changes) };
  });
  const names = staffNamesAmong(
    db,
    entries.flatMap((e) => e.ids),
  );
  return {
    total,
    rows: entries.map(({ ids, ...e }) => ({
      ...e,
      staffNames: Object.fromEntries(ids.flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : []))),
    })),
  };
}

/** The ids among an entry's changes: values, before and after, and lists of them. */
function idsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return UUID_PATTERN.test(value) ? [value] : [];
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap((v) => idsIn(v, depth + 1));
}

/** The current names of those ids that are staff members, deactivated ones included. */
function staffNamesAmong(db: Db, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const found = stmt(db, 'SELECT id, name FROM staff WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify([...new Set(ids)]),
  ) as { id: string; name: string }[];
  return new Map(found.map((s) => [s.id, s.name]));
}
