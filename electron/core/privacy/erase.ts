/**
 * Erasing customers for real (PIPL): the customer row and everything hanging on it, their values in the audit log
 * replaced by a tombstone ("erased on … by …"), their import items and their rows in import batches' rejected-row
 * copies. The deletes run with `secure_delete` on, the search indexes are merged (FTS5 keeps deleted tokens in
 * old segments until then) and the file is rebuilt (VACUUM: an earlier update can leave the old bytes of a row in
 * a page's free space) and checkpointed, so the file no longer holds the ID number or phone.
 */
import type { EraseResult } from '../../../shared/privacy/types';
import type { RejectedRow } from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { sqlList, stmt } from '../db/sql';
import { nowIso } from '../ids';
import { readSetting, writeSetting } from '../settings/settings';
import { vacuum } from '../db/cache';

/** Tables whose rows belong to one customer (ON DELETE CASCADE from customers), as the erase result counts them. */
const HANGING = [
  'contacts',
  'interactions',
  'transactions',
  'callbacks',
  'complaints',
  'risk_assessments',
  'customer_tags',
  'customer_segments',
  'class_changes',
  'saved_segment_members',
  'customer_cadences',
] as const;

/** Kinds of audit entry about a record of one customer, and where the record lives. */
const AUDITED = {
  contact: 'contacts',
  interaction: 'interactions',
  transaction: 'transactions',
  callback: 'callbacks',
  complaint: 'complaints',
  risk_assessment: 'risk_assessments',
} as const;

/** Values shorter than this are not searched for in other entries (they would match unrelated text). */
const MIN_TRACE = 6;

interface Target {
  id: string;
  name: string;
  mobile: string | null;
  phone: string | null;
  idNumber: string | null;
  email: string | null;
}

function target(db: Db, id: string): Target {
  const row = stmt(db, 'SELECT id, name, mobile, phone, id_number AS idNumber, email FROM customers WHERE id = ?').get(
    id,
  ) as Target | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No customer with id ${id}`, details: { id } });
  return row;
}

/** Strings that identify the customer wherever they were copied: the id, phones, ID number, email, contacts' mobiles. */
function traces(db: Db, t: Target): string[] {
  const contactMobiles = stmt(db, 'SELECT mobile FROM contacts WHERE customer_id = ? AND mobile IS NOT NULL')
    .pluck()
    .all(t.id) as string[];
  return [t.id, t.mobile, t.phone, t.idNumber, t.email, ...contactMobiles].filter(
    (v): v is string => typeof v === 'string' && v.length >= MIN_TRACE,
  );
}

const confirmKey = (name: string): string => name.trim().normalize('NFKC');

/** The typed confirmation must be the customer's name. */
export function assertConfirmed(db: Db, id: string, typed: string): void {
  const { name } = target(db, id);
  if (confirmKey(typed) !== confirmKey(name))
    throw new DossierError({
      code: 'validation',
      message: `Type the customer's name (${name}) to erase them`,
      issues: [{ path: 'confirm', code: 'privacy.confirmMismatch' }],
      details: { name },
    });
}

/** Replaces the values of every audit entry about the customer (or holding one of their traces) by the tombstone. */
function scrubAudit(db: Db, t: Target, marks: readonly string[], tombstone: string): number {
  let scrubbed = stmt(
    db,
    "UPDATE audit_log SET changes = ? WHERE entity IN ('customer', 'cadence') AND entity_id = ?",
  ).run(tombstone, t.id).changes;
  for (const [entity, table] of Object.entries(AUDITED))
    scrubbed += stmt(
      db,
      `UPDATE audit_log SET changes = ? WHERE entity = ? AND entity_id IN (SELECT id FROM ${table} WHERE customer_id = ?)`,
    ).run(tombstone, entity, t.id).changes;
  const elsewhere = stmt(db, 'UPDATE audit_log SET changes = ? WHERE changes <> ? AND instr(changes, ?) > 0');
  for (const mark of marks) scrubbed += elsewhere.run(tombstone, tombstone, mark).changes;
  return scrubbed;
}

