/**
 * An import that did not finish, taken back out. An import commits in slices (run.ts) and its batch stays `applying`
 * until the last one, so what a cancel, an error or a killed process leaves is a batch that is partly written: it
 * is rolled back with the undo's own machinery, in one transaction, and its batch row removed, so the history never
 * shows it. The batch names the process applying it: one a killed process left is rolled back when the file is next
 * opened (createCore, every host), one a live process is still applying is left to it.
 */
import { hostname } from 'node:os';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { retireStaff, revertItems } from './batches';

/** The process applying a batch, as its batch names it: this computer and this process. */
export function applier(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Whether the process that applies a batch still runs. Another computer's process cannot be asked: a database file
 * belongs to one branch PC (SQLite's locks are not to be trusted over a network share), so a batch named by another
 * computer was left there (a file copied after a crash) and is rolled back too.
 */
function applying(appliedBy: string | null): boolean {
  if (!appliedBy) return false;
  const at = appliedBy.lastIndexOf(':');
  const pid = Number(appliedBy.slice(at + 1));
  if (appliedBy.slice(0, at) !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes a batch still `applying` back out, inside the caller's transaction: what its slices created removed, what
 * they updated put back from the before-images, the account managers it added deleted, the batch row removed (its
 * items go with it). As an undo does, what staff worked on meanwhile is kept as it is now: a customer it created
 * that has since had a call, a contact or a purchase recorded, one edited after the import began. Call-backs the app
 * planned by itself for its new customers (birthdays) go with them.
 */
export function rollbackBatch(db: Db, batchId: string): boolean {
  const batch = stmt(
    db,
    "SELECT started_at AS startedAt, created_staff AS createdStaff FROM import_batches WHERE id = ? AND state = 'applying'",
  ).get(batchId) as { startedAt: string; createdStaff: string } | undefined;
  if (!batch) return false;
  const keep = new Set(
    (
      stmt(
        db,
        `SELECT i.entity_id AS id FROM import_batch_items i JOIN customers c ON c.id = i.entity_id
          WHERE i.batch_id = @batch AND i.entity = 'customer' AND (c.updated_at > @since OR (i.action = 'created' AND (
            EXISTS (SELECT 1 FROM interactions x WHERE x.customer_id = c.id)
            OR EXISTS (SELECT 1 FROM contacts x WHERE x.customer_id = c.id)
            OR EXISTS (SELECT 1 FROM transactions x WHERE x.customer_id = c.id
              AND x.id NOT IN (SELECT entity_id FROM import_batch_items WHERE batch_id = @batch)))))`,
      ).all({ batch: batchId, since: batch.startedAt }) as { id: string }[]
    ).map((r) => r.id),
  );
  const now = new Date().toISOString();
  revertItems(db, batchId, keep, null, now);
  retireStaff(db, JSON.parse(batch.createdStaff) as string[], now, true);
  stmt(db, 'DELETE FROM import_batches WHERE id = ?').run(batchId);
  return true;
}

/**
 * On opening the file, before anything else runs: every batch a process that no longer runs left `applying` is
 * rolled back, each in its own transaction. Returns how many.
 */
export function recoverImports(db: Db): number {
  if (db.readonly) return 0;
  const left = stmt(db, "SELECT id, applied_by AS appliedBy FROM import_batches WHERE state = 'applying'").all() as {
    id: string;
    appliedBy: string | null;
  }[];
  let rolledBack = 0;
  for (const batch of left) {
    if (applying(batch.appliedBy)) continue;
    if (db.transaction(() => rollbackBatch(db, batch.id)).immediate()) rolledBack++;
  }
  return rolledBack;
}
