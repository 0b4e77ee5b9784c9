import { normalisePhone, validateResidentId } from '../../../shared/rules/index';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import type { PurchaseRow } from './rows';

/** A transaction's customer: by ID number, then mobile, then a name that only one customer has. */
export function matchCustomer(
  db: Db,
  match: PurchaseRow['match'],
): { ok: true; id: string; name: string } | { ok: false; code: string } {
  const find = (sql: string, value: string): { id: string; name: string }[] =>
    stmt(db, `SELECT id, name FROM customers WHERE deleted_at IS NULL AND ${sql} LIMIT 2`).all(value) as {
      id: string;
      name: string;
    }[];
  if (match.idNumber) {
    const id = validateResidentId(match.idNumber);
    const hit = find('id_number = ?', id.ok ? id.value : match.idNumber.trim().toUpperCase())[0];
    if (hit) return { ok: true, ...hit };
  }
  if (match.mobile) {
    const phone = normalisePhone(match.mobile);
    const hit = phone.ok ? find('mobile = ?', phone.value)[0] : undefined;
    if (hit) return { ok: true, ...hit };
  }
  if (match.name) {
    const hits = find('name = ?', match.name.trim());
    if (hits.length === 1 && hits[0]) return { ok: true, ...hits[0] };
    if (hits.length > 1) return { ok: false, code: 'import.customerAmbiguous' };
  }
  return { ok: false, code: 'import.customerNotFound' };
}
