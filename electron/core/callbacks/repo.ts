/**
 * Call-back repository: the queue, logging calls (with retries and the timeline), bulk changes, campaigns, cadences,
 * holidays, settings and the call-back report. SQL is written as SQL; every write is audited.
 */
import {
  AMBER_FRACTION,
  DEFAULT_ANSWER_CATEGORIES,
  DEFAULT_RETRY_LIMIT,
  FINAL_NOT_REACHED_REASONS,
  NOT_REACHED_REASONS,
  type BulkResult,
  type Cadence,
  type CadenceStatus,
  type Callback,
  type CallbackAttempt,
  type CallbackCreateValues,
  type CallbackLogValues,
  type CallbackPriority,
  type CallbackPurpose,
  type CallbackReport,
  type CallbackSettings,
  type Campaign,
  type CampaignCreated,
  type CampaignPreview,
  type CampaignSelection,
  type CampaignValues,
  type CountPercent,
  type CountsQuery,
  type DayCount,
  type Holiday,
  type HolidaysSetValues,
  type LogResult,
  type NextCallValues,
  type NotReachedReason,
  type QueueCounts,
  type QueuePage,
  type QueueQuery,
  type ReportQuery,
  type SettingsUpdateValues,
  type TagCadence,
} from '../../../shared/callbacks';
import type { Language } from '../../../shared/i18n/languages';
import { isMessageKey, translate, type MessageKey } from '../../../shared/i18n/index';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { getCustomer } from '../customers/records';
import { iterateCustomers } from '../customers/list';
import { createInteraction } from '../interactions/timeline';
import type { Db } from '../db/open';
import { getSettings } from '../settings/settings';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { distribute, existingKey, type Distribution } from './spread';
import {
  addCadence,
  addDays,
  cadenceDays,
  daysBetween,
  isWorkingDay,
  localDate,
  monthRange,
  nextWorkingDay,
  rollToWorkingDay,
  toCalendar,
  weekOf,
  workingDaysBetween,
  type WorkCalendar,
} from './workdays';

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const validation = (path: string, code: MessageKey, message: string): DossierError =>
  new DossierError({ code: 'validation', message: `${path}: ${message}`, issues: [{ path, code }] });

function assertStaff(db: Db, staffId: string): void {
  if (!stmt(db, 'SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL').get(staffId))
    throw new DossierError({
      code: 'not_found',
      message: `No staff member with id ${staffId}`,
      details: { id: staffId },
    });
}

/** Percent of a base, truncated to two decimals (515 of 653 → 78.86), as the branch reports print it. */
export function percentOf(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.floor((count * 10_000) / base) / 100;
}

const countPercent = (count: number, base: number): CountPercent => ({ count, percent: percentOf(count, base) });
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The language of texts the core writes (timeline entries): the app's setting, Chinese by default. */
function writingLanguage(db: Db): Language {
  return getSettings(db).language ?? 'zh-CN';
}

/** A configured answer category as people read it: built-in codes are translated, the branch's own shown as typed. */
export function answerLabel(language: Language, category: string): string {
  const key = `answerCategory.${category}`;
  return isMessageKey(key) ? translate(language, key) : category;
}

// ---------------------------------------------------------------------------------------------------------------
// Settings and holidays

const SETTING_RETRY = 'callbacks.retryLimit';
const SETTING_CATEGORIES = 'callbacks.answerCategories';
const SETTING_TAG_CADENCES = 'callbacks.tagCadences';

