/**
 * The call-back queue: reading one call-back and its attempts, the work queue by view (overdue, today, week, month,
 * all) with its counts, and creating call-backs (one by hand here; cadences, logged calls and campaigns insert
 * theirs through `insertCallback`).
 */
import type { CountsQuery, CallbackCreateValues, QueueQuery } from '../../../shared/callbacks/schemas';
import type { Callback, CallbackAttempt, DayCount, QueueCounts, QueuePage } from '../../../shared/callbacks/types';
import { CALLBACK_PURPOSES, type CallbackPriority, type CallbackPurpose } from '../../../shared/callbacks/vocabulary';
import { localDate } from '../../../shared/rules/calendar';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { getCustomer } from '../customers/records';
import type { Db } from '../db/open';
import { sql, sqlJoin, sqlText, stmt, type SqlQuery } from '../db/sql';
import { recordScope } from '../auth/scope';
import { nowIso, uuidv7 } from '../ids';
import { nameKeys } from '../search/keys';
import { loadCalendar } from './calendar';
import { assertStaff } from '../staff/staff';
import { addDays, isWorkingDay, monthRange, rollToWorkingDay, weekOf } from './workdays';

const ROW_COLUMNS = `cb.id, cb.customer_id AS customerId, c.name AS customerName, c.mobile AS customerMobile,
  c.phone AS customerPhone, cb.due_on AS dueOn, cb.planned_on AS plannedOn, cb.window_start AS windowStart,
  cb.window_end AS windowEnd, cb.staff_id AS staffId, s.name AS staffName, cb.purpose, cb.priority, cb.notes, cb.state,
  cb.attempts, cb.campaign_id AS campaignId, cp.name AS campaignName, cb.outcome,
  cb.not_reached_reason AS notReachedReason, cb.answer_category AS answerCategory, cb.satisfaction,
  cb.last_attempt_at AS lastAttemptAt, cb.closed_at AS closedAt, cb.cancelled_reason AS cancelledReason,
  cb.created_at AS createdAt, cb.created_by AS createdBy, cb.updated_at AS updatedAt, cb.updated_by AS updatedBy`;

const ROW_FROM = `callbacks cb JOIN customers c ON c.id = cb.customer_id LEFT JOIN staff s ON s.id = cb.staff_id
  LEFT JOIN campaigns cp ON cp.id = cb.campaign_id`;

/**
 * Within a day: high priority first, then by the time window (calls without one last), then a stable order. It is
 * exactly the key of the callbacks_open_due index (an index on these expressions), so a page of the open queue is
 * read in order and stops at its limit, without sorting the day's call-backs.
 */
const QUEUE_ORDER = `cb.due_on, CASE cb.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END,
  cb.window_start IS NULL, cb.window_start, cb.staff_id, cb.rowid`;

const QUEUE_ORDER_DESC = QUEUE_ORDER.split(',')
  .map((term) => `${term.trim()} DESC`)
  .join(', ');

/**
 * The ORDER BY of a queue page. The due date (either way) reads the queue index in order and stops at the page; the
 * other sorts sort the view's call-backs (the bench's "queue: all, sorted by …" families time them), ties in the due
 * date's working order.
 */
