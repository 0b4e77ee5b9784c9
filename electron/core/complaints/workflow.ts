/**
 * Working a complaint: taking it up, resolving it (root cause, countermeasure, what the customer was told; the
 * follow-up call goes into the call-back queue), closing it with the customer's satisfaction, reopening it, and
 * handing complaints to someone else. Each step checks the status it starts from (shared/complaints/workflow.ts)
 * and writes the event, the timeline line and the audit entry in one transaction.
 */
import type { ComplaintCloseValues, ComplaintResolveValues } from '../../../shared/complaints/schemas';
import type { Complaint, ComplaintBulkResult, ResolveResult } from '../../../shared/complaints/types';
import { canStep, STEP_TO, type ComplaintStep } from '../../../shared/complaints/workflow';
import { localDate } from '../../../shared/rules/calendar';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { loadCalendar } from '../callbacks/calendar';
import { getCallback, insertCallback } from '../callbacks/queue';
import { nextWorkingDay, rollToWorkingDay } from '../callbacks/workdays';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { checkOwner, getComplaint } from './complaints';
import { listText, recordChange, sayer } from './events';
import { categoryLabels } from '../hq/reference';
import { checkListed, complaintSettings, validation } from './settings';

/** The complaint, if `step` is allowed from its status; else a conflict naming the status it is in. */
function forStep(db: Db, id: string, step: ComplaintStep): Complaint {
  const c = getComplaint(db, id);
  if (canStep(c.status, step)) return c;
  if (step === 'close' && (c.status === 'open' || c.status === 'in_progress'))
    throw new DossierError({
      code: 'conflict',
      message: 'Only a resolved complaint can be closed',
      issues: [{ path: 'status', code: 'complaints.closeUnresolved' }],
    });
  if (step === 'reopen')
    throw new DossierError({
      code: 'conflict',
      message: `A complaint that is ${c.status} cannot be reopened`,
      issues: [{ path: 'status', code: 'complaints.notReopenable' }],
    });
  throw new DossierError({
    code: 'conflict',
    message: `This complaint is already ${c.status}`,
    issues: [{ path: 'status', code: 'complaints.notOpen' }],
    details: { status: c.status },
  });
}

/** Moves the status only if nobody changed it meanwhile (another window, the command line). */
function moveStatus(
  db: Db,
  c: Complaint,
  to: Complaint['status'],
  sets: string,
  params: unknown[],
  actor: string,
): void {
  const r = stmt(
    db,
    `UPDATE complaints SET status = ?, ${sets}, updated_at = ?, updated_by = ? WHERE id = ? AND status = ?`,
  ).run(to, ...params, nowIso(), actor, c.id, c.status);
  if (r.changes !== 1)
    throw new DossierError({
      code: 'conflict',
      message: 'This complaint was changed meanwhile; reload it',
      details: { id: c.id },
    });
}

/** open → in progress: someone has taken it up (its first response). */
export function startComplaint(db: Db, id: string, note: string | null, actor: string): Complaint {
  const c = forStep(db, id, 'start');
  const say = sayer(db);
  db.transaction(() => {
    const at = nowIso();
    moveStatus(db, c, 'in_progress', 'first_response_at = coalesce(first_response_at, ?)', [at], actor);
    recordChange(
      db,
      {
        complaintId: c.id,
        customerId: c.customerId,
        action: 'started',
        at,
        staffId: actor,
        from: c.status,
        to: 'in_progress',
        note,
        line: {
          kind: 'note',
          summary: [say('complaints.timeline.started'), note].filter(Boolean).join('\n'),
          outcome: null,
        },
        changes: { note },
      },
      actor,
    );
  })();
  return getComplaint(db, id);
}

/**
 * Resolved: root cause (from the configured list), countermeasure and what the customer was told. Unless asked for
 * none, a complaint_follow_up call-back goes into the queue (default: the owner, the next working day) and is linked
 * to the complaint; logging that call with a satisfaction score closes the complaint (follow-up.ts).
 */
