import { DossierError } from '../../../shared/result';
import type { DuplicateCandidate, DuplicateReason } from '../../../shared/customers/types';
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { customerScope } from '../auth/acting';

/**
 * Likely duplicates of a customer about to be saved: same mobile, same ID, or same name at the same employer. A staff
 * member (sign-in on) is told of a match among another's customers (so the file is not doubled) without its name,
 * mobile or employer: `elsewhere`, looked after by a colleague.
 */
export function findDuplicates(
  db: Db,
  v: Pick<CustomerValues, 'name' | 'mobile' | 'idNumber' | 'employer'>,
  excludeId: string | null,
): DuplicateCandidate[] {
  const rows = stmt(
    db,
    `SELECT id, name, mobile, employer, id_number AS idNumber, owner_id AS ownerId FROM customers
     WHERE deleted_at IS NULL AND id IS NOT ?
       AND (mobile = ? OR id_number = ? OR (name = ? AND employer = ?))
     LIMIT 20`,
  ).all(excludeId, v.mobile, v.idNumber, v.name, v.employer) as {
    id: string;
    name: string;
    mobile: string | null;
    employer: string | null;
    idNumber: string | null;
    ownerId: string | null;
  }[];
  const staffId = customerScope();
  return rows.map((r) => {
    const reasons: DuplicateReason[] = [];
    if (v.mobile && r.mobile === v.mobile) reasons.push('mobile');
    if (v.idNumber && r.idNumber === v.idNumber) reasons.push('idNumber');
    if (v.employer && r.name === v.name && r.employer === v.employer) reasons.push('nameEmployer');
    if (staffId !== null && r.ownerId !== null && r.ownerId !== staffId)
      return { id: r.id, name: '', mobile: null, employer: null, reasons, elsewhere: true };
    return { id: r.id, name: r.name, mobile: r.mobile, employer: r.employer, reasons, elsewhere: false };
  });
}

/** Refuses a new customer who looks like one already stored, naming the first match (the form offers to open it). */
export function refuseDuplicates(db: Db, v: Pick<CustomerValues, 'name' | 'mobile' | 'idNumber' | 'employer'>): void {
  const first = findDuplicates(db, v, null)[0];
  if (first)
    throw new DossierError({
      code: 'conflict',
      message: `A customer with the same ${first.reasons.join(', ')} exists: ${first.elsewhere ? "a colleague's" : first.name}`,
      details: {
        duplicateId: first.id,
        duplicateName: first.name,
        reason: first.reasons[0] ?? 'mobile',
        // 1: another's customer (details hold strings and numbers).
        elsewhere: first.elsewhere ? 1 : 0,
      },
    });
}
