import type { AuditAction, AuditEntity } from '../../../shared/audit/types';
import { nowIso } from '../ids';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

/** Field → [before, after] for what changed; the timeline of edits is read from here. */
export function diff(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(after[key] ?? null);
    if (a !== b) changes[key] = [before[key] ?? null, after[key] ?? null];
  }
  return changes;
}

export function audit(
  db: Db,
  entry: { entity: AuditEntity; entityId: string; action: AuditAction; staffId: string | null; changes?: unknown },
): void {
  stmt(db, 'INSERT INTO audit_log (at, staff_id, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)').run(
    nowIso(),
    entry.staffId,
    entry.entity,
    entry.entityId,
    entry.action,
    entry.changes === undefined ? null : JSON.stringify(entry.changes),
  );
}
