/**
 * Reminders: which open call-backs came due between two instants, and the mark of the last delivery, so that a
 * restart catches up exactly what came due while Dossier was closed and nothing is announced twice. No scheduler:
 * the hosts call `deliverReminders` on their own timer (desktop main, the web page) and show what it answers.
 *
 * A call-back comes due on its due day at the start of its time window, or at WORKDAY_START without one. Dates are
 * the branch's local days (the machine's time zone), as everywhere in the call-backs.
 */
import type { Callback, CallbackReminders } from '../../../shared/callbacks/types';
import { localDate } from '../../../shared/rules/calendar';
import { customerScope } from '../auth/acting';
import { recordScope } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { readSetting, writeSetting } from '../settings/settings';
import { getCallback, queueCounts } from './queue';

/** When a call-back without a time window comes due: the start of the working day, local time. */
const WORKDAY_START = '09:00';
/** At most this many call-backs are answered in full; `total` says how many came due. */
export const REMINDER_LIMIT = 20;
/** Hosts poll every minute; a longer silence since the last delivery means nothing was running to deliver. */
export const CATCH_UP_GAP_MS = 5 * 60_000;
/** The instant (ISO-8601 UTC) up to which reminders have been delivered. */
export const REMINDED_AT_SETTING = 'callbacks.remindedAt';

export interface DueSlot {
  readonly dueOn: string;
  readonly windowStart: string | null;
}

/** The local instant a call-back comes due: its day at the window's start, else at the start of the working day. */
export function dueInstant(slot: DueSlot, dayStart: string = WORKDAY_START): Date {
  const [y = 0, m = 1, d = 1] = slot.dueOn.split('-').map(Number);
  const [hh = 0, mm = 0] = (slot.windowStart ?? dayStart).split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm);
}

/**
 * The slots that came due in (from, to], in the order they came due (a stable sort keeps the caller's order within
 * one instant). `from` null (nothing delivered yet) takes everything due by `to`, overdue days included.
 */
export function cameDue<T extends DueSlot>(slots: readonly T[], from: Date | null, to: Date): T[] {
  return slots
    .map((slot) => ({ slot, at: dueInstant(slot).getTime() }))
    .filter(({ at }) => at <= to.getTime() && (from === null || at > from.getTime()))
    .sort((a, b) => a.at - b.at)
    .map(({ slot }) => slot);
}

/**
 * Where the last delivery is kept: a staff member signed in with their own scope has their own mark (what one of
 * them was shown is not what another was); managers, and a desk with sign-in off, share the branch's.
 */
const markKey = (): string => {
  const staffId = customerScope();
  return staffId === null ? REMINDED_AT_SETTING : `${REMINDED_AT_SETTING}.${staffId}`;
};

/** The last delivery to whoever asks, if any. */
export function remindedAt(db: Db): Date | null {
  const value = readSetting(db, markKey());
  const at = value === null ? null : new Date(value);
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

interface OpenSlot extends DueSlot {
  readonly id: string;
}

/**
 * Open call-backs of live customers due from `fromDay` (null: any earlier day) through `toDay`, in queue order; a
 * staff member's are those of their own and unassigned customers and those handed to them (as their queue).
 */
function openSlots(db: Db, fromDay: string | null, toDay: string): OpenSlot[] {
  const scope = recordScope('cb.customer_id', 'cb.staff_id');
  return stmt(
    db,
    `SELECT cb.id, cb.due_on AS dueOn, cb.window_start AS windowStart
     FROM callbacks cb JOIN customers c ON c.id = cb.customer_id
     WHERE cb.state = 'open' AND c.deleted_at IS NULL AND cb.due_on >= ? AND cb.due_on <= ?${scope ? ` AND ${scope.text}` : ''}
     ORDER BY cb.due_on, CASE cb.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, cb.rowid`,
  ).all(fromDay ?? '0000-01-01', toDay, ...(scope?.params ?? [])) as OpenSlot[];
}

/**
 * What came due since the last delivery, up to `now`; unless `peek`, marks it delivered. A clock set back before the
 * mark resets the mark to now: at worst a reminder repeats, rather than all of them staying silent until the clock
 * catches up.
 */
export function deliverReminders(db: Db, options: { readonly now: Date; readonly peek: boolean }): CallbackReminders {
  const { now, peek } = options;
  return db.transaction((): CallbackReminders => {
    const mark = remindedAt(db);
    const from = mark && mark.getTime() > now.getTime() ? now : mark;
    const due = cameDue(openSlots(db, from ? localDate(from) : null, localDate(now)), from, now);
    if (!peek) writeSetting(db, markKey(), now.toISOString());
    const counts = queueCounts(db, { today: localDate(now), staffId: null, purpose: null, campaignId: null });
    const dueNow: Callback[] = due.slice(0, REMINDER_LIMIT).map((slot) => getCallback(db, slot.id));
    return {
      dueNow,
      total: due.length,
      catchUp: from === null || now.getTime() - from.getTime() > CATCH_UP_GAP_MS,
      today: counts.today,
      overdue: counts.overdue,
    };
  })();
}