function queueOrder(db: Db, q: QueueQuery): SqlQuery {
  const dir = sqlText(q.direction === 'desc' ? 'DESC' : 'ASC');
  const then = sqlText(QUEUE_ORDER);
  switch (q.sort) {
    case 'dueOn':
      return sqlText(q.direction === 'desc' ? QUEUE_ORDER_DESC : QUEUE_ORDER);
    case 'customerName':
      return sql`c.name_pinyin ${dir}, c.name ${dir}, ${then}`;
    case 'staffName': {
      // Staff in pinyin order (a handful of people: their rank is bound as a CASE).
      const ranked = (stmt(db, 'SELECT id, name FROM staff').all() as { id: string; name: string }[])
        .map((s) => ({ id: s.id, key: `${nameKeys(s.name).full}\u0000${s.name}` }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const rank = sqlJoin(
        ranked.map((s, i) => sql`WHEN ${s.id} THEN ${i}`),
        ' ',
      );
      return ranked.length === 0 ? then : sql`CASE cb.staff_id ${rank} END ${dir}, ${then}`;
    }
    case 'priority':
      return sql`CASE cb.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END ${dir}, ${then}`;
    case 'purpose': {
      const rank = sqlJoin(
        CALLBACK_PURPOSES.map((p, i) => sql`WHEN ${p} THEN ${i}`),
        ' ',
      );
      return sql`CASE cb.purpose ${rank} END ${dir}, ${then}`;
    }
  }
}

export function getCallback(db: Db, id: string): Callback {
  const row = stmt(db, `SELECT ${ROW_COLUMNS} FROM ${ROW_FROM} WHERE cb.id = ?`).get(id) as Callback | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No call-back with id ${id}`, details: { id } });
  return row;
}

export function listAttempts(db: Db, callbackId: string): CallbackAttempt[] {
  return (
    stmt(
      db,
      `SELECT id, callback_id AS callbackId, at, on_date AS "on", attempt, staff_id AS staffId, reached,
         not_reached_reason AS notReachedReason, answer_category AS answerCategory, satisfaction, notes,
         interaction_id AS interactionId
       FROM callback_attempts WHERE callback_id = ? ORDER BY attempt`,
    ).all(callbackId) as (Omit<CallbackAttempt, 'reached'> & { reached: number })[]
  ).map((a) => ({ ...a, reached: a.reached === 1 }));
}

type QueueFilter = Pick<QueueQuery, 'staffId' | 'purpose' | 'campaignId'> & { customerId?: string | null };

/** The filter as conditions on `cb`, one per field given. */
function filterConditions(q: QueueFilter): SqlQuery[] {
  const conditions: SqlQuery[] = [];
  if (q.staffId) conditions.push(sql`cb.staff_id = ${q.staffId}`);
  if (q.purpose) conditions.push(sql`cb.purpose = ${q.purpose}`);
  if (q.campaignId) conditions.push(sql`cb.campaign_id = ${q.campaignId}`);
  if (q.customerId) conditions.push(sql`cb.customer_id = ${q.customerId}`);
  // Staff (sign-in on): call-backs of their own and unassigned customers, and those handed to them.
  const scope = recordScope('cb.customer_id', 'cb.staff_id');
  if (scope) conditions.push(scope);
  return conditions;
}

/** Due in [from, to], either end open. */
const dueIn = (from: string | null, to: string | null): SqlQuery[] => [
  ...(from === null ? [] : [sql`cb.due_on >= ${from}`]),
  ...(to === null ? [] : [sql`cb.due_on <= ${to}`]),
];

const allOf = (conditions: readonly SqlQuery[]): SqlQuery => sqlJoin(conditions, ' AND ');

/** The date range of a view relative to `today` (inclusive; null ends are open; overdue ends the day before). */
function viewRange(
  view: QueueQuery['view'],
  today: string,
  month: string | null,
): { from: string | null; to: string | null } {
  switch (view) {
    case 'overdue':
      return { from: null, to: addDays(today, -1) };
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: today, to: weekOf(today).to };
    case 'month':
      return monthRange(month ?? today.slice(0, 7));
    case 'all':
      return { from: null, to: null };
  }
}

/**
 * Open call-backs of customers in the recycle bin that match the filter. There are few, so the queue counts read
 * only the partial queue indexes and subtract these, instead of joining every call-back to its customer.
 */
function deletedOpen(db: Db, f: QueueFilter): { dueOn: string; staffId: string }[] {
  const where = allOf([sql`c.deleted_at IS NOT NULL`, sql`cb.state = 'open'`, ...filterConditions(f)]);
  // CROSS JOIN keeps customers (through the small customers_deleted index) as the outer loop.
  const q = sql`SELECT cb.due_on AS dueOn, cb.staff_id AS staffId FROM customers c CROSS JOIN callbacks cb ON cb.customer_id = c.id
     WHERE ${where}`;
  return stmt(db, q.text).all(...q.params) as { dueOn: string; staffId: string }[];
}

const inRange = (date: string, from: string | null, to: string | null): boolean =>
  (from === null || date >= from) && (to === null || date <= to);

/** Call-backs per due date in [from, to] (either end open) matching the filter, customers in the recycle bin left out. */
function perDay(
  db: Db,
  f: QueueFilter,
  from: string | null,
  to: string | null,
  includeClosed: boolean,
): Map<string, number> {
  const where = allOf([
    sql`cb.due_on >= ${from ?? '0000-01-01'}`,
    sql`cb.due_on <= ${to ?? '9999-12-31'}`,
    ...filterConditions(f),
  ]);
  const q = includeClosed
    ? sql`SELECT cb.due_on AS dueOn, count(*) AS n FROM callbacks cb JOIN customers c ON c.id = cb.customer_id
         WHERE c.deleted_at IS NULL AND ${where} GROUP BY cb.due_on`
    : sql`SELECT cb.due_on AS dueOn, count(*) AS n FROM callbacks cb
         WHERE cb.state = 'open' AND ${where} GROUP BY cb.due_on`;
  const rows = stmt(db, q.text).all(...q.params);
  const days = new Map((rows as { dueOn: string; n: number }[]).map((r) => [r.dueOn, r.n]));
  if (!includeClosed)
    for (const d of deletedOpen(db, f)) if (inRange(d.dueOn, from, to)) days.set(d.dueOn, (days.get(d.dueOn) ?? 0) - 1);
  return days;
}

/** How many open call-backs are due in [from, to] (either end open): an index-only count. */
function countOpen(db: Db, f: QueueFilter, from: string | null, to: string | null): number {
  const q = sql`SELECT count(*) AS n FROM callbacks cb WHERE ${allOf([sql`cb.state = 'open'`, ...dueIn(from, to), ...filterConditions(f)])}`;
  const { n } = stmt(db, q.text).get(...q.params) as { n: number };
  return n - deletedOpen(db, f).filter((d) => inRange(d.dueOn, from, to)).length;
}

/**
 * The work queue. overdue: open and due before today; today; week: today through Sunday; month: the calendar month
 * (with per-day counts); all. Filters by staff, purpose, campaign and customer; closed ones only on request.
 * Customers in the recycle bin are left out.
 */
export function queue(db: Db, q: QueueQuery): QueuePage {
  const today = q.today ?? localDate();
  const { from, to } = viewRange(q.view, today, q.month);
  const includeClosed = q.includeClosed && (q.view === 'month' || q.view === 'all');
  const where = allOf([
    sql`c.deleted_at IS NULL`,
    ...(includeClosed ? [] : [sql`cb.state = 'open'`]),
    ...dueIn(from, to),
    ...filterConditions(q),
  ]);
  const page = sql`SELECT ${sqlText(ROW_COLUMNS)} FROM ${sqlText(ROW_FROM)} WHERE ${where} ORDER BY ${queueOrder(db, q)}
    LIMIT ${q.limit} OFFSET ${q.offset}`;
  const rows = stmt(db, page.text).all(...page.params) as Callback[];
  let total: number;
  let days: DayCount[] | null = null;
  if (q.view === 'month' || includeClosed) {
    const counts = perDay(db, q, from, to, includeClosed);
    total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (q.view === 'month' && from !== null && to !== null) {
      const calendar = loadCalendar(db);
      days = [];
      for (let date = from; date <= to; date = addDays(date, 1))
        days.push({ date, count: counts.get(date) ?? 0, working: isWorkingDay(date, calendar) });
    }
  } else total = countOpen(db, q, from, to);
  return { view: q.view, from, to, rows, total, days };
}

/** How many open call-backs each view holds (same filters), and overdue/today per staff member. */
export function queueCounts(db: Db, q: CountsQuery): QueueCounts {
  const today = q.today ?? localDate();
  const weekEnd = weekOf(today).to;
  const month = monthRange(today.slice(0, 7));
  const and = sqlJoin(
    filterConditions(q).map((c) => sql` AND ${c}`),
    '',
  );
  // Five index range counts; each subquery repeats the filter.
  const count = (range: SqlQuery) => sql`(SELECT count(*) FROM callbacks cb WHERE cb.state = 'open'${range}${and})`;
  const counts = sql`SELECT ${count(sql``)} AS open, ${count(sql` AND cb.due_on < ${today}`)} AS overdue,
       ${count(sql` AND cb.due_on = ${today}`)} AS today,
       ${count(sql` AND cb.due_on >= ${today} AND cb.due_on <= ${weekEnd}`)} AS week,
       ${count(sql` AND cb.due_on >= ${month.from} AND cb.due_on <= ${month.to}`)} AS month`;
  const raw = stmt(db, counts.text).get(...counts.params) as {
    open: number;
    overdue: number;
    today: number;
    week: number;
    month: number;
  };
  // Per staff member: two index range counts each, over the staff index.
  const staffCounts = sql`SELECT s.id AS staffId, s.name AS staffName,
       (SELECT count(*) FROM callbacks cb WHERE cb.state = 'open' AND cb.staff_id = s.id AND cb.due_on < ${today}${and}) AS overdue,
       (SELECT count(*) FROM callbacks cb WHERE cb.state = 'open' AND cb.staff_id = s.id AND cb.due_on = ${today}${and}) AS today
     FROM staff s`;
  const perStaff = stmt(db, staffCounts.text).all(...staffCounts.params) as {
    staffId: string;
    staffName: string;
    overdue: number;
    today: number;
  }[];

  const deleted = deletedOpen(db, q);
  const minus = (from: string | null, to: string | null, staffId?: string): number =>
    deleted.filter((d) => inRange(d.dueOn, from, to) && (staffId === undefined || d.staffId === staffId)).length;
  const byStaff = perStaff
    .map((s) => ({
      ...s,
      overdue: s.overdue - minus(null, addDays(today, -1), s.staffId),
      today: s.today - minus(today, today, s.staffId),
    }))
    .filter((s) => s.overdue > 0 || s.today > 0)
    .sort((a, b) => a.staffName.localeCompare(b.staffName, 'zh-CN') || a.staffId.localeCompare(b.staffId));
  return {
    date: today,
    open: raw.open - deleted.length,
    overdue: raw.overdue - minus(null, addDays(today, -1)),
    today: raw.today - minus(today, today),
    week: raw.week - minus(today, weekEnd),
    month: raw.month - minus(month.from, month.to),
    byStaff,
  };
}

/** A call-back to insert, its due date already on a working day. */
export interface NewCallback {
  readonly customerId: string;
  readonly dueOn: string;
  readonly windowStart: string | null;
  readonly windowEnd: string | null;
  readonly staffId: string;
  readonly purpose: CallbackPurpose;
  readonly priority: CallbackPriority;
  readonly notes: string | null;
  readonly campaignId: string | null;
}

/** Inserts one call-back (planned on its due date); the caller audits it. */
export function insertCallback(db: Db, c: NewCallback, actor: string | null, now: string): string {
  const id = uuidv7();
  stmt(
    db,
    `INSERT INTO callbacks (id, customer_id, due_on, planned_on, window_start, window_end, staff_id, purpose, priority, notes,
       campaign_id, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    c.customerId,
    c.dueOn,
    c.dueOn,
    c.windowStart,
    c.windowEnd,
    c.staffId,
    c.purpose,
    c.priority,
    c.notes,
    c.campaignId,
    now,
    actor,
    now,
    actor,
  );
  return id;
}

/** One call-back; a due date on a day off moves to the next working day; staff defaults to the account manager. */
export function createCallback(db: Db, v: CallbackCreateValues, actor: string): Callback {
  const customer = getCustomer(db, v.customerId);
  const staffId = v.staffId ?? customer.ownerId ?? actor;
  assertStaff(db, staffId);
  const dueOn = rollToWorkingDay(v.dueOn, loadCalendar(db));
  let id = '';
  db.transaction(() => {
    id = insertCallback(db, { ...v, staffId, dueOn, campaignId: null }, actor, nowIso());
    audit(db, {
      entity: 'callback',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: { ...v, staffId, dueOn },
    });
  })();
  return getCallback(db, id);
}
