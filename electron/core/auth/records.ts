/**
 * The customers a call names, directly (`customerId`) or through a record of theirs named by its own id (an
 * interaction, a complaint, a call-back, a contact, a purchase, a report draft): the dispatch refuses a staff member
 * (sign-in on) any of them that is another's, as it refuses the customer itself, unless the record (a call-back, a
 * complaint) is assigned to them. One table, one check.
 */
import type { Channel } from '../../../shared/channels';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { customerScope } from './acting';
import { assertCustomerVisible } from './scope';

/** The tables whose rows hang on a customer by `customer_id` (and the customers themselves). */
type Table = 'customers' | 'contacts' | 'interactions' | 'transactions' | 'callbacks' | 'complaints' | 'report_drafts';

/** How a refusal names the record (as the customers' refusal does: "No customer with id …"), and who it is assigned to. */
const TABLES: Readonly<Record<Table, { readonly record: string; readonly assignee: string | null }>> = {
  customers: { record: 'customer', assignee: null },
  contacts: { record: 'contact', assignee: null },
  interactions: { record: 'interaction', assignee: null },
  transactions: { record: 'purchase', assignee: null },
  // A call-back or a complaint handed to a staff member is theirs to work on, whoever looks after the customer.
  callbacks: { record: 'call-back', assignee: 'staff_id' },
  complaints: { record: 'complaint', assignee: 'owner_id' },
  report_drafts: { record: 'report draft', assignee: null },
};

type Fields = Readonly<Record<string, unknown>>;

/** Where one input names records of one table: the ids found in it (none when the field is empty). */
interface Named {
  readonly table: Table;
  readonly ids: (input: Fields) => readonly unknown[];
}

const one = (table: Table, field = 'id'): Named => ({ table, ids: (i) => [i[field]] });
const many = (table: Table, field: string): Named => ({
  table,
  ids: (i) => (Array.isArray(i[field]) ? (i[field] as unknown[]) : []),
});
/** A report's parameters: the customer report names its customer and the draft it prints. */
const reportParams: readonly Named[] = [
  { table: 'customers', ids: (i) => [(i.params as Fields | undefined)?.customerId] },
  { table: 'report_drafts', ids: (i) => [(i.params as Fields | undefined)?.draftId] },
];

/** Channels whose input names records by their own id, beyond a top-level `customerId` (checked for every channel). */
const NAMED_RECORDS: Partial<Record<Channel, readonly Named[]>> = {
  'customers.get': [one('customers')],
  'customers.update': [one('customers')],
  'customers.delete': [one('customers')],
  'customers.restore': [one('customers')],
  'privacy.export': [one('customers')],
  'privacy.reveal': [one('customers')],
  'contacts.save': [one('contacts')],
  'contacts.delete': [one('contacts')],
  'interactions.update': [one('interactions')],
  'interactions.delete': [one('interactions')],
  'interactions.restore': [one('interactions')],
  'purchases.save': [one('transactions')],
  'purchases.delete': [one('transactions')],
  'callbacks.log': [one('callbacks')],
  'callbacks.reassign': [many('callbacks', 'ids')],
  'callbacks.postpone': [many('callbacks', 'ids')],
  'callbacks.cancel': [many('callbacks', 'ids')],
  'cadence.statuses': [many('customers', 'customerIds')],
  'complaints.get': [one('complaints')],
  'complaints.update': [one('complaints')],
  'complaints.start': [one('complaints')],
  'complaints.resolve': [one('complaints')],
  'complaints.close': [one('complaints')],
  'complaints.reopen': [one('complaints')],
  'complaints.reassign': [many('complaints', 'ids')],
  'reports.drafts.get': [one('report_drafts')],
  'reports.drafts.review': [one('report_drafts')],
  'reports.preview': reportParams,
  'reports.pdf': reportParams,
  'reports.print': reportParams,
};

/** Of the records named (by id), the first whose customer is assigned to someone other than `staffId`. */
function othersRecord(db: Db, table: Table, ids: readonly string[], staffId: string): string | undefined {
  const customer = table === 'customers' ? 'r.id' : 'r.customer_id';
  const { assignee } = TABLES[table];
  const notAssigned = assignee === null ? '' : ` AND r.${assignee} IS NOT ?`;
  return stmt(
    db,
    `SELECT r.id FROM ${table} r JOIN customers c ON c.id = ${customer}
      WHERE r.id IN (SELECT value FROM json_each(?)) AND c.owner_id IS NOT NULL AND c.owner_id <> ?${notAssigned}
      LIMIT 1`,
  )
    .pluck()
    .get(JSON.stringify(ids), staffId, ...(assignee === null ? [] : [staffId])) as string | undefined;
}

/**
 * Refuses (as not found, like a customer of another's) a call whose validated input names another's customer, or a
 * record of one, while the caller is limited to their own and unassigned customers. Does nothing for everyone else.
 */
export function assertInputVisible(db: Db, channel: Channel, input: unknown): void {
  const staffId = customerScope();
  if (staffId === null || typeof input !== 'object' || input === null) return;
  const fields = input as Fields;
  if (typeof fields.customerId === 'string') assertCustomerVisible(db, fields.customerId);
  for (const named of NAMED_RECORDS[channel] ?? []) {
    const ids = named.ids(fields).filter((v): v is string => typeof v === 'string');
    if (ids.length === 0) continue;
    const recordId = othersRecord(db, named.table, ids, staffId);
    if (recordId !== undefined)
      throw new DossierError({
        code: 'not_found',
        message: `No ${TABLES[named.table].record} with id ${recordId}`,
        details: { id: recordId },
      });
  }
}
