/**
 * Call-backs that plan themselves: a customer's birthday and a purchase's maturity (end) date each get one
 * call-back, due the settings' lead time before the occasion (birthday 3 days, maturity 7 by default; 0 plans
 * none), moved earlier to a working day of the branch's calendar, given to the customer's account manager.
 *
 * No scheduler: `planOccasions` is run when the app starts, on the hosts' reminder timer (inside
 * `callbacks.reminders`, once per day) and after a write that can add or change a birth or maturity date, a lead
 * time or the calendar (customers, purchases, imports, the call-back settings). Each run plans the occasions from
 * today to as far ahead as the lead time reaches; an occasion whose day passed while nothing ran is not planned late.
 *
 * Once: every planned occasion is written to `callback_occasions` (a birthday by customer and year, a maturity by
 * purchase and date) in the same transaction as its call-back, and a ledger row is never removed. So restarts, a
 * changed lead time, or a call-back cancelled or finished by hand never plan the same occasion again; a corrected
 * birth date in a year already planned plans nothing new; a purchase whose maturity date changes or that is deleted
 * has its open maturity call-back cancelled (`withdrawMaturityCallbacks`), and a new date gets its own. A customer
 * in the recycle bin (or a deleted purchase) is skipped; restored, its occasions still ahead are planned by the next
 * run.
 *
 * 29 February birthdays fall on 28 February in other years. Both reads are index-backed (migration 009).
 */
import { isBusy } from '../db/busy';
import type { CallbackPurpose } from '../../../shared/callbacks/vocabulary';
import { translate } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/i18n/languages';
import { daysInMonth, localDate } from '../../../shared/rules/calendar';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { sql, sqlList, stmt } from '../db/sql';
import { nowIso } from '../ids';
import { ensureDefaultStaff } from '../staff/staff';
import { cancelCallbacks } from './bulk';
import { loadCalendar } from './calendar';
import { insertCallback } from './queue';
import { ruleSettings, writingLanguage } from './settings';
import { addDays, rollBackToWorkingDay, type WorkCalendar } from './workdays';

type OccasionKind = Extract<CallbackPurpose, 'birthday' | 'product_maturity'>;

/** An occasion to plan a call-back for. */
interface Occasion {
  readonly kind: OccasionKind;
  /** The customer (birthday) or the purchase (maturity). */
  readonly subjectId: string;
  /** What makes it the same occasion: the year of a birthday, the date of a maturity. */
  readonly key: string;
  /** The day of the occasion this year (a 29 February birthday on 28 February in other years). */
  readonly on: string;
  readonly customerId: string;
  readonly ownerId: string | null;
  /** The customer's birth date or the purchase's maturity date, as stored. */
  readonly date: string;
  readonly product: string | null;
}

export interface PlannedOccasions {
  readonly birthdays: number;
  readonly maturities: number;
}

/** How far past `today + lead` a day off can push a call-back back to today (a national holiday week). */
const MAX_ROLL_BACK_DAYS = 30;

/** The call-back's day for an occasion on `on`: `lead` days before, moved back to a working day. */
function occasionDueOn(on: string, lead: number, calendar: WorkCalendar): string {
  return rollBackToWorkingDay(addDays(on, -lead), calendar);
}

/** The last occasion day whose call-back is due by `today` (an occasion from today through it is planned now). */
function lastOccasionDay(today: string, lead: number, calendar: WorkCalendar): string {
  let last = addDays(today, lead);
  for (let i = 0; i < MAX_ROLL_BACK_DAYS; i += 1) {
    const next = addDays(last, 1);
    if (occasionDueOn(next, lead, calendar) > today) break;
    last = next;
  }
  return last;
}

const isLeapYear = (year: number): boolean => daysInMonth(year, 2) === 29;

/** The birth month-days (`MM-DD`) celebrated on each day from `from` through `to`: 02-29 on 02-28 of other years. */
function birthdaysOn(from: string, to: string): Map<string, string> {
  const days = new Map<string, string>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const monthDay = day.slice(5);
    days.set(monthDay, day);
    if (monthDay === '02-28' && !isLeapYear(Number(day.slice(0, 4)))) days.set('02-29', day);
  }
  return days;
}

function birthdayOccasions(db: Db, today: string, last: string): Occasion[] {
  const days = birthdaysOn(today, last);
  // The window is shorter than a year: a month-day before today's falls in the next year.
  const thisYear = today.slice(0, 4);
  const nextYear = String(Number(thisYear) + 1);
  const query = sql`SELECT c.id, c.owner_id AS ownerId, c.birth_date AS birthDate FROM customers c
    WHERE substr(c.birth_date, 6) IN (${sqlList([...days.keys()])}) AND c.deleted_at IS NULL AND c.birth_date IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM callback_occasions o WHERE o.kind = 'birthday' AND o.subject_id = c.id
        AND o.occasion_key = CASE WHEN substr(c.birth_date, 6) >= ${today.slice(5)} THEN ${thisYear} ELSE ${nextYear} END)`;
  const rows = stmt(db, query.text).all(...query.params) as {
    id: string;
    ownerId: string | null;
    birthDate: string;
  }[];
  return rows.flatMap((row) => {
    const on = days.get(row.birthDate.slice(5));
    if (on === undefined) return [];
    return [
      {
        kind: 'birthday' as const,
        subjectId: row.id,
        key: on.slice(0, 4),
        on,
        customerId: row.id,
        ownerId: row.ownerId,
        date: row.birthDate,
        product: null,
      },
    ];
  });
}