/** Drops the rejected rows holding one of the customer's traces from every batch's copy. */
function scrubRejected(db: Db, marks: readonly string[]): number {
  if (marks.length === 0) return 0;
  const batches = stmt(
    db,
    `SELECT id, rejected_rows AS rows FROM import_batches WHERE ${marks.map(() => 'instr(rejected_rows, ?) > 0').join(' OR ')}`,
  ).all(...marks) as { id: string; rows: string }[];
  const write = stmt(db, 'UPDATE import_batches SET rejected_rows = ? WHERE id = ?');
  for (const batch of batches) {
    const rows = JSON.parse(batch.rows) as RejectedRow[];
    const kept = rows.filter((r) => !r.cells.some((cell) => marks.some((m) => cell.includes(m))));
    write.run(JSON.stringify(kept), batch.id);
  }
  return batches.length;
}

/**
 * Erases the customers and merges the search indexes in one transaction (with `secure_delete` on), then rebuilds
 * the file and checkpoints it (finished at the next start if the process is killed before). `actorName` is written into the tombstone (null: the retention
 * period erased them).
 */
export function eraseCustomers(
  db: Db,
  ids: readonly string[],
  actor: string | null,
  actorName: string | null,
): EraseResult[] {
  if (ids.length === 0) return [];
  const on = nowIso();
  const tombstone = JSON.stringify({ erased: { on, by: actorName } });
  db.pragma('secure_delete = ON');
  try {
    const results = db.transaction(() => {
      const erased = ids.map((id): EraseResult => {
        const t = target(db, id);
        const marks = traces(db, t);
        const removed: Record<string, number> = {};
        for (const table of HANGING)
          removed[table] = (
            stmt(db, `SELECT count(*) AS n FROM ${table} WHERE customer_id = ?`).get(id) as { n: number }
          ).n;
        const auditScrubbed = scrubAudit(db, t, marks, tombstone);
        const batchesScrubbed = scrubRejected(db, marks);
        const purchases = stmt(db, 'SELECT id FROM transactions WHERE customer_id = ?').pluck().all(id) as string[];
        stmt(db, "DELETE FROM import_batch_items WHERE entity = 'customer' AND entity_id = ?").run(id);
        if (purchases.length > 0) {
          const list = sqlList(purchases);
          stmt(db, `DELETE FROM import_batch_items WHERE entity = 'transaction' AND entity_id IN (${list.text})`).run(
            ...list.params,
          );
          stmt(db, `DELETE FROM callback_occasions WHERE subject_id IN (${list.text})`).run(...list.params);
        }
        stmt(db, 'DELETE FROM callback_occasions WHERE subject_id = ?').run(id);
        stmt(db, 'DELETE FROM customers WHERE id = ?').run(id);
        removed.customers = 1;
        audit(db, {
          entity: 'customer',
          entityId: id,
          action: 'erase',
          staffId: actor,
          changes: { erased: { on, by: actorName } },
        });
        return { name: t.name, removed, auditScrubbed, batchesScrubbed };
      });
      mergeIndexes(db);
      return erased;
    })();
    rebuildFile(db);
    return results;
  } finally {
    db.pragma('secure_delete = OFF');
  }
}

/** Set inside an erase's transaction, cleared once the file is rebuilt: a process killed between the two left bytes. */
const REBUILD_PENDING = 'privacy.rebuildPending';

/**
 * FTS5 keeps a deleted row's tokens in older segments until they are merged: merged in the erase's transaction
 * (with secure_delete on), which also notes that the file still has to be rebuilt.
 */
function mergeIndexes(db: Db): void {
  db.exec(
    "INSERT INTO customers_fts(customers_fts) VALUES ('optimize'); INSERT INTO customers_short(customers_short) VALUES ('optimize');",
  );
  writeSetting(db, REBUILD_PENDING, nowIso());
}

/** The file rebuilt (an earlier update can leave old bytes of a row in a page's free space) and checkpointed. */
function rebuildFile(db: Db): void {
  vacuum(db);
  writeSetting(db, REBUILD_PENDING, null);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Finishes an erase whose process was killed after its transaction and before the file was rebuilt. */
export function finishErase(db: Db): boolean {
  if (readSetting(db, REBUILD_PENDING) === null) return false;
  rebuildFile(db);
  return true;
}
