/**
 * What a staff member (sign-in on, role staff) may see: their own customers and unassigned ones. The customer
 * list, its counts, exports and bulk changes (all through customers/list.ts's filters), the search box and the
 * reads and writes of one customer go through here.
 */
import { maskIdNumber, maskPhone } from '../../../shared/privacy/mask';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { customerScope } from './acting';

/** The condition over `c` (customers) that keeps to the caller's customers; `1` for everyone's. */
export function scopeCondition(): { sql: string; params: unknown[] } {
  const staffId = customerScope();
  return staffId === null
    ? { sql: '1', params: [] }
    : { sql: '(c.owner_id = ? OR c.owner_id IS NULL)', params: [staffId] };
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

type Fields = Record<string, unknown>;

/**
 * Staff see phones and ID numbers masked, so the customer form they save sends the masked values back: before the
 * input is validated, a value that is exactly the mask of the stored one becomes the stored one again (anything
 * else is validated as typed). Answers the input unchanged for everyone else and for other channels.
 */
export function unmaskInput(db: Db, channel: string, input: unknown): unknown {
  if (channel !== 'customers.update' || customerScope() === null) return input;
  const { id, customer } = (input ?? {}) as { id?: unknown; customer?: unknown };
  if (typeof id !== 'string' || typeof customer !== 'object' || customer === null) return input;
  const stored = stmt(db, 'SELECT mobile, phone, id_number AS idNumber FROM customers WHERE id = ?').get(id) as
    { mobile: string | null; phone: string | null; idNumber: string | null } | undefined;
  if (!stored) return input;
  const given = customer as Fields;
  const restored: Fields = { ...given };
  if (stored.mobile !== null && given.mobile === maskPhone(stored.mobile)) restored.mobile = stored.mobile;
  if (stored.phone !== null && given.phone === maskPhone(stored.phone)) restored.phone = stored.phone;
  if (stored.idNumber !== null && given.idNumber === maskIdNumber(stored.idNumber)) restored.idNumber = stored.idNumber;
  return { ...(input as Fields), customer: restored };
}
