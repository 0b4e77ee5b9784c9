/** What a logged call writes on the customer's timeline, in the app's language: a summary and an outcome line. */
import { answerText } from '../../../shared/callbacks/labels';
import type { CallbackLogValues } from '../../../shared/callbacks/schemas';
import type { Callback } from '../../../shared/callbacks/types';
import type { CategoryLabels } from '../../../shared/hq/types';
import type { Language } from '../../../shared/i18n/languages';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import type { CallOutcome } from './outcome';

export interface CallEntry {
  /** The purpose and attempt number, then the caller's notes. */
  readonly summary: string;
  /** Reached with the answer and satisfaction, or not reached with why and what happens next. */
  readonly outcome: string;
}

/** The interaction's outcome column holds at most this many characters. */
const OUTCOME_MAX = 500;

export function callTimelineEntry(
  language: Language,
  cb: Pick<Callback, 'purpose'>,
  v: Pick<CallbackLogValues, 'outcome' | 'reason' | 'answerCategory' | 'satisfaction' | 'notes'>,
  decided: CallOutcome,
  answerLabels?: CategoryLabels,
): CallEntry {
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
    translate(language, key, params);
  const parts: string[] = [];
  if (v.outcome === 'reached') {
    parts.push(t('callbackOutcome.reached'));
    if (v.answerCategory) parts.push(answerText(t, v.answerCategory, answerLabels));
    if (v.satisfaction !== null) parts.push(t('callbacks.timeline.satisfaction', { score: v.satisfaction }));
  } else {
    parts.push(t('callbacks.timeline.notReached', { reason: t(`notReachedReason.${v.reason ?? 'no_answer'}`) }));
    parts.push(
      decided.result === 'retry'
        ? t('callbacks.timeline.retry', { date: decided.dueOn })
        : t('callbacks.timeline.unreachable'),
    );
  }
  const summary = [
    t('callbacks.timeline.summary', { purpose: t(`callbackPurpose.${cb.purpose}`), attempt: decided.attempt }),
    v.notes ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  return { summary, outcome: parts.join(' · ').slice(0, OUTCOME_MAX) };
}