function maturityOccasions(db: Db, today: string, last: string): Occasion[] {
  const rows = stmt(
    db,
    `SELECT t.id, t.customer_id AS customerId, t.matures_on AS maturesOn, t.product, c.owner_id AS ownerId
     FROM transactions t JOIN customers c ON c.id = t.customer_id
     WHERE t.matures_on >= ? AND t.matures_on <= ? AND t.deleted_at IS NULL AND t.matures_on IS NOT NULL
       AND c.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM callback_occasions o WHERE o.kind = 'product_maturity' AND o.subject_id = t.id
         AND o.occasion_key = t.matures_on)`,
  ).all(today, last) as {
    id: string;
    customerId: string;
    maturesOn: string;
    product: string;
    ownerId: string | null;
  }[];
  return rows.map((row) => ({
    kind: 'product_maturity' as const,
    subjectId: row.id,
    key: row.maturesOn,
    on: row.maturesOn,
    customerId: row.customerId,
    ownerId: row.ownerId,
    date: row.maturesOn,
    product: row.product,
  }));
}

/** The call-back's note: what the occasion is, in the language the core writes in ("生日 12月3日"). */
function occasionNote(language: Language, occasion: Pick<Occasion, 'kind' | 'date' | 'product'>): string {
  return occasion.kind === 'birthday'
    ? translate(language, 'callbacks.occasion.birthdayNote', dayParams(occasion.date))
    : translate(language, 'callbacks.occasion.maturityNote', {
        ...dayParams(occasion.date),
        product: occasion.product ?? '',
      });
}

/** A date's month and day as the messages say them: `{month}月{day}日`, or `{date}` (3 December). */
function dayParams(isoDate: string): { month: number; day: number; date: string } {
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, day),
  );
  return { month, day, date };
}

/**
 * Plans the call-backs of the occasions coming up from `today` (a local date) that have none yet; answers how many
 * it planned. One transaction: a run that fails plans nothing.
 */
export function planOccasions(db: Db, today: string): PlannedOccasions {
  const settings = ruleSettings(db);
  if (settings.birthdayLeadDays === 0 && settings.maturityLeadDays === 0) return { birthdays: 0, maturities: 0 };
  const calendar = loadCalendar(db);
  return db.transaction((): PlannedOccasions => {
    const birthdays =
      settings.birthdayLeadDays === 0
        ? []
        : birthdayOccasions(db, today, lastOccasionDay(today, settings.birthdayLeadDays, calendar));
    const maturities =
      settings.maturityLeadDays === 0
        ? []
        : maturityOccasions(db, today, lastOccasionDay(today, settings.maturityLeadDays, calendar));
    if (birthdays.length + maturities.length === 0) return { birthdays: 0, maturities: 0 };
    const language = writingLanguage(db);
    const now = nowIso();
    const fallbackStaff = ensureDefaultStaff(db).id;
    const liveStaff = new Set(
      (stmt(db, 'SELECT id FROM staff WHERE deleted_at IS NULL').all() as { id: string }[]).map((s) => s.id),
    );
    const record = stmt(
      db,
      `INSERT INTO callback_occasions (kind, subject_id, occasion_key, occasion_on, callback_id, planned_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const occasion of [...birthdays, ...maturities]) {
      const lead = occasion.kind === 'birthday' ? settings.birthdayLeadDays : settings.maturityLeadDays;
      const planned = occasionDueOn(occasion.on, lead, calendar);
      // Planned late (the app was closed, the date was just entered): due today rather than overdue.
      const dueOn = planned < today ? today : planned;
      const staffId = occasion.ownerId !== null && liveStaff.has(occasion.ownerId) ? occasion.ownerId : fallbackStaff;
      const notes = occasionNote(language, occasion);
      const values = {
        customerId: occasion.customerId,
        dueOn,
        windowStart: null,
        windowEnd: null,
        staffId,
        purpose: occasion.kind,
        priority: 'normal' as const,
        notes,
        campaignId: null,
      };
      const id = insertCallback(db, values, null, now);
      record.run(occasion.kind, occasion.subjectId, occasion.key, occasion.on, id, now);
      audit(db, { entity: 'callback', entityId: id, action: 'create', staffId: null, changes: values });
    }
    return { birthdays: birthdays.length, maturities: maturities.length };
  })();
}

/**
 * Plans today's occasions after something that can add one (start-up, a saved customer or purchase, an import). A
 * failure is logged, never thrown: the write it follows is done, and the next run (the reminder timer) tries again.
 */
export function planOccasionsToday(db: Db, now: Date = new Date()): boolean {
  try {
    planOccasions(db, localDate(now));
    return true;
  } catch (error) {
    // Another process writing (a CLI import) is no fault: the next run plans them.
    if (!isBusy(error)) console.error('occasions', error);
    return false;
  }
}

/**
 * Cancels a purchase's maturity call-backs still open for a date it no longer has (`maturesOn` changed, or null: the
 * purchase was deleted or its date cleared), with the reason in the language the core writes in. Their ledger rows
 * stay: that purchase and date are never planned again.
 */
export function withdrawMaturityCallbacks(db: Db, purchaseId: string, maturesOn: string | null, actor: string): number {
  const ids = (
    stmt(
      db,
      `SELECT o.callback_id AS id FROM callback_occasions o JOIN callbacks cb ON cb.id = o.callback_id
       WHERE o.kind = 'product_maturity' AND o.subject_id = ? AND o.occasion_key IS NOT ? AND cb.state = 'open'`,
    ).all(purchaseId, maturesOn) as { id: string }[]
  ).map((row) => row.id);
  if (ids.length === 0) return 0;
  const language = writingLanguage(db);
  const reason =
    maturesOn === null
      ? translate(language, 'callbacks.occasion.maturityGone')
      : translate(language, 'callbacks.occasion.maturityMoved', dayParams(maturesOn));
  return cancelCallbacks(db, ids, reason, actor).updated;
}