export function resolveComplaint(db: Db, v: ComplaintResolveValues, actor: string, now = new Date()): ResolveResult {
  const c = forStep(db, v.id, 'resolve');
  checkListed(v.rootCause, complaintSettings(db).rootCauses, 'rootCause');
  const at = v.at ? new Date(v.at).toISOString() : now.toISOString();
  if (at < c.receivedAt) throw validation('at', 'complaints.resolvedBeforeReceived', 'Resolved before it was received');
  const resolvedOn = localDate(new Date(at));
  const calendar = loadCalendar(db);
  let followUp: { dueOn: string; staffId: string } | null = null;
  if (v.followUp) {
    const staffId = v.followUp.staffId ?? c.ownerId;
    checkOwner(db, staffId, 'followUp.staffId');
    if (v.followUp.dueOn !== null && v.followUp.dueOn < resolvedOn)
      throw validation('followUp.dueOn', 'complaints.followUpBeforeResolved', 'Follow-up before the resolution');
    const dueOn = v.followUp.dueOn
      ? rollToWorkingDay(v.followUp.dueOn, calendar)
      : nextWorkingDay(resolvedOn, calendar);
    followUp = { dueOn, staffId };
  }
  const say = sayer(db);
  const cause = listText(say, 'complaintCause', v.rootCause);
  let followUpId: string | null = null;
  db.transaction(() => {
    const stamp = nowIso();
    if (followUp) {
      followUpId = insertCallback(
        db,
        {
          customerId: c.customerId,
          dueOn: followUp.dueOn,
          windowStart: null,
          windowEnd: null,
          staffId: followUp.staffId,
          purpose: 'complaint_follow_up',
          priority: c.severity === 'high' || c.severity === 'urgent' ? 'high' : 'normal',
          notes: say('complaints.followUpNote', {
            category: listText(say, 'complaintCategory', c.category, categoryLabels(db, 'complaint')),
            date: resolvedOn,
          }),
          campaignId: null,
        },
        actor,
        stamp,
      );
      audit(db, {
        entity: 'callback',
        entityId: followUpId,
        action: 'create',
        staffId: actor,
        changes: { ...followUp, complaintId: c.id },
      });
    }
    moveStatus(
      db,
      c,
      'resolved',
      `first_response_at = coalesce(first_response_at, ?), resolved_at = ?, resolved_on = ?, root_cause = ?,
        countermeasure = ?, customer_told = ?, follow_up_id = ?`,
      [at, at, resolvedOn, v.rootCause, v.countermeasure, v.customerTold, followUpId],
      actor,
    );
    recordChange(
      db,
      {
        complaintId: c.id,
        customerId: c.customerId,
        action: 'resolved',
        at,
        staffId: actor,
        from: c.status,
        to: 'resolved',
        note: v.countermeasure,
        line: {
          kind: 'note',
          summary: [
            say('complaints.timeline.resolved', { cause }),
            followUp ? say('complaints.timeline.followUp', { date: followUp.dueOn }) : '',
          ]
            .filter(Boolean)
            .join('\n'),
          outcome: say('complaints.timeline.resolvedOutcome', {
            countermeasure: v.countermeasure,
            told: v.customerTold,
          }),
        },
        changes: { rootCause: v.rootCause, countermeasure: v.countermeasure, customerTold: v.customerTold, followUpId },
      },
      actor,
    );
  })();
  return { complaint: getComplaint(db, c.id), followUp: followUpId ? getCallback(db, followUpId) : null };
}

/**
 * resolved → closed with the customer's satisfaction (1–5): the one given, else the one the follow-up call recorded.
 * The database refuses a closed complaint without a cause and countermeasure as well.
 */
