/**
 * What a staff member (sign-in on, role staff) may see: their own customers and unassigned ones. The customer
 * list, its counts, exports and bulk changes (all through customers/list.ts's filters), the search box, the
 * call-back queue and the complaints list, the reports' figures (call-backs, complaints, segments, reminders), and
 * the reads and writes of one customer go through here.
 */
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { sql, sqlText, stmt, type SqlQuery } from '../db/sql';
import { customerScope } from './acting';

/** The condition over `c` (customers) that keeps to the caller's customers; `1` for everyone's. */
export function scopeCondition(): { sql: string; params: unknown[] } {
  const staffId = customerScope();
  return staffId === null
    ? { sql: '1', params: [] }
    : { sql: '(c.owner_id = ? OR c.owner_id IS NULL)', params: [staffId] };
}

/**
 * The condition over a list of records hanging on customers (call-backs, complaints) that keeps to the caller's:
 * records of their own and unassigned customers, and records assigned to them (`assigneeColumn`). Null for everyone's.
 */
export function recordScope(customerColumn: string, assigneeColumn: string): SqlQuery | null {
  const staffId = customerScope();
  if (staffId === null) return null;
  return sql`(${sqlText(assigneeColumn)} = ${staffId} OR ${sqlText(customerColumn)} IN
    (SELECT id FROM customers WHERE owner_id IS NULL OR owner_id = ${staffId}))`;
}

/** Refuses a customer outside the caller's scope as not found (it does not say that it exists). */
export function assertCustomerVisible(db: Db, customerId: string): void {
  const staffId = customerScope();
  if (staffId === null) return;
  const row = stmt(db, 'SELECT owner_id AS ownerId FROM customers WHERE id = ?').get(customerId) as
    { ownerId: string | null } | undefined;
  if (row && row.ownerId !== null && row.ownerId !== staffId)
    throw new DossierError({
      code: 'not_found',
      message: `No customer with id ${customerId}`,
      details: { id: customerId },
    });
}
