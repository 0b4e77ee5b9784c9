/**
 * Complaint records: reading one with its history, the list by view (open, overdue, mine, all) with filters,
 * sorting and paging, the navigation counts, and receiving and correcting a complaint. The status changes are in
 * workflow.ts.
 */
import type {
  ComplaintCreateValues,
  ComplaintListQuery,
  ComplaintUpdateValues,
} from '../../../shared/complaints/schemas';
import type {
  Complaint,
  ComplaintCounts,
  ComplaintDetail,
  ComplaintDue,
  ComplaintEvent,
  ComplaintPage,
  ComplaintSeverity,
  ComplaintSort,
} from '../../../shared/complaints/types';
import { localDate } from '../../../shared/rules/calendar';
import { DossierError } from '../../../shared/result';
import { loadCalendar } from '../callbacks/calendar';
import type { Db } from '../db/open';
import { allInBatches, sql, sqlJoin, sqlText, stmt, type SqlQuery } from '../db/sql';
import { recordScope } from '../auth/scope';
import { nowIso, uuidv7 } from '../ids';
import { assertStaff } from '../staff/staff';
import { dueOn, isOverdue } from './deadlines';
import { listText, recordChange, sayer } from './events';
import { categoryLabels } from '../hq/reference';
import { checkListed, complaintSettings, validation } from './settings';

const COLUMNS = `k.id, k.customer_id AS customerId, c.name AS customerName, c.mobile AS customerMobile,
  k.received_at AS receivedAt, k.received_on AS receivedOn, k.channel, k.category, k.severity, k.words,
  k.owner_id AS ownerId, s.name AS ownerName, k.due_on AS dueOn, k.status, k.first_response_at AS firstResponseAt,
  k.resolved_at AS resolvedAt, k.resolved_on AS resolvedOn, k.root_cause AS rootCause, k.countermeasure,
  k.customer_told AS customerTold, k.follow_up_id AS followUpId, f.due_on AS followUpDueOn, k.satisfaction,
  k.closed_at AS closedAt, k.interaction_id AS interactionId, k.created_at AS createdAt, k.created_by AS createdBy,
  k.updated_at AS updatedAt, k.updated_by AS updatedBy`;

const FROM = `complaints k JOIN customers c ON c.id = k.customer_id LEFT JOIN staff s ON s.id = k.owner_id
  LEFT JOIN callbacks f ON f.id = k.follow_up_id`;

type Row = Omit<Complaint, 'overdue'>;
const withOverdue = (row: Row, today: string): Complaint => ({ ...row, overdue: isOverdue(row, today) });

