/**
 * The follow-up call of a resolved complaint, logged in the call-back queue: when it reached the customer and
 * recorded a satisfaction score, the complaint takes that score as the customer's satisfaction with the handling and,
 * being resolved, is closed by it (the score is what closing asks for, so nobody has to close it by hand; a low
 * score stays visible in the report, and a complaint closed on one can be reopened). A call without a score leaves
 * the complaint resolved, to be closed by hand.
 */
import { localDate } from '../../../shared/rules/calendar';
import type { ComplaintStatus } from '../../../shared/complaints/types';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { recordChange, sayer } from './events';

/** Runs inside the transaction that logs the call. */
export function recordFollowUpCall(
  db: Db,
  callbackId: string,
  satisfaction: number | null,
  at: string,
  callerId: string,
  actor: string,
): void {
  if (satisfaction === null) return;
  const c = stmt(db, 'SELECT id, customer_id AS customerId, status FROM complaints WHERE follow_up_id = ?').get(
    callbackId,
  ) as { id: string; customerId: string; status: ComplaintStatus } | undefined;
  if (!c) return;
  const closes = c.status === 'resolved';
  const on = localDate(new Date(at));
  stmt(
    db,
    `UPDATE complaints SET satisfaction = ?, satisfaction_on = ?, satisfaction_from_call = 1, status = ?,
       closed_at = CASE WHEN ? THEN ? ELSE closed_at END, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(satisfaction, on, closes ? 'closed' : c.status, closes ? 1 : 0, at, at, actor, c.id);
  const say = sayer(db);
  recordChange(
    db,
    {
      complaintId: c.id,
      customerId: c.customerId,
      action: closes ? 'closed' : 'satisfaction',
      at,
      staffId: callerId,
      from: c.status,
      to: closes ? 'closed' : c.status,
      note: null,
      line: {
        kind: 'note',
        summary: say(closes ? 'complaints.timeline.closed' : 'complaints.timeline.satisfaction', {
          score: satisfaction,
        }),
        outcome: null,
      },
      changes: { satisfaction, callbackId },
    },
    actor,
  );
}