export function closeComplaint(db: Db, v: ComplaintCloseValues, actor: string): Complaint {
  const c = forStep(db, v.id, 'close');
  const score = v.satisfaction ?? c.satisfaction;
  if (score === null)
    throw validation(
      'satisfaction',
      'complaints.satisfactionRequired',
      'The satisfaction with the handling is missing',
    );
  const say = sayer(db);
  db.transaction(() => {
    const at = nowIso();
    const typed = v.satisfaction !== null && v.satisfaction !== c.satisfaction;
    moveStatus(
      db,
      c,
      'closed',
      typed
        ? 'closed_at = ?, satisfaction = ?, satisfaction_on = ?, satisfaction_from_call = 0'
        : 'closed_at = ?, satisfaction = ?, satisfaction_on = coalesce(satisfaction_on, ?)',
      [at, score, localDate(new Date(at))],
      actor,
    );
    recordChange(
      db,
      {
        complaintId: c.id,
        customerId: c.customerId,
        action: 'closed',
        at,
        staffId: actor,
        from: c.status,
        to: 'closed',
        note: v.note,
        line: {
          kind: 'note',
          summary: [say('complaints.timeline.closed', { score }), v.note].filter(Boolean).join('\n'),
          outcome: null,
        },
        changes: { satisfaction: score, note: v.note },
      },
      actor,
    );
  })();
  return getComplaint(db, c.id);
}

/**
 * resolved or closed → in progress. The resolution, closing and score are cleared (the history and the audit log
 * keep them; the cause and countermeasure stay as a starting point) and an open follow-up call is cancelled.
 */
export function reopenComplaint(db: Db, id: string, reason: string, actor: string): Complaint {
  const c = forStep(db, id, 'reopen');
  const say = sayer(db);
  db.transaction(() => {
    const at = nowIso();
    if (c.followUpId)
      stmt(
        db,
        `UPDATE callbacks SET state = 'cancelled', cancelled_reason = ?, closed_at = ?, updated_at = ?, updated_by = ?
         WHERE id = ? AND state = 'open'`,
      ).run(reason, at, at, actor, c.followUpId);
    moveStatus(
      db,
      c,
      STEP_TO.reopen,
      `resolved_at = NULL, resolved_on = NULL, closed_at = NULL, satisfaction = NULL, satisfaction_on = NULL,
        satisfaction_from_call = 0, follow_up_id = NULL`,
      [],
      actor,
    );
    recordChange(
      db,
      {
        complaintId: c.id,
        customerId: c.customerId,
        action: 'reopened',
        at,
        staffId: actor,
        from: c.status,
        to: STEP_TO.reopen,
        note: reason,
        line: { kind: 'note', summary: say('complaints.timeline.reopened', { reason }), outcome: null },
        changes: {
          reason,
          before: {
            resolvedAt: c.resolvedAt,
            closedAt: c.closedAt,
            satisfaction: c.satisfaction,
            followUpId: c.followUpId,
          },
        },
      },
      actor,
    );
  })();
  return getComplaint(db, id);
}

/** Hands complaints to `staffId`; those unknown or already theirs are skipped. */
export function reassignComplaints(
  db: Db,
  ids: readonly string[],
  staffId: string,
  reason: string | null,
  actor: string,
): ComplaintBulkResult {
  checkOwner(db, staffId, 'staffId');
  const name = (stmt(db, 'SELECT name FROM staff WHERE id = ?').get(staffId) as { name: string }).name;
  const say = sayer(db);
  const skipped: string[] = [];
  let updated = 0;
  const read = stmt(db, 'SELECT customer_id AS customerId, owner_id AS ownerId, status FROM complaints WHERE id = ?');
  const write = stmt(db, 'UPDATE complaints SET owner_id = ?, updated_at = ?, updated_by = ? WHERE id = ?');
  db.transaction(() => {
    const at = nowIso();
    for (const id of new Set(ids)) {
      const row = read.get(id) as { customerId: string; ownerId: string; status: Complaint['status'] } | undefined;
      if (!row || row.ownerId === staffId) {
        skipped.push(id);
        continue;
      }
      write.run(staffId, at, actor, id);
      recordChange(
        db,
        {
          complaintId: id,
          customerId: row.customerId,
          action: 'reassigned',
          at,
          staffId: actor,
          from: row.status,
          to: row.status,
          note: reason,
          line: {
            kind: 'note',
            summary: [say('complaints.timeline.reassigned', { name }), reason].filter(Boolean).join('\n'),
            outcome: null,
          },
          changes: { ownerId: [row.ownerId, staffId], reason },
        },
        actor,
      );
      updated += 1;
    }
  })();
  return { updated, skipped };
}