export function getComplaint(db: Db, id: string, today = localDate()): Complaint {
  const row = stmt(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE k.id = ?`).get(id) as Row | undefined;
  if (!row)
    throw new DossierError({
      code: 'not_found',
      message: `No complaint with id ${id}`,
      issues: [{ path: 'id', code: 'complaints.notFound' }],
      details: { id },
    });
  return withOverdue(row, today);
}

export function complaintDetail(db: Db, id: string): ComplaintDetail {
  const complaint = getComplaint(db, id);
  const events = stmt(
    db,
    `SELECT e.id, e.complaint_id AS complaintId, e.at, e.staff_id AS staffId, s.name AS staffName, e.action,
       e.from_status AS fromStatus, e.to_status AS toStatus, e.note, e.interaction_id AS interactionId
     FROM complaint_events e LEFT JOIN staff s ON s.id = e.staff_id WHERE e.complaint_id = ? ORDER BY e.at, e.rowid`,
  ).all(id) as ComplaintEvent[];
  return { complaint, events };
}

const SORTS: Readonly<Record<ComplaintSort, string>> = {
  receivedAt: 'k.received_at',
  dueOn: 'k.due_on',
  severity: "CASE k.severity WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END",
  status: "CASE k.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'resolved' THEN 2 ELSE 3 END",
  customer: 'c.name',
  owner: 's.name',
  category: 'k.category',
};

const OPEN = sqlText("k.status IN ('open', 'in_progress')");

/** The filters, on `k` only. */
function conditions(q: ComplaintListQuery, today: string, me: string): SqlQuery[] {
  const where: SqlQuery[] = [];
  if (q.view === 'open') where.push(OPEN);
  if (q.view === 'overdue') where.push(OPEN, sql`k.due_on < ${today}`);
  if (q.view === 'mine') where.push(OPEN, sql`k.owner_id = ${me}`);
  if (q.customerId) where.push(sql`k.customer_id = ${q.customerId}`);
  if (q.category) where.push(sql`k.category = ${q.category}`);
  if (q.ownerId) where.push(sql`k.owner_id = ${q.ownerId}`);
  if (q.status) where.push(sql`k.status = ${q.status}`);
  if (q.from) where.push(sql`k.received_on >= ${q.from}`);
  if (q.to) where.push(sql`k.received_on <= ${q.to}`);
  // Staff (sign-in on): complaints of their own and unassigned customers, and those assigned to them.
  const scope = recordScope('k.customer_id', 'k.owner_id');
  if (scope) where.push(scope);
  return where;
}

/**
 * One page of the list, in two steps: the page's ids in order (the sort column, then rowid, which the indexes
 * carry, so the common orders read no more than the page), then those rows in full.
 */
export function listComplaints(db: Db, q: ComplaintListQuery, me: string): ComplaintPage {
  const today = q.today ?? localDate();
  const filters = conditions(q, today, me);
  const where = sqlJoin([sqlText('c.deleted_at IS NULL'), ...filters], ' AND ');
  const dir = sqlText(q.direction === 'desc' ? 'DESC' : 'ASC');
  const owner = q.sort === 'owner' ? sqlText(' LEFT JOIN staff s ON s.id = k.owner_id') : sqlText('');
  const page = sql`SELECT k.id FROM complaints k JOIN customers c ON c.id = k.customer_id${owner} WHERE ${where}
    ORDER BY ${sqlText(SORTS[q.sort])} ${dir}, k.rowid ${dir} LIMIT ${q.limit} OFFSET ${q.offset}`;
  const ids = (stmt(db, page.text).all(...page.params) as { id: string }[]).map((r) => r.id);
  const found = new Map(
    allInBatches<Row>(
      db,
      ids,
      (list) => sql`SELECT ${sqlText(COLUMNS)} FROM ${sqlText(FROM)} WHERE k.id IN (${list})`,
      {
        size: 100,
      },
    ).map((r) => [r.id, r]),
  );
  const rows = ids.flatMap((id) => {
    const row = found.get(id);
    return row ? [withOverdue(row, today)] : [];
  });
  return { view: q.view, today, rows, total: countLive(db, filters) };
}

/**
 * How many complaints match, customers in the recycle bin left out: a count over the complaints' indexes less the
 * few of deleted customers (joining every complaint to its customer would read every customer).
 */
function countLive(db: Db, filters: readonly SqlQuery[]): number {
  const all = sql`SELECT count(*) AS n FROM complaints k${filters.length > 0 ? sql` WHERE ${sqlJoin(filters, ' AND ')}` : sqlText('')}`;
  // CROSS JOIN keeps customers (through the small customers_deleted index) as the outer loop.
  const gone = sql`SELECT count(*) AS n FROM customers c CROSS JOIN complaints k ON k.customer_id = c.id
    WHERE ${sqlJoin([sqlText('c.deleted_at IS NOT NULL'), ...filters], ' AND ')}`;
  const n = (q: SqlQuery): number => (stmt(db, q.text).get(...q.params) as { n: number }).n;
  return n(all) - n(gone);
}

/** The navigation badge: open complaints past their due date, open ones, and the current staff member's open ones. */
export function complaintCounts(db: Db, today: string | null, me: string): ComplaintCounts {
  const date = today ?? localDate();
  const scope = recordScope('k.customer_id', 'k.owner_id');
  const scoped = scope ? [scope] : [];
  return {
    date,
    overdue: countLive(db, [OPEN, sql`k.due_on < ${date}`, ...scoped]),
    open: countLive(db, [OPEN, ...scoped]),
    mine: countLive(db, [OPEN, sql`k.owner_id = ${me}`]),
  };
}

function liveCustomer(db: Db, id: string): { ownerId: string | null } {
  const row = stmt(db, 'SELECT owner_id AS ownerId FROM customers WHERE id = ? AND deleted_at IS NULL').get(id) as
    { ownerId: string | null } | undefined;
  if (!row) throw validation('customerId', 'complaints.customerUnknown', `No customer with id ${id}`);
  return row;
}

export function checkOwner(db: Db, staffId: string, path = 'ownerId'): void {
  try {
    assertStaff(db, staffId);
  } catch {
    throw validation(path, 'complaints.staffUnknown', `No active staff member with id ${staffId}`);
  }
}

function receivedTime(at: string | null | undefined, now: Date): string {
  const when = at ? new Date(at) : now;
  // A minute's grace for clocks that differ between the form and the core.
  if (when.getTime() > now.getTime() + 60_000)
    throw validation('receivedAt', 'complaints.receivedInFuture', 'Received in the future');
  return when.toISOString();
}

/** The due date of a complaint received at `receivedAt` (default now) with that severity. */
export function complaintDue(db: Db, receivedAt: string | null, severity: ComplaintSeverity): ComplaintDue {
  const { limits } = complaintSettings(db);
  const receivedOn = localDate(receivedAt ? new Date(receivedAt) : new Date());
  return { dueOn: dueOn(receivedOn, severity, limits, loadCalendar(db)), days: limits[severity] };
}

/** Receives a complaint: due date from the severity's limit; owner the account manager, else the current staff. */
export function createComplaint(db: Db, v: ComplaintCreateValues, actor: string, now = new Date()): Complaint {
  const customer = liveCustomer(db, v.customerId);
  const settings = complaintSettings(db);
  checkListed(v.category, settings.categories, 'category');
  const ownerId = v.ownerId ?? customer.ownerId ?? actor;
  checkOwner(db, ownerId);
  const receivedAt = receivedTime(v.receivedAt, now);
  const receivedOn = localDate(new Date(receivedAt));
  const due = dueOn(receivedOn, v.severity, settings.limits, loadCalendar(db));
  const say = sayer(db);
  const id = uuidv7();
  db.transaction(() => {
    const stamp = nowIso();
    stmt(
      db,
      `INSERT INTO complaints (id, customer_id, received_at, received_on, channel, category, severity, words, owner_id,
         due_on, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      v.customerId,
      receivedAt,
      receivedOn,
      v.channel,
      v.category,
      v.severity,
      v.words,
      ownerId,
      due,
      stamp,
      actor,
      stamp,
      actor,
    );
    const line = {
      kind: 'complaint' as const,
      summary: v.words,
      outcome: say('complaints.timeline.received', {
        channel: say(`complaintChannel.${v.channel}`),
        category: listText(say, 'complaintCategory', v.category, categoryLabels(db, 'complaint')),
        severity: say(`complaintSeverity.${v.severity}`),
        due,
      }),
    };
    const interactionId = recordChange(
      db,
      {
        complaintId: id,
        customerId: v.customerId,
        action: 'received',
        at: receivedAt,
        staffId: actor,
        from: null,
        to: 'open',
        note: null,
        line,
        changes: { ...v, ownerId, receivedAt, dueOn: due },
      },
      actor,
    );
    stmt(db, 'UPDATE complaints SET interaction_id = ? WHERE id = ?').run(interactionId, id);
  })();
  return getComplaint(db, id);
}