function readSetting(db: Db, key: string): string | null {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

function writeSetting(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function listHolidays(db: Db): Holiday[] {
  return stmt(db, 'SELECT date, kind, name FROM holidays ORDER BY date').all() as Holiday[];
}

export function loadCalendar(db: Db): WorkCalendar {
  return toCalendar(listHolidays(db));
}

type RuleSettings = Omit<CallbackSettings, 'holidays'>;

function ruleSettings(db: Db): RuleSettings {
  const limit = Number(readSetting(db, SETTING_RETRY));
  return {
    retryLimit: Number.isInteger(limit) && limit >= 1 ? limit : DEFAULT_RETRY_LIMIT,
    answerCategories: parseJson<string[]>(readSetting(db, SETTING_CATEGORIES), [...DEFAULT_ANSWER_CATEGORIES]),
    tagCadences: parseJson<TagCadence[]>(readSetting(db, SETTING_TAG_CADENCES), []),
  };
}

export function getCallbackSettings(db: Db): CallbackSettings {
  return { ...ruleSettings(db), holidays: listHolidays(db) };
}

export function updateCallbackSettings(db: Db, patch: SettingsUpdateValues, actor: string | null): CallbackSettings {
  db.transaction(() => {
    const before = ruleSettings(db);
    if (patch.retryLimit != null) writeSetting(db, SETTING_RETRY, String(patch.retryLimit));
    if (patch.answerCategories != null) writeSetting(db, SETTING_CATEGORIES, JSON.stringify(patch.answerCategories));
    if (patch.tagCadences != null) writeSetting(db, SETTING_TAG_CADENCES, JSON.stringify(patch.tagCadences));
    audit(db, {
      entity: 'callbackSettings',
      entityId: 'callbacks',
      action: 'update',
      staffId: actor,
      changes: { before, patch },
    });
  })();
  return getCallbackSettings(db);
}

/**
 * Stores holidays and make-up workdays. With `replaceYears`, the years the list covers are replaced (loading an
 * official calendar). Open call-backs due on a day that is no longer a working day move to the next working day.
 */
export function setHolidays(
  db: Db,
  input: HolidaysSetValues,
  actor: string | null,
): { holidays: Holiday[]; moved: number } {
  let moved = 0;
  db.transaction(() => {
    const touched = new Set<string>([...input.holidays.map((h) => h.date), ...input.remove]);
    if (input.replaceYears) {
      const years = [...new Set(input.holidays.map((h) => h.date.slice(0, 4)))];
      for (const year of years) {
        const old = stmt(db, 'SELECT date FROM holidays WHERE date >= ? AND date <= ?').all(
          `${year}-01-01`,
          `${year}-12-31`,
        ) as {
          date: string;
        }[];
        for (const o of old) touched.add(o.date);
        stmt(db, 'DELETE FROM holidays WHERE date >= ? AND date <= ?').run(`${year}-01-01`, `${year}-12-31`);
      }
    }
    for (const date of input.remove) stmt(db, 'DELETE FROM holidays WHERE date = ?').run(date);
    const upsert = stmt(
      db,
      'INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?) ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name',
    );
    for (const h of input.holidays) upsert.run(h.date, h.kind, h.name ?? null);

    const calendar = loadCalendar(db);
    const now = nowIso();
    for (const date of [...touched].sort()) {
      if (isWorkingDay(date, calendar)) continue;
      moved += stmt(
        db,
        "UPDATE callbacks SET due_on = ?, updated_at = ?, updated_by = ? WHERE state = 'open' AND due_on = ?",
      ).run(rollToWorkingDay(date, calendar), now, actor, date).changes;
    }
    audit(db, {
      entity: 'holidays',
      entityId: 'calendar',
      action: 'update',
      staffId: actor,
      changes: { holidays: input.holidays, remove: input.remove, replaceYears: input.replaceYears, moved },
    });
  })();
  return { holidays: listHolidays(db), moved };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading call-backs

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

interface Where {
  readonly sql: string[];
  readonly params: unknown[];
}

function queueFilters(
  q: Pick<QueueQuery, 'staffId' | 'purpose' | 'campaignId'> & { customerId?: string | null },
  where: Where,
): void {
  if (q.staffId) {
    where.sql.push('cb.staff_id = ?');
    where.params.push(q.staffId);
  }
  if (q.purpose) {
    where.sql.push('cb.purpose = ?');
    where.params.push(q.purpose);
  }
  if (q.campaignId) {
    where.sql.push('cb.campaign_id = ?');
    where.params.push(q.campaignId);
  }
  if (q.customerId) {
    where.sql.push('cb.customer_id = ?');
    where.params.push(q.customerId);
  }
}

/** The date range of a view relative to `today` (inclusive; null ends are open; overdue ends the day before). */
export function viewRange(
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

type QueueFilter = Pick<QueueQuery, 'staffId' | 'purpose' | 'campaignId'> & { customerId?: string | null };

/**
 * Open call-backs of customers in the recycle bin that match the filter. There are few, so the queue counts read
 * only the partial queue indexes and subtract these, instead of joining every call-back to its customer.
 */
function deletedOpen(db: Db, f: QueueFilter): { dueOn: string; staffId: string }[] {
  const where: Where = { sql: ['c.deleted_at IS NOT NULL', "cb.state = 'open'"], params: [] };
  queueFilters(f, where);
  // CROSS JOIN keeps customers (through the small customers_deleted index) as the outer loop.
  return stmt(
    db,
    `SELECT cb.due_on AS dueOn, cb.staff_id AS staffId FROM customers c CROSS JOIN callbacks cb ON cb.customer_id = c.id
     WHERE ${where.sql.join(' AND ')}`,
  ).all(...where.params) as { dueOn: string; staffId: string }[];
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
  const where: Where = {
    sql: ['cb.due_on >= ?', 'cb.due_on <= ?'],
    params: [from ?? '0000-01-01', to ?? '9999-12-31'],
  };
  queueFilters(f, where);
  const rows = includeClosed
    ? stmt(
        db,
        `SELECT cb.due_on AS dueOn, count(*) AS n FROM callbacks cb JOIN customers c ON c.id = cb.customer_id
         WHERE c.deleted_at IS NULL AND ${where.sql.join(' AND ')} GROUP BY cb.due_on`,
      ).all(...where.params)
    : stmt(
        db,
        `SELECT cb.due_on AS dueOn, count(*) AS n FROM callbacks cb
         WHERE cb.state = 'open' AND ${where.sql.join(' AND ')} GROUP BY cb.due_on`,
      ).all(...where.params);
  const days = new Map((rows as { dueOn: string; n: number }[]).map((r) => [r.dueOn, r.n]));
  if (!includeClosed)
    for (const d of deletedOpen(db, f)) if (inRange(d.dueOn, from, to)) days.set(d.dueOn, (days.get(d.dueOn) ?? 0) - 1);
  return days;
}

/** How many open call-backs are due in [from, to] (either end open): an index-only count. */
function countOpen(db: Db, f: QueueFilter, from: string | null, to: string | null): number {
  const where: Where = { sql: ["cb.state = 'open'"], params: [] };
  if (from !== null) {
    where.sql.push('cb.due_on >= ?');
    where.params.push(from);
  }
  if (to !== null) {
    where.sql.push('cb.due_on <= ?');
    where.params.push(to);
  }
  queueFilters(f, where);
  const { n } = stmt(db, `SELECT count(*) AS n FROM callbacks cb WHERE ${where.sql.join(' AND ')}`).get(
    ...where.params,
  ) as { n: number };
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
  const where: Where = { sql: ['c.deleted_at IS NULL'], params: [] };
  if (!includeClosed) where.sql.push("cb.state = 'open'");
  if (from !== null) {
    where.sql.push('cb.due_on >= ?');
    where.params.push(from);
  }
  if (to !== null) {
    where.sql.push('cb.due_on <= ?');
    where.params.push(to);
  }
  queueFilters(q, where);
  const rows = stmt(
    db,
    `SELECT ${ROW_COLUMNS} FROM ${ROW_FROM} WHERE ${where.sql.join(' AND ')} ORDER BY ${QUEUE_ORDER} LIMIT ? OFFSET ?`,
  ).all(...where.params, q.limit, q.offset) as Callback[];
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
  const filter: Where = { sql: [], params: [] };
  queueFilters(q, filter);
  const and = filter.sql.map((c) => ` AND ${c}`).join('');
  // Five index range counts; each subquery repeats the filter parameters.
  const count = (range: string) => `(SELECT count(*) FROM callbacks cb WHERE cb.state = 'open'${range}${and})`;
  const raw = stmt(
    db,
    `SELECT ${count('')} AS open, ${count(' AND cb.due_on < ?')} AS overdue, ${count(' AND cb.due_on = ?')} AS today,
       ${count(' AND cb.due_on >= ? AND cb.due_on <= ?')} AS week, ${count(' AND cb.due_on >= ? AND cb.due_on <= ?')} AS month`,
  ).get(
    ...filter.params,
    today,
    ...filter.params,
    today,
    ...filter.params,
    today,
    weekEnd,
    ...filter.params,
    month.from,
    month.to,
    ...filter.params,
  ) as { open: number; overdue: number; today: number; week: number; month: number };
  // Per staff member: two index range counts each, over the staff index.
  const perStaff = stmt(
    db,
    `SELECT s.id AS staffId, s.name AS staffName,
       (SELECT count(*) FROM callbacks cb WHERE cb.state = 'open' AND cb.staff_id = s.id AND cb.due_on < ?${and}) AS overdue,
       (SELECT count(*) FROM callbacks cb WHERE cb.state = 'open' AND cb.staff_id = s.id AND cb.due_on = ?${and}) AS today
     FROM staff s`,
  ).all(today, ...filter.params, today, ...filter.params) as {
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

// ---------------------------------------------------------------------------------------------------------------
// Creating

interface NewCallback {
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

function insertCallback(db: Db, c: NewCallback, actor: string | null, now: string): string {
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

// ---------------------------------------------------------------------------------------------------------------
// Cadences

interface EffectiveCadence {
  readonly own: Cadence | null;
  readonly effective: Cadence | null;
  readonly source: 'customer' | 'tag' | null;
  readonly tag: string | null;
}

function ownCadence(db: Db, customerId: string): Cadence | null {
  const row = stmt(db, 'SELECT every_n AS every, unit, mode FROM customer_cadences WHERE customer_id = ?').get(
    customerId,
  ) as Cadence | undefined;
  return row ?? null;
}

/** The customer's own cadence, else the shortest cadence among its tags'. */
function effectiveCadence(db: Db, customerId: string, tagCadences: readonly TagCadence[]): EffectiveCadence {
  const own = ownCadence(db, customerId);
  if (own) return { own, effective: own, source: 'customer', tag: null };
  if (tagCadences.length === 0) return { own: null, effective: null, source: null, tag: null };
  const tags = new Set(
    (stmt(db, 'SELECT tag FROM customer_tags WHERE customer_id = ?').all(customerId) as { tag: string }[]).map(
      (r) => r.tag,
    ),
  );
  let best: TagCadence | null = null;
  for (const tc of tagCadences)
    if (tags.has(tc.tag) && (best === null || cadenceDays(tc) < cadenceDays(best))) best = tc;
  return best
    ? { own: null, effective: { every: best.every, unit: best.unit, mode: best.mode }, source: 'tag', tag: best.tag }
    : { own: null, effective: null, source: null, tag: null };
}

/** Local date of the last contact: an interaction other than a note, not counting calls that did not get through. */
function lastContactOn(db: Db, customerId: string): string | null {
  const row = stmt(
    db,
    `SELECT max(i.occurred_at) AS at FROM interactions i
     WHERE i.customer_id = ? AND i.deleted_at IS NULL AND i.kind <> 'note'
       AND NOT EXISTS (SELECT 1 FROM callback_attempts a WHERE a.interaction_id = i.id AND a.reached = 0)`,
  ).get(customerId) as { at: string | null };
  return row.at ? localDate(new Date(row.at)) : null;
}

/**
 * The next date a cadence asks for. fixed: the planned date plus whole intervals, the first after `on`;
 * after_contact: `on` plus one interval. Moved to a working day.
 */
export function cadenceNextDue(cadence: Cadence, plannedOn: string, on: string, calendar: WorkCalendar): string {
  let due: string;
  if (cadence.mode === 'fixed') {
    let k = Math.max(1, Math.floor(daysBetween(plannedOn, on) / cadenceDays(cadence)));
    while (k > 1 && addCadence(plannedOn, cadence, k - 1) > on) k -= 1;
    while (addCadence(plannedOn, cadence, k) <= on) k += 1;
    due = addCadence(plannedOn, cadence, k);
  } else due = addCadence(on, cadence);
  return rollToWorkingDay(due, calendar);
}

/**
 * ok / amber / red for one customer. dueOn = last contact (or the day the customer was created) + cadence, moved to a
 * working day. amber once AMBER_FRACTION of the interval has passed without contact, red once dueOn has passed.
 */
export function cadenceStatus(db: Db, customerId: string, today: string = localDate()): CadenceStatus {
  const customer = getCustomer(db, customerId);
  const c = effectiveCadence(db, customerId, ruleSettings(db).tagCadences);
  const last = lastContactOn(db, customerId);
  const base = {
    customerId,
    cadence: c.own,
    effective: c.effective,
    source: c.source,
    tag: c.tag,
    lastContactOn: last,
  };
  if (!c.effective) return { ...base, dueOn: null, status: 'none' };
  const start = last ?? localDate(new Date(customer.createdAt));
  const dueOn = rollToWorkingDay(addCadence(start, c.effective), loadCalendar(db));
  const amberFrom = addDays(start, Math.ceil(daysBetween(start, dueOn) * AMBER_FRACTION));
  return { ...base, dueOn, status: today > dueOn ? 'red' : today >= amberFrom ? 'amber' : 'ok' };
}

/** cadenceStatus for a page of customers, keeping only those a cadence applies to; unknown ids are left out. */
export function cadenceStatuses(db: Db, customerIds: readonly string[], today: string = localDate()): CadenceStatus[] {
  if (customerIds.length === 0) return [];
  // Without tag cadences only customers with their own cadence can be due: one query finds them.
  const byTag = ruleSettings(db).tagCadences.length > 0;
  const candidates = new Set(
    (
      stmt(
        db,
        `SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL
           AND (? OR EXISTS (SELECT 1 FROM customer_cadences k WHERE k.customer_id = c.id))`,
      ).all(JSON.stringify(customerIds), byTag ? 1 : 0) as { id: string }[]
    ).map((r) => r.id),
  );
  return customerIds
    .filter((id) => candidates.has(id))
    .map((id) => cadenceStatus(db, id, today))
    .filter((s) => s.status !== 'none');
}

/** Sets (or with null removes) a customer's own cadence; optionally plans the next periodic call-back. */
export function setCadence(
  db: Db,
  customerId: string,
  cadence: Cadence | null,
  actor: string,
  options: { schedule: boolean; today: string | null },
): CadenceStatus {
  const customer = getCustomer(db, customerId);
  const today = options.today ?? localDate();
  db.transaction(() => {
    const before = ownCadence(db, customerId);
    if (cadence)
      stmt(
        db,
        `INSERT INTO customer_cadences (customer_id, every_n, unit, mode, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(customer_id) DO UPDATE SET every_n = excluded.every_n, unit = excluded.unit, mode = excluded.mode,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      ).run(customerId, cadence.every, cadence.unit, cadence.mode, nowIso(), actor);
    else stmt(db, 'DELETE FROM customer_cadences WHERE customer_id = ?').run(customerId);
    audit(db, {
      entity: 'cadence',
      entityId: customerId,
      action: 'update',
      staffId: actor,
      changes: { before, after: cadence },
    });

    if (!options.schedule) return;
    const status = cadenceStatus(db, customerId, today);
    const open = stmt(db, "SELECT 1 FROM callbacks WHERE customer_id = ? AND state = 'open' LIMIT 1").get(customerId);
    if (!status.dueOn || open) return;
    const staffId = customer.ownerId ?? actor;
    const dueOn = rollToWorkingDay(status.dueOn > today ? status.dueOn : today, loadCalendar(db));
    const id = insertCallback(
      db,
      {
        customerId,
        dueOn,
        windowStart: null,
        windowEnd: null,
        staffId,
        purpose: 'periodic_care',
        priority: 'normal',
        notes: null,
        campaignId: null,
      },
      actor,
      nowIso(),
    );
    audit(db, {
      entity: 'callback',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: { customerId, dueOn, from: 'cadence' },
    });
  })();
  return cadenceStatus(db, customerId, today);
}

// ---------------------------------------------------------------------------------------------------------------
// Logging a call

/**
 * Logs one call attempt in one transaction: the attempt, a 'call' interaction on the customer's timeline, the
 * call-back's new state, and the next call.
 *
 * Reached → done. Not reached → retried on the next working day after the call (or `retryOn`) while attempts are
 * below the retry limit and the reason is worth retrying; otherwise unreachable. Wrong numbers and refusals are not
 * retried unless `retry` is true; `retry` false stops at once.
 * Next call: omitted → from the cadence when reached; null → none; an object → that call (dueOn null: the cadence's
 * date). A next call is only scheduled when this one closes.
 */
export function logCall(db: Db, v: CallbackLogValues, actor: string): LogResult {
  const cb = getCallback(db, v.id);
  if (cb.state !== 'open')
    throw new DossierError({
      code: 'conflict',
      message: `This call-back is ${cb.state}, not open`,
      details: { id: cb.id, state: cb.state },
    });
  const rules = ruleSettings(db);
  if (v.answerCategory !== null && !rules.answerCategories.includes(v.answerCategory))
    throw validation(
      'answerCategory',
      'callbacks.answerUnknown',
      `“${v.answerCategory}” is not a configured answer category`,
    );
  const caller = v.staffId ?? actor;
  assertStaff(db, caller);
  const at = v.at ? new Date(v.at) : new Date();
  const atIso = at.toISOString();
  const on = localDate(at);
  const attempt = cb.attempts + 1;
  const calendar = loadCalendar(db);
  const reached = v.outcome === 'reached';
  const reason = reached ? null : v.reason;

  let result: LogResult['result'];
  let dueOn = cb.dueOn;
  if (reached) result = 'done';
  else {
    const retry = v.retry ?? (attempt < rules.retryLimit && !FINAL_NOT_REACHED_REASONS.includes(reason ?? 'no_answer'));
    result = retry ? 'retry' : 'unreachable';
    if (v.retryOn !== null && v.retryOn < on)
      throw validation('retryOn', 'callbacks.retryBeforeCall', 'The retry date is before the call');
    if (retry) dueOn = v.retryOn ? rollToWorkingDay(v.retryOn, calendar) : nextWorkingDay(on, calendar);
  }
  if (v.next && result === 'retry')
    throw validation('next', 'callbacks.nextWhileOpen', 'The call-back stays open: no next call yet');

  // The next call: explicit, or from the cadence.
  let next: NewCallback | null = null;
  if (result !== 'retry' && v.next !== null && (v.next !== undefined || reached)) {
    const explicit: NextCallValues | undefined = v.next;
    const cadence = effectiveCadence(db, cb.customerId, rules.tagCadences).effective;
    const nextDue = explicit?.dueOn
      ? rollToWorkingDay(explicit.dueOn, calendar)
      : cadence
        ? cadenceNextDue(cadence, cb.plannedOn, on, calendar)
        : null;
    if (explicit && nextDue === null)
      throw validation('next.dueOn', 'callbacks.noCadence', 'No cadence applies: give the date of the next call');
    if (nextDue !== null) {
      const staffId = explicit?.staffId ?? cb.staffId;
      if (explicit?.staffId) assertStaff(db, staffId);
      next = {
        customerId: cb.customerId,
        dueOn: nextDue,
        windowStart: explicit?.windowStart ?? null,
        windowEnd: explicit?.windowEnd ?? null,
        staffId,
        purpose: explicit?.purpose ?? (explicit ? cb.purpose : 'periodic_care'),
        priority: explicit?.priority ?? 'normal',
        notes: explicit?.notes ?? null,
        campaignId: null,
      };
    }
  }

  // The timeline entry, in the app's language.
  const lang = writingLanguage(db);
  const outcomeParts: string[] = [];
  if (reached) {
    outcomeParts.push(translate(lang, 'callbackOutcome.reached'));
    if (v.answerCategory) outcomeParts.push(answerLabel(lang, v.answerCategory));
    if (v.satisfaction !== null)
      outcomeParts.push(translate(lang, 'callbacks.timeline.satisfaction', { score: v.satisfaction }));
  } else {
    outcomeParts.push(
      translate(lang, 'callbacks.timeline.notReached', {
        reason: translate(lang, `notReachedReason.${reason ?? 'no_answer'}`),
      }),
    );
    outcomeParts.push(
      result === 'retry'
        ? translate(lang, 'callbacks.timeline.retry', { date: dueOn })
        : translate(lang, 'callbacks.timeline.unreachable'),
    );
  }
  const summary = [
    translate(lang, 'callbacks.timeline.summary', {
      purpose: translate(lang, `callbackPurpose.${cb.purpose}`),
      attempt,
    }),
    v.notes ?? '',
  ]
    .filter(Boolean)
    .join('\n');

  const attemptId = uuidv7();
  let nextId: string | null = null;
  db.transaction(() => {
    const now = nowIso();
    const interaction = createInteraction(
      db,
      {
        customerId: cb.customerId,
        kind: 'call',
        occurredAt: atIso,
        staffId: caller,
        summary,
        outcome: outcomeParts.join(' · ').slice(0, 500),
      },
      actor,
    );
    stmt(
      db,
      `INSERT INTO callback_attempts (id, callback_id, attempt, at, on_date, staff_id, reached, not_reached_reason, answer_category,
         satisfaction, notes, interaction_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      attemptId,
      cb.id,
      attempt,
      atIso,
      on,
      caller,
      reached ? 1 : 0,
      reason,
      v.answerCategory,
      v.satisfaction,
      v.notes,
      interaction.id,
      now,
      actor,
    );
    // Only if nobody logged or closed it meanwhile (another window, the command line): else nothing is written.
    const updated = stmt(
      db,
      `UPDATE callbacks SET attempts = ?, outcome = ?, not_reached_reason = ?, answer_category = ?, satisfaction = ?,
         last_attempt_at = ?, state = ?, due_on = ?, closed_at = ?, updated_at = ?, updated_by = ?
       WHERE id = ? AND state = 'open' AND attempts = ?`,
    ).run(
      attempt,
      v.outcome,
      reason,
      v.answerCategory,
      v.satisfaction,
      atIso,
      result === 'retry' ? 'open' : result,
      dueOn,
      result === 'retry' ? null : now,
      now,
      actor,
      cb.id,
      cb.attempts,
    );
    if (updated.changes !== 1)
      throw new DossierError({
        code: 'conflict',
        message: 'This call-back was changed meanwhile; reload it',
        details: { id: cb.id },
      });
    audit(db, {
      entity: 'callback',
      entityId: cb.id,
      action: 'update',
      staffId: actor,
      changes: {
        attempt,
        outcome: v.outcome,
        reason,
        answerCategory: v.answerCategory,
        satisfaction: v.satisfaction,
        result,
        dueOn,
      },
    });
    if (next) {
      nextId = insertCallback(db, next, actor, now);
      audit(db, {
        entity: 'callback',
        entityId: nextId,
        action: 'create',
        staffId: actor,
        changes: { ...next, after: cb.id },
      });
    }
  })();
  const attemptRow = listAttempts(db, cb.id).find((a) => a.id === attemptId);
  if (!attemptRow) throw new Error('logCall: the attempt was not stored');
  return {
    callback: getCallback(db, cb.id),
    attempt: attemptRow,
    result,
    next: nextId ? getCallback(db, nextId) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Bulk changes

function bulk(
  db: Db,
  ids: readonly string[],
  actor: string,
  change: (cb: { id: string; dueOn: string; staffId: string }, now: string) => Record<string, unknown> | null,
): BulkResult {
  const skipped: string[] = [];
  let updated = 0;
  db.transaction(() => {
    const now = nowIso();
    const read = stmt(
      db,
      "SELECT id, due_on AS dueOn, staff_id AS staffId FROM callbacks WHERE id = ? AND state = 'open'",
    );
    for (const id of new Set(ids)) {
      const cb = read.get(id) as { id: string; dueOn: string; staffId: string } | undefined;
      const changes = cb ? change(cb, now) : null;
      if (!cb || !changes) {
        skipped.push(id);
        continue;
      }
      updated += 1;
      audit(db, { entity: 'callback', entityId: id, action: 'update', staffId: actor, changes });
    }
  })();
  return { updated, skipped };
}

export function reassignCallbacks(
  db: Db,
  ids: readonly string[],
  staffId: string,
  reason: string | null,
  actor: string,
): BulkResult {
  assertStaff(db, staffId);
  const update = stmt(db, 'UPDATE callbacks SET staff_id = ?, updated_at = ?, updated_by = ? WHERE id = ?');
  return bulk(db, ids, actor, (cb, now) => {
    update.run(staffId, now, actor, cb.id);
    return { staffId: [cb.staffId, staffId], reason };
  });
}

/** To a date, or by a number of days; moved to a working day. A postponement re-plans: planned_on moves too. */
export function postponeCallbacks(
  db: Db,
  ids: readonly string[],
  target: { to: string | null; days: number | null },
  reason: string | null,
  actor: string,
): BulkResult {
  const calendar = loadCalendar(db);
  const update = stmt(
    db,
    'UPDATE callbacks SET due_on = ?, planned_on = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  );
  return bulk(db, ids, actor, (cb, now) => {
    const dueOn = rollToWorkingDay(target.to ?? addDays(cb.dueOn, target.days ?? 1), calendar);
    update.run(dueOn, dueOn, now, actor, cb.id);
    return { dueOn: [cb.dueOn, dueOn], reason };
  });
}

export function cancelCallbacks(db: Db, ids: readonly string[], reason: string, actor: string): BulkResult {
  const update = stmt(
    db,
    "UPDATE callbacks SET state = 'cancelled', cancelled_reason = ?, closed_at = ?, updated_at = ?, updated_by = ? WHERE id = ?",
  );
  return bulk(db, ids, actor, (cb, now) => {
    update.run(reason, now, now, actor, cb.id);
    return { state: ['open', 'cancelled'], reason };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Campaigns

interface SelectedCustomer {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string | null;
}

function selectCustomers(db: Db, s: CampaignSelection): SelectedCustomer[] {
  const filtered = s.query !== '' || s.kind !== null || s.ownerId !== null || s.tag !== null || s.region !== null;
  const wanted = s.customerIds && s.customerIds.length > 0 ? new Set(s.customerIds) : null;
  if (filtered) {
    const out: SelectedCustomer[] = [];
    for (const c of iterateCustomers(db, {
      query: s.query,
      kind: s.kind,
      ownerId: s.ownerId,
      tag: s.tag,
      region: s.region,
    }))
      if (!wanted || wanted.has(c.id)) out.push({ id: c.id, name: c.name, ownerId: c.ownerId });
    return out;
  }
  const read = stmt(db, 'SELECT id, name, owner_id AS ownerId FROM customers WHERE id = ? AND deleted_at IS NULL');
  const out: SelectedCustomer[] = [];
  for (const id of wanted ?? []) {
    const row = read.get(id) as SelectedCustomer | undefined;
    if (row) out.push(row);
  }
  return out;
}

interface Plan {
  readonly distribution: Distribution;
  readonly days: readonly string[];
  readonly selected: number;
  readonly skippedOpen: number;
  readonly names: ReadonlyMap<string, string>;
}

function planCampaign(db: Db, v: CampaignValues): Plan {
  for (const s of v.staffIds) assertStaff(db, s);
  const today = v.today ?? localDate();
  const from = v.fromOn > today ? v.fromOn : today;
  const days = from <= v.toOn ? workingDaysBetween(from, v.toOn, loadCalendar(db)) : [];
  const selected = selectCustomers(db, v.selection);
  let customers = selected;
  if (v.excludeOpen) {
    const hasOpen = stmt(db, "SELECT 1 FROM callbacks WHERE customer_id = ? AND state = 'open' LIMIT 1");
    customers = selected.filter((c) => !hasOpen.get(c.id));
  }
  const existing = new Map<string, number>();
  if (days.length > 0) {
    const staff = new Set(v.staffIds);
    const rows = stmt(
      db,
      `SELECT staff_id AS staffId, due_on AS dueOn, count(*) AS n FROM callbacks
       WHERE state = 'open' AND due_on >= ? AND due_on <= ? GROUP BY due_on, staff_id`,
    ).all(days[0], days[days.length - 1]) as { staffId: string; dueOn: string; n: number }[];
    for (const r of rows) if (staff.has(r.staffId)) existing.set(existingKey(r.staffId, r.dueOn), r.n);
  }
  const distribution = distribute({
    customers,
    days,
    staffIds: v.staffIds,
    perDayCap: v.perDayCap,
    existing,
    preferOwner: v.preferOwner,
  });
  return {
    distribution,
    days,
    selected: selected.length,
    skippedOpen: selected.length - customers.length,
    names: new Map(selected.map((c) => [c.id, c.name])),
  };
}

const PREVIEW_SAMPLE = 200;

function staffNames(db: Db): Map<string, string> {
  return new Map(
    (stmt(db, 'SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]),
  );
}

function previewOf(db: Db, plan: Plan): CampaignPreview {
  const d = plan.distribution;
  const names = staffNames(db);
  return {
    days: plan.days,
    capacity: d.capacity,
    selected: plan.selected,
    skippedOpen: plan.skippedOpen,
    assigned: d.assignments.length,
    overflow: d.overflow.length,
    perStaff: d.perStaff.map((s) => ({ ...s, staffName: names.get(s.staffId) ?? null })),
    perDay: d.perDay,
    sample: d.assignments
      .slice(0, PREVIEW_SAMPLE)
      .map((a) => ({ ...a, customerName: plan.names.get(a.customerId) ?? '' })),
    overflowSample: d.overflow
      .slice(0, PREVIEW_SAMPLE)
      .map((id) => ({ customerId: id, customerName: plan.names.get(id) ?? '' })),
  };
}

export function previewCampaign(db: Db, v: CampaignValues): CampaignPreview {
  return previewOf(db, planCampaign(db, v));
}

/** Plans and creates the campaign and its call-backs in one transaction; customers that do not fit are left out. */
export function createCampaign(db: Db, v: CampaignValues, actor: string): CampaignCreated {
  const id = uuidv7();
  let created = 0;
  let overflow = 0;
  db.transaction(() => {
    const plan = planCampaign(db, v);
    if (plan.distribution.assignments.length === 0)
      throw new DossierError({
        code: 'conflict',
        message: 'Nothing to schedule: no customer matches, or the range has no free working day',
        details: { selected: plan.selected, capacity: plan.distribution.capacity },
      });
    const now = nowIso();
    stmt(
      db,
      `INSERT INTO campaigns (id, name, purpose, priority, notes, from_on, to_on, per_day_cap, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, v.name, v.purpose, v.priority, v.notes, v.fromOn, v.toOn, v.perDayCap, now, actor, now, actor);
    for (const a of plan.distribution.assignments)
      insertCallback(
        db,
        {
          customerId: a.customerId,
          dueOn: a.dueOn,
          windowStart: null,
          windowEnd: null,
          staffId: a.staffId,
          purpose: v.purpose,
          priority: v.priority,
          notes: v.notes,
          campaignId: id,
        },
        actor,
        now,
      );
    created = plan.distribution.assignments.length;
    overflow = plan.distribution.overflow.length;
    // One entry for the whole campaign, as an import batch is one entry.
    audit(db, {
      entity: 'campaign',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: {
        name: v.name,
        fromOn: v.fromOn,
        toOn: v.toOn,
        staffIds: v.staffIds,
        perDayCap: v.perDayCap,
        selection: v.selection,
        created,
        overflow,
      },
    });
  })();
  return { campaign: getCampaign(db, id), created, overflow };
}

const CAMPAIGN_SQL = `SELECT cp.id, cp.name, cp.purpose, cp.priority, cp.notes, cp.from_on AS fromOn, cp.to_on AS toOn,
    cp.per_day_cap AS perDayCap, cp.created_at AS createdAt, cp.created_by AS createdBy,
    count(cb.id) AS total, coalesce(sum(cb.state = 'open'), 0) AS open, coalesce(sum(cb.state = 'done'), 0) AS done,
    coalesce(sum(cb.state = 'unreachable'), 0) AS unreachable, coalesce(sum(cb.state = 'cancelled'), 0) AS cancelled
  FROM campaigns cp LEFT JOIN callbacks cb ON cb.campaign_id = cp.id`;

const withProgress = (c: Omit<Campaign, 'progress'>): Campaign => {
  const base = c.total - c.cancelled;
  return { ...c, progress: base > 0 ? (c.done + c.unreachable) / base : 0 };
};

export function getCampaign(db: Db, id: string): Campaign {
  const row = stmt(db, `${CAMPAIGN_SQL} WHERE cp.id = ? GROUP BY cp.id`).get(id) as
    Omit<Campaign, 'progress'> | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No campaign with id ${id}`, details: { id } });
  return withProgress(row);
}

export function listCampaigns(db: Db): Campaign[] {
  return (
    stmt(db, `${CAMPAIGN_SQL} GROUP BY cp.id ORDER BY cp.created_at DESC, cp.id DESC`).all() as Omit<
      Campaign,
      'progress'
    >[]
  ).map(withProgress);
}

// ---------------------------------------------------------------------------------------------------------------
// Report

interface Cell {
  state: string;
  staffId: string;
  reason: NotReachedReason | null;
  category: string | null;
  satisfaction: number | null;
  attempts: number;
  n: number;
}

/**
 * The call-back report (回访报告) over the call-backs planned in [from, to] (either end open), of a campaign and/or
 * a staff member (the one assigned). Cancelled call-backs are counted apart, not planned.
 * reached = done; not reached = unreachable, by the reason of the last attempt; pending = still open.
 * Reach rate = reached / (reached + not reached). Answers and satisfaction are over the reached ones.
 */
export function callbackReport(db: Db, q: ReportQuery): CallbackReport {
  const range = [q.from ?? '0000-01-01', q.to ?? '9999-12-31'];
  const staffClause = q.staffId ? ' AND cb.staff_id = ?' : '';
  const staffParam = q.staffId ? [q.staffId] : [];
  const GROUP = 'cb.state, cb.staff_id, cb.not_reached_reason, cb.answer_category, cb.satisfaction';
  const SELECT = `SELECT cb.state, cb.staff_id AS staffId, cb.not_reached_reason AS reason, cb.answer_category AS category,
    cb.satisfaction, sum(cb.attempts) AS attempts, count(*) AS n`;
  let cells: Cell[];
  if (q.campaignId) {
    // A campaign is some thousands of call-backs at most: through its index.
    cells = stmt(
      db,
      `${SELECT} FROM callbacks cb
       WHERE cb.campaign_id = ? AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause} GROUP BY ${GROUP}`,
    ).all(q.campaignId, ...range, ...staffParam) as Cell[];
  } else {
    // Closed call-backs: the report index is in GROUP BY order, so SQLite aggregates while it reads, without a sort;
    // open ones: the staff queue index carries planned_on and attempts.
    const closed = stmt(
      db,
      `${SELECT} FROM callbacks cb INDEXED BY callbacks_report
       WHERE cb.state <> 'open' AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause} GROUP BY ${GROUP}`,
    ).all(...range, ...staffParam) as Cell[];
    const open = stmt(
      db,
      `SELECT 'open' AS state, cb.staff_id AS staffId, NULL AS reason, NULL AS category, NULL AS satisfaction,
         sum(cb.attempts) AS attempts, count(*) AS n
       FROM callbacks cb INDEXED BY callbacks_open_staff
       WHERE cb.state = 'open' AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause} GROUP BY cb.staff_id`,
    ).all(...range, ...staffParam) as Cell[];
    cells = [...closed, ...open];
  }

  let reached = 0;
  let notReached = 0;
  let pending = 0;
  let cancelled = 0;
  let attemptsTotal = 0;
  const byReason = new Map<NotReachedReason, number>();
  const byCategory = new Map<string | null, number>();
  const scores = [0, 0, 0, 0, 0];
  const staff = new Map<
    string,
    { planned: number; reached: number; notReached: number; pending: number; scoreSum: number; scored: number }
  >();
  for (const c of cells) {
    if (c.state === 'cancelled') {
      cancelled += c.n;
      continue;
    }
    attemptsTotal += c.attempts;
    let s = staff.get(c.staffId);
    if (!s) staff.set(c.staffId, (s = { planned: 0, reached: 0, notReached: 0, pending: 0, scoreSum: 0, scored: 0 }));
    s.planned += c.n;
    if (c.state === 'done') {
      reached += c.n;
      s.reached += c.n;
      byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.n);
      if (c.satisfaction !== null) {
        scores[c.satisfaction - 1] = (scores[c.satisfaction - 1] ?? 0) + c.n;
        s.scoreSum += c.satisfaction * c.n;
        s.scored += c.n;
      }
    } else if (c.state === 'unreachable') {
      notReached += c.n;
      s.notReached += c.n;
      const reason = c.reason ?? 'no_answer';
      byReason.set(reason, (byReason.get(reason) ?? 0) + c.n);
    } else {
      pending += c.n;
      s.pending += c.n;
    }
  }
  const scored = scores.reduce((a, b) => a + b, 0);
  const scoreSum = scores.reduce((a, n, i) => a + n * (i + 1), 0);
  const names = staffNames(db);
  const campaignName = q.campaignId
    ? ((stmt(db, 'SELECT name FROM campaigns WHERE id = ?').get(q.campaignId) as { name: string } | undefined)?.name ??
      null)
    : null;
  const configured = ruleSettings(db).answerCategories;
  const categoryOrder = (c: string | null): number =>
    c === null ? Number.MAX_SAFE_INTEGER : configured.indexOf(c) < 0 ? configured.length : configured.indexOf(c);

  return {
    from: q.from,
    to: q.to,
    campaignId: q.campaignId,
    campaignName,
    staffId: q.staffId,
    planned: reached + notReached + pending,
    reached,
    notReached,
    pending,
    cancelled,
    reachRate: percentOf(reached, reached + notReached),
    notReachedByReason: NOT_REACHED_REASONS.filter((r) => byReason.has(r)).map((reason) => ({
      reason,
      ...countPercent(byReason.get(reason) ?? 0, notReached),
    })),
    answers: [...byCategory.entries()]
      .sort(
        (a, b) => b[1] - a[1] || categoryOrder(a[0]) - categoryOrder(b[0]) || String(a[0]).localeCompare(String(b[0])),
      )
      .map(([category, n]) => ({ category, ...countPercent(n, reached) })),
    satisfaction: {
      count: scored,
      average: scored > 0 ? round2(scoreSum / scored) : null,
      distribution: scores.map((n, i) => ({ score: i + 1, ...countPercent(n, scored) })),
    },
    attempts: { total: attemptsTotal, reached, notReached: attemptsTotal - reached },
    perStaff: [...staff.entries()]
      .map(([staffId, s]) => ({
        staffId,
        staffName: names.get(staffId) ?? null,
        planned: s.planned,
        reached: s.reached,
        notReached: s.notReached,
        pending: s.pending,
        reachRate: percentOf(s.reached, s.reached + s.notReached),
        satisfactionAverage: s.scored > 0 ? round2(s.scoreSum / s.scored) : null,
      }))
      .sort((a, b) => b.planned - a.planned || (a.staffName ?? '').localeCompare(b.staffName ?? '')),
  };
}
