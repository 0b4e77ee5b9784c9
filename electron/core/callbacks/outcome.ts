/**
 * What logging a call decides, reading and writing nothing: whether its answer is allowed, the call-back's result
 * and due date (the retry rule itself is shared with the log dialog), and the next call.
 */
import { callResult } from '../../../shared/callbacks/retry';
import type { CallbackLogValues, NextCallValues } from '../../../shared/callbacks/schemas';
import type { Cadence, Callback } from '../../../shared/callbacks/types';
import type { CallResult } from '../../../shared/callbacks/vocabulary';
import type { MessageKey } from '../../../shared/i18n/index';
import { DossierError } from '../../../shared/result';
import type { NewCallback } from './queue';
import { addCadence, cadenceDays, daysBetween, nextWorkingDay, rollToWorkingDay, type WorkCalendar } from './workdays';

const validation = (path: string, code: MessageKey, message: string): DossierError =>
  new DossierError({ code: 'validation', message: `${path}: ${message}`, issues: [{ path, code }] });

/** A reached call's answer must be one of the configured categories. */
export function checkAnswer(answerCategory: string | null, configured: readonly string[]): void {
  if (answerCategory !== null && !configured.includes(answerCategory))
    throw validation(
      'answerCategory',
      'callbacks.answerUnknown',
      `“${answerCategory}” is not a configured answer category`,
    );
}

export interface CallOutcome {
  /** This attempt's number: 1 for the first call. */
  readonly attempt: number;
  readonly result: CallResult;
  /** When the call-back is due after this call: the retry's date, else unchanged. */
  readonly dueOn: string;
}

type LoggedValues = Pick<CallbackLogValues, 'outcome' | 'reason' | 'retry' | 'retryOn' | 'next'>;

/**
 * The call's result (`callResult`) and the call-back's due date: a retry is due on the next working day after the
 * call (`on`), or on `retryOn` moved to a working day. A retry date before the call is refused, and so is a next
 * call while this one stays open.
 */
export function callOutcome(
  cb: Pick<Callback, 'attempts' | 'dueOn'>,
  v: LoggedValues,
  on: string,
  retryLimit: number,
  calendar: WorkCalendar,
): CallOutcome {
  const attempt = cb.attempts + 1;
  const reached = v.outcome === 'reached';
  const result = callResult({
    outcome: v.outcome,
    reason: reached ? null : v.reason,
    attempt,
    retryLimit,
    retry: v.retry,
  });
  let dueOn = cb.dueOn;
  if (!reached) {
    if (v.retryOn !== null && v.retryOn < on)
      throw validation('retryOn', 'callbacks.retryBeforeCall', 'The retry date is before the call');
    if (result === 'retry') dueOn = v.retryOn ? rollToWorkingDay(v.retryOn, calendar) : nextWorkingDay(on, calendar);
  }
  if (v.next && result === 'retry')
    throw validation('next', 'callbacks.nextWhileOpen', 'The call-back stays open: no next call yet');
  return { attempt, result, dueOn };
}

/**
 * Whether the call schedules a next one. Only a call that closes the call-back does: `next` omitted asks the
 * cadence when reached (nothing otherwise); null asks for none; an object asks for that call.
 */
export function wantsNextCall(v: Pick<CallbackLogValues, 'outcome' | 'next'>, result: CallResult): boolean {
  return result !== 'retry' && v.next !== null && (v.next !== undefined || v.outcome === 'reached');
}

/**
 * The next date a cadence asks for. fixed: the planned date plus whole intervals, the first after `on`;
 * after_contact: `on` plus one interval. Moved to a working day.
 */
function cadenceNextDue(cadence: Cadence, plannedOn: string, on: string, calendar: WorkCalendar): string {
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
 * The next call after one made `on`: on the date asked for (moved to a working day), else the cadence's date; none
 * without either, and refused when one was asked for without a date and no cadence applies. It goes to the staff
 * asked for, else the call-back's; an asked-for call keeps the call-back's purpose, a cadence's is periodic care.
 */
export function nextCall(
  cb: Pick<Callback, 'customerId' | 'staffId' | 'purpose' | 'plannedOn'>,
  explicit: NextCallValues | undefined,
  cadence: Cadence | null,
  on: string,
  calendar: WorkCalendar,
): NewCallback | null {
  const dueOn = explicit?.dueOn
    ? rollToWorkingDay(explicit.dueOn, calendar)
    : cadence
      ? cadenceNextDue(cadence, cb.plannedOn, on, calendar)
      : null;
  if (explicit && dueOn === null)
    throw validation('next.dueOn', 'callbacks.noCadence', 'No cadence applies: give the date of the next call');
  if (dueOn === null) return null;
  return {
    customerId: cb.customerId,
    dueOn,
    windowStart: explicit?.windowStart ?? null,
    windowEnd: explicit?.windowEnd ?? null,
    staffId: explicit?.staffId ?? cb.staffId,
    purpose: explicit?.purpose ?? (explicit ? cb.purpose : 'periodic_care'),
    priority: explicit?.priority ?? 'normal',
    notes: explicit?.notes ?? null,
    campaignId: null,
  };
}
