/**
 * Logging a call: the attempt, a 'call' interaction on the customer's timeline, the call-back's new state and the
 * next call, in one transaction. What the call decides is in outcome.ts, what the timeline says in timeline-entry.ts.
 */
import type { CallbackLogValues } from '../../../shared/callbacks/schemas';
import type { LogResult } from '../../../shared/callbacks/types';
import { localDate } from '../../../shared/rules/calendar';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { recordFollowUpCall } from '../complaints/follow-up';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { createInteraction } from '../interactions/timeline';
import { effectiveCadence } from './cadences';
import { loadCalendar } from './calendar';
import { callOutcome, checkAnswer, nextCall, wantsNextCall } from './outcome';
import { getCallback, insertCallback, listAttempts } from './queue';
import { ruleSettings, writingLanguage } from './settings';
import { assertStaff } from '../staff/staff';
import { callTimelineEntry } from './timeline-entry';

/**
 * Logs one call attempt. Reached → done. Not reached → retried on the next working day after the call (or
 * `retryOn`) while attempts are below the retry limit and the reason is worth retrying; otherwise unreachable.
 * Wrong numbers and refusals are not retried unless `retry` is true; `retry` false stops at once.
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
  checkAnswer(v.answerCategory, rules.answerCategories);
  const caller = v.staffId ?? actor;
  assertStaff(db, caller);
  const at = v.at ? new Date(v.at) : new Date();
  const atIso = at.toISOString();
  const on = localDate(at);
  const calendar = loadCalendar(db);
  const decided = callOutcome(cb, v, on, rules.retryLimit, calendar);
  const { attempt, result, dueOn } = decided;
  const reason = v.outcome === 'reached' ? null : v.reason;

  const next = wantsNextCall(v, result)
    ? nextCall(cb, v.next ?? undefined, effectiveCadence(db, cb.customerId, rules.tagCadences).effective, on, calendar)
    : null;
  if (next && v.next?.staffId) assertStaff(db, next.staffId);
  const entry = callTimelineEntry(writingLanguage(db), cb, v, decided, rules.answerLabels);

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
        summary: entry.summary,
        outcome: entry.outcome,
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
      v.outcome === 'reached' ? 1 : 0,
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
    // A complaint's follow-up call: its score closes the resolved complaint.
    if (cb.purpose === 'complaint_follow_up' && v.outcome === 'reached')
      recordFollowUpCall(db, cb.id, v.satisfaction, atIso, caller, actor);
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
