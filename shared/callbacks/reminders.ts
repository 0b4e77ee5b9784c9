/**
 * What a reminder delivery says, in the user's language: one message per call-back when few came due, else one
 * summary; a catch-up (what came due while Dossier was closed) is always one summary. Both the desktop host (OS
 * notifications) and the web host (in-app notices) show exactly these.
 */
import type { Callback, CallbackReminders } from './types';
import type { MessageKey } from '../i18n/index';

export type ReminderTexts = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Up to this many call-backs get a message each; more get one summary. */
export const ONE_BY_ONE = 3;
/** Names spelled out in a summary. */
const NAMES_SHOWN = 3;

export interface ReminderMessage {
  readonly kind: 'catchUp' | 'dueMany' | 'due';
  readonly title: string;
  readonly body: string;
  /** The call-back a `due` message is about. */
  readonly callbackId: string | null;
}

function timeOf(t: ReminderTexts, c: Callback): string {
  return c.windowStart && c.windowEnd
    ? t('reminders.window', { start: c.windowStart, end: c.windowEnd })
    : t('reminders.anyTime');
}

function namesOf(t: ReminderTexts, r: CallbackReminders): string {
  const names = r.dueNow.slice(0, NAMES_SHOWN).map((c) => c.customerName);
  const joined = names.join(t('reminders.nameSeparator'));
  return r.total > names.length
    ? t('reminders.namesMore', { names: joined, more: r.total - names.length, total: r.total })
    : joined;
}

export function reminderMessages(t: ReminderTexts, r: CallbackReminders): ReminderMessage[] {
  if (r.total === 0) return [];
  if (r.catchUp)
    return [
      {
        kind: 'catchUp',
        title: t('reminders.catchUp', { count: r.total }),
        body: namesOf(t, r),
        callbackId: null,
      },
    ];
  if (r.total > ONE_BY_ONE)
    return [
      { kind: 'dueMany', title: t('reminders.dueMany', { count: r.total }), body: namesOf(t, r), callbackId: null },
    ];
  return r.dueNow.map((c) => ({
    kind: 'due',
    title: t('reminders.dueTitle', { name: c.customerName }),
    body: t('reminders.detail', { purpose: t(`callbackPurpose.${c.purpose}`), time: timeOf(t, c) }),
    callbackId: c.id,
  }));
}
