/**
 * How long personal data stays after it is no longer needed: customers in the recycle bin are erased for good after
 * `privacy.trashDays` (30 unless changed), and import batches' rejected-row copies are dropped once the batch is
 * that old (the same period, the batch's undo window). Runs when the app starts (desktop and web hosts).
 */
import { TRASH_DAYS_DEFAULT } from '../../../shared/privacy/schemas';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { readSetting, writeSetting } from '../settings/settings';
import { eraseCustomers } from './erase';

export function trashDays(db: Db): number {
  const days = Number(readSetting(db, 'privacy.trashDays'));
  return Number.isInteger(days) && days > 0 ? days : TRASH_DAYS_DEFAULT;
}

export const setTrashDays = (db: Db, days: number): void => writeSetting(db, 'privacy.trashDays', String(days));

const daysAgo = (days: number, now: Date): string => new Date(now.getTime() - days * 86_400_000).toISOString();

/** Erases every customer in the recycle bin (all of them, or those deleted before `before`). */
export function emptyTrash(
  db: Db,
  actor: string | null,
  actorName: string | null,
  before: string | null = null,
): number {
  const ids = stmt(db, 'SELECT id FROM customers WHERE deleted_at IS NOT NULL AND (? IS NULL OR deleted_at < ?)')
    .pluck()
    .all(before, before) as string[];
  eraseCustomers(db, ids, actor, actorName);
  return ids.length;
}

/** Whether the recycle bin holds customers past the retention period (an erase is due). */
export function trashDue(db: Db, now: Date = new Date()): boolean {
  const before = daysAgo(trashDays(db), now);
  return (
    stmt(db, 'SELECT 1 FROM customers WHERE deleted_at IS NOT NULL AND deleted_at < ? LIMIT 1').get(before) !==
    undefined
  );
}

/** What has outlived the retention period goes: old recycle-bin customers, old batches' rejected rows. */
export function applyRetention(db: Db, now: Date = new Date()): { erased: number; batches: number } {
  const before = daysAgo(trashDays(db), now);
  const batches = stmt(
    db,
    "UPDATE import_batches SET rejected_rows = '[]' WHERE finished_at < ? AND rejected_rows <> '[]'",
  ).run(before).changes;
  const erased = emptyTrash(db, null, null, before);
  return { erased, batches };
}