/** Corrects what was recorded; a new receipt time or severity moves the due date. */
export function updateComplaint(db: Db, v: ComplaintUpdateValues, actor: string, now = new Date()): Complaint {
  const before = getComplaint(db, v.id);
  const settings = complaintSettings(db);
  if (v.category !== undefined && v.category !== before.category)
    checkListed(v.category, settings.categories, 'category');
  const receivedAt = v.receivedAt === undefined ? before.receivedAt : receivedTime(v.receivedAt, now);
  if (before.resolvedAt !== null && receivedAt > before.resolvedAt)
    throw validation('receivedAt', 'complaints.resolvedBeforeReceived', 'Received after it was resolved');
  const after = {
    receivedAt,
    receivedOn: localDate(new Date(receivedAt)),
    channel: v.channel ?? before.channel,
    category: v.category ?? before.category,
    severity: v.severity ?? before.severity,
    words: v.words ?? before.words,
  };
  const due = dueOn(after.receivedOn, after.severity, settings.limits, loadCalendar(db));
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
  if (changed.length === 0) return before;
  // The audit entry: what was corrected (the day received follows the time) and the due date when that moved it.
  const logged = changed.filter((k) => k !== 'receivedOn');
  const moved = due === before.dueOn ? {} : { was: { dueOn: before.dueOn }, now: { dueOn: due } };
  const say = sayer(db);
  db.transaction(() => {
    stmt(
      db,
      `UPDATE complaints SET received_at = ?, received_on = ?, channel = ?, category = ?, severity = ?, words = ?,
         due_on = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(
      after.receivedAt,
      after.receivedOn,
      after.channel,
      after.category,
      after.severity,
      after.words,
      due,
      nowIso(),
      actor,
      v.id,
    );
    const described = logged
      .map((k) => {
        if (k === 'channel') return say(`complaintChannel.${after.channel}`);
        if (k === 'severity') return say(`complaintSeverity.${after.severity}`);
        if (k === 'category')
          return listText(say, 'complaintCategory', after.category, categoryLabels(db, 'complaint'));
        if (k === 'receivedAt') return say('complaints.column.received') + ' ' + after.receivedOn;
        return say('complaints.column.words');
      })
      .join(', ');
    recordChange(
      db,
      {
        complaintId: v.id,
        customerId: before.customerId,
        action: 'updated',
        at: nowIso(),
        staffId: actor,
        from: before.status,
        to: before.status,
        note: described,
        line: { kind: 'note', summary: say('complaints.timeline.updated', { changes: described }), outcome: null },
        changes: {
          before: { ...Object.fromEntries(logged.map((k) => [k, before[k]])), ...moved.was },
          after: { ...Object.fromEntries(logged.map((k) => [k, after[k]])), ...moved.now },
        },
      },
      actor,
    );
  })();
  return getComplaint(db, v.id);
}
