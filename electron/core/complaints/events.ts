/**
 * What happens to a complaint is written three times, in the caller's transaction: an event row (the complaint's own
 * history), a line on the customer's timeline (with who and when) and the audit log. The texts are in the app's
 * language, like the other lines the core writes.
 */
import type { ComplaintAction, ComplaintStatus } from '../../../shared/complaints/types';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import type { InteractionKind } from '../../../shared/interactions/types';
import { isMessageKey } from '../../../shared/i18n/index';
import { pulledLabel } from '../../../shared/hq/labels';
import type { CategoryLabels } from '../../../shared/hq/types';
import { audit } from '../audit/log';
import { writingLanguage } from '../callbacks/settings';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';

/** The interaction's outcome column holds at most this many characters. */
const OUTCOME_MAX = 500;

export type Say = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function sayer(db: Db): Say {
  const language = writingLanguage(db);
  return (key, params) => translate(language, key, params);
}

/**
 * A category or cause as people read it: a category pulled from head office by the name it gave (`labels`), built-in
 * codes translated, the branch's own as typed.
 */
export function listText(
  say: Say,
  prefix: 'complaintCategory' | 'complaintCause',
  value: string,
  labels?: CategoryLabels,
): string {
  const pulled = prefix === 'complaintCategory' ? labels?.[value] : undefined;
  if (pulled) return pulledLabel(say, pulled);
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? say(key) : value;
}

interface ComplaintChange {
  readonly complaintId: string;
  readonly customerId: string;
  readonly action: ComplaintAction;
  readonly at: string;
  /** Who did it (shown on the timeline); the actor is who recorded it. */
  readonly staffId: string;
  readonly from: ComplaintStatus | null;
  readonly to: ComplaintStatus | null;
  readonly note: string | null;
  /** The timeline line; null writes none (the entry already exists). */
  readonly line: { readonly kind: InteractionKind; readonly summary: string; readonly outcome: string | null } | null;
  /** What the audit log records. */
  readonly changes: unknown;
}

/** Writes the event, its timeline line and its audit entry; returns the line's interaction id. */
export function recordChange(db: Db, c: ComplaintChange, actor: string): string | null {
  const now = nowIso();
  let interactionId: string | null = null;
  if (c.line) {
    interactionId = uuidv7();
    stmt(
      db,
      `INSERT INTO interactions (id, customer_id, kind, occurred_at, staff_id, summary, outcome, created_at, created_by,
         updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      interactionId,
      c.customerId,
      c.line.kind,
      c.at,
      c.staffId,
      c.line.summary,
      c.line.outcome === null ? null : c.line.outcome.slice(0, OUTCOME_MAX),
      now,
      actor,
      now,
      actor,
    );
    stmt(db, 'UPDATE customers SET updated_at = ? WHERE id = ?').run(now, c.customerId);
  }
  stmt(
    db,
    `INSERT INTO complaint_events (id, complaint_id, at, staff_id, action, from_status, to_status, note, interaction_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(uuidv7(), c.complaintId, c.at, c.staffId, c.action, c.from, c.to, c.note, interactionId);
  audit(db, {
    entity: 'complaint',
    entityId: c.complaintId,
    action: c.action === 'received' ? 'create' : 'update',
    staffId: actor,
    changes: { action: c.action, from: c.from, to: c.to, ...(c.changes as object) },
  });
  return interactionId;
}
