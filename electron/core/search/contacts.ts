/**
 * A company's contacts in its search entry: each live contact's name, full pinyin, initials and mobile are lines
 * of the company's search text (trigram index), and the name's keys are in its short index (see shortIndexColumns),
 * so typing a contact's name, pinyin, initials or mobile finds the company.
 */
import { phoneDigits, toHalfWidth } from '../../../shared/rules/index';
import type { Db } from '../db/open';
import { sql, sqlList, stmt } from '../db/sql';
import { nameKeys, searchText, type SearchTerm } from './keys';
import { shortIndexColumns } from './schema';

interface ContactKey {
  readonly name: string;
  readonly mobile: string | null;
}

const CONTACTS = 'SELECT name, mobile FROM contacts WHERE customer_id = ? AND deleted_at IS NULL ORDER BY id';

/** The search text lines of contacts: each one's name, full pinyin, initials and mobile digits. */
export const contactLines = (contacts: readonly ContactKey[]): string[] =>
  contacts.flatMap((c) => {
    const keys = nameKeys(c.name);
    return [c.name, keys.full, keys.initials, c.mobile ? phoneDigits(c.mobile) : ''];
  });

/** The search text lines of a customer's live contacts (none for a new customer). */
export const contactSearchLines = (db: Db, customerId: string): string[] =>
  contactLines(stmt(db, CONTACTS).all(customerId) as ContactKey[]);

interface StoredCustomer {
  readonly rowid: number;
  readonly name: string;
  readonly full: string;
  readonly initials: string;
  readonly mobile: string | null;
  readonly phone: string | null;
  readonly idNumber: string | null;
  readonly employer: string | null;
  readonly email: string | null;
  readonly region: string | null;
  readonly address: string | null;
  readonly customFields: string;
  readonly old: string;
}

const STORED = `SELECT rowid, name, name_pinyin AS full, name_initials AS initials, mobile, phone, id_number AS idNumber,
    employer, email, region, address, custom_fields AS customFields, search_text AS old
  FROM customers WHERE id = ?`;

/** The values of a stored custom_fields object, as customers/records.ts passes them to searchText. */
function customValues(json: string): string[] {
  try {
    const fields = JSON.parse(json) as unknown;
    return fields && typeof fields === 'object' ? Object.values(fields).map((v) => String(v)) : [];
  } catch {
    return []; // malformed: nothing to search
  }
}

/**
 * Indexes a customer again after its contacts changed, inside the caller's transaction: its search text (the
 * trigram index follows through its update trigger) and its short index row.
 */
export function reindexContacts(db: Db, customerId: string): void {
  const c = stmt(db, STORED).get(customerId) as StoredCustomer | undefined;
  if (!c) return;
  const extra = [...customValues(c.customFields), ...contactSearchLines(db, customerId)];
  const text = searchText({ ...c, extra }, { full: c.full, initials: c.initials });
  if (text !== c.old) stmt(db, 'UPDATE customers SET search_text = ? WHERE rowid = ?').run(text, c.rowid);
  stmt(db, 'DELETE FROM customers_short WHERE rowid = ?').run(c.rowid);
  stmt(
    db,
    `INSERT INTO customers_short(rowid, keys, field_keys) SELECT c.rowid, ${shortIndexColumns('c')}
     FROM customers c WHERE c.rowid = ?`,
  ).run(c.rowid);
}

/**
 * For hits whose own fields do not hold the term: the name of the contact that does (name, pinyin, initials or
 * mobile), by customer id, so the search can say which contact matched.
 */
export function matchingContacts(db: Db, customerIds: readonly string[], term: SearchTerm): Map<string, string> {
  const found = new Map<string, string>();
  if (term.kind === 'empty' || customerIds.length === 0) return found;
  const v = term.value;
  const { text, params } = sql`SELECT customer_id AS customerId, name, mobile FROM contacts
    WHERE customer_id IN (${sqlList(customerIds)}) AND deleted_at IS NULL ORDER BY id`;
  for (const c of stmt(db, text).all(...params) as (ContactKey & { customerId: string })[]) {
    if (found.has(c.customerId)) continue;
    const keys = nameKeys(c.name);
    const hit =
      term.kind === 'digits'
        ? phoneDigits(c.mobile ?? '').includes(v)
        : toHalfWidth(c.name).toLowerCase().includes(v) || keys.full.includes(v) || keys.initials.includes(v);
    if (hit) found.set(c.customerId, c.name);
  }
  return found;
}
