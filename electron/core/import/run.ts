/** Running a prepared file as one undoable batch: every row normalised, checked for duplicates and written. */
import { backupBeforeImport } from '../backup/schedule';
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { DuplicatePolicy, ImportSummary, RejectedRow } from '../../../shared/import/types';
import { audit } from '../audit/log';
import { findDuplicates } from '../customers/duplicates';
import { getCustomer, insertCustomerRow, updateCustomerRow } from '../customers/records';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { checkpointAfterBulk, immediateWhenFree, letWaitingWritersIn } from '../db/busy';
import { nowIso, uuidv7 } from '../ids';
import { productMatcher } from '../products/catalogue';
import { insertPurchaseRow } from '../purchases/purchases';
import { createStaff, listStaff } from '../staff/staff';
import type { StoredBefore } from './batches';
import { matchCustomer } from './customer-match';
import { CHUNK, chunksOf, DuplicateKeys, existingKeys } from './duplicate-keys';
import { conflictRow, mergeRows } from './file-merge';
import { WrittenCustomers, type Written } from './written-customers';
import { checkDateOrders, checkMapping } from './mapping';
import { rememberMapping, rowContext, type DataRow, type PreparedFile } from './prepare';
import { rowToCustomer, rowToPurchase } from './rows';
import { applier, rollbackBatch } from './rollback';
import { DeferredSearchIndex } from './search-index';
import { mergeUnderPolicy, valuesOf } from './duplicate-policy';

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
  }
}

interface RunOptions {
  readonly fileName: string;
  readonly policy: DuplicatePolicy;
  readonly actor: string | null;
  readonly onProgress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
  /** Called while another connection holds the write lock and the import waits for it. */
  readonly onWaiting?: () => void;
  /** Told how long each slice held the write lock, from BEGIN to COMMIT (the benchmark's longest lock hold). */
  readonly onSlice?: (ms: number) => void;
}

/** The page cache an import runs with, in SQLite's units (negative: KiB). */
const IMPORT_CACHE_SIZE = -16_384;
/**
 * How many pages of write-ahead log (4 KB each: 64 MB) an import lets gather before a commit copies them into the
 * file (SQLite's `wal_autocheckpoint`, 1,000 by default). Each copy syncs the log and then the file to disk. An
 * overwrite re-import writes about 18 MB of log per slice, so by default every slice copied its pages and waited for
 * two syncs (50 slices, 100 fsyncs, where the import as one transaction did a handful) and the pages every slice
 * touches (the indexes, the search tables) were copied again each time. The log stays bounded at this and a slice.
 */
const IMPORT_CHECKPOINT_PAGES = 16_384;
/** How often (in rows) progress is reported and a cancel is checked (a multiple of CHUNK). */
const PROGRESS_EVERY = 500;
/**
 * How long a slice of an import holds the write lock, about: past it the slice commits (with its rows indexed for
 * search and its batch items) and another writer waiting for the lock goes first (db/busy.ts). The fault suite and
 * the tests set DOSSIER_IMPORT_SLICE_MS lower, so a small file is written in many slices for kills to land between.
 */
const sliceMs = (): number => Number(process.env.DOSSIER_IMPORT_SLICE_MS) || 250;
/** Rows whose keys an import remembers to find later duplicates of them without the database (≈ 200 bytes each). */
const WRITTEN_KEYS = 100_000;

/**
 * Runs the file in slices of about sliceMs(), each its own transaction begun once no other connection writes, so a
 * save of the app or the CLI waits at most a slice. The batch row goes first, `applying`; each slice records what it
 * changed (the batch items, with before-images) with its rows, and the last one makes the batch `done`. A cancel or
 * an error rolls the slices back at once, a killed process's batch is rolled back when the file is next opened
 * (rollback.ts): the database is left as it was. Between slices other connections see the rows arrive. Rows stream
 * through: a chunk is normalised, its duplicates looked up at once, then written; new customers are indexed for
 * search per slice.
 * A mapping with problems (see mappingProblems) is refused before anything is written.
 */
export function runImport(
  db: Db,
  file: PreparedFile,
  options: RunOptions,
): ImportSummary & { rejectedRows: RejectedRow[] } {
  checkMapping(file.target, file.mapping);
  checkDateOrders(file);
  const started = Date.now();
  const startedAt = nowIso();
  const ctx = rowContext(file);
  const batchId = uuidv7();
  const target = file.target;
  const policy = options.policy;
  const rejectedRows: RejectedRow[] = [];
  let created = 0;
  let updated = 0;
  let skipped = 0;
  let merged = 0;
  const total = file.rows.count;
  const staffByName = new Map(listStaff(db).map((s) => [s.name, s.id]));
  const createdStaff: string[] = [];
  // Purchases find their catalogue product by name; the names it does not hold are said in the summary.
  const products = productMatcher(db);
  const ownerId = (name: string | null): string | null => {
    if (!name) return null;
    let id = staffByName.get(name);
    if (!id) {
      id = createStaff(db, name).id;
      staffByName.set(name, id);
      createdStaff.push(id);
    }
    return id;
  };
  const storedIdTypeOf = stmt(db, 'SELECT id_type AS t FROM customers WHERE id = ?');
  const recordItem = stmt(
    db,
    'INSERT OR IGNORE INTO import_batch_items (batch_id, entity, entity_id, action, before) VALUES (?, ?, ?, ?, ?)',
  );

  // Every write of the import is stamped with when it began: a rollback tells them from later edits by that.
  const now = startedAt;
  // Each slice indexes its new and updated customers for search before it commits (search-index.ts).
  let index: DeferredSearchIndex | null = null;

  const purchaseRow = ({ rowNumber, cells }: DataRow): void => {
    const row = rowToPurchase(cells, ctx);
    const customer = row.values ? matchCustomer(db, row.match) : null;
    if (!row.values || !customer || !customer.ok) {
      rejectedRows.push({
        rowNumber,
        cells,
        issues: customer && !customer.ok ? [...row.issues, { column: -1, code: customer.code }] : row.issues,
      });
      return;
    }
    const id = uuidv7();
    const productId = products.match(row.values.product);
    insertPurchaseRow(db, id, { customerId: customer.id, ...row.values, productId }, options.actor, now);
    recordItem.run(batchId, 'transaction', id, 'created', null);
    created++;
  };

  // Customers this import has written (created, and updated ones), by key, up to a bound: a row with one of their
  // keys is a duplicate without asking the database (files repeat customers), and a row repeating a customer
  // this file created is merged into it (see file-merge.ts). Past the bound rows are still looked up, which is
  // exact too: only the database lookup of a chunk misses the rows written in that chunk.
  const written = new WrittenCustomers(WRITTEN_KEYS);
  const createdHere = stmt(
    db,
    "SELECT 1 FROM import_batch_items WHERE batch_id = ? AND entity = 'customer' AND entity_id = ? AND action = 'created'",
  );
  // Past the bound: the customer of this file a row repeats, from the database (the file's customers are in it).
  const earlierOfFile = (values: CustomerValues): Written | undefined => {
    if (!written.full) return undefined;
    const hit = findDuplicates(db, values, null).find((c) => createdHere.get(batchId, c.id) !== undefined);
    return hit ? { id: hit.id, row: 0, created: true } : undefined;
  };
  const ownerNames = (): Map<string, string> => new Map([...staffByName].map(([name, id]) => [id, name]));
  // A row repeating a customer this file created: its empty fields filled, or the row rejected on a conflict.
  const mergeRow = (row: DataRow, values: CustomerValues, into: Written, inChunk: DuplicateKeys): void => {
    const current = getCustomer(db, into.id);
    const result = mergeRows(valuesOf(current), values);
    if (!result.ok) {
      const c = result.conflict;
      const names = c.field === 'ownerId' ? ownerNames() : null;
      const shown = names ? { ours: names.get(c.ours) ?? c.ours, theirs: names.get(c.theirs) ?? c.theirs } : {};
      rejectedRows.push(conflictRow(row, { ...c, ...shown }, into.row || null, ctx));
      return;
    }
    merged++;
    if (!result.changed) return;
    index?.beforeUpdateOfNew(into.id);
    updateCustomerRow(db, into.id, result.values, options.actor, now);
    const v = result.values;
    inChunk.add(v.mobile, v.idNumber, v.name, v.employer);
    written.add(v, into);
  };
  // One chunk of customer rows: normalised first, then looked up against the database at once (those not already
  // known as duplicates), then written in file order. The rows written in this chunk are not in that lookup, so
  // their keys are kept alongside (inChunk). Under skip, written keys, the lookup and inChunk together say exactly
  // whether findDuplicates would find a match (nothing is updated or deleted); under fill and overwrite, which
  // change keys, a row that hits any of them is looked up exactly, and a row that hits none has no match. A row
  // repeating a customer this file created is merged into it, under every policy but create.
  const customerChunk = (chunk: readonly DataRow[]): void => {
    const rows = chunk.map((data) => {
      const row = rowToCustomer(data.cells, ctx);
      const known = policy !== 'create' && row.values !== null && written.find(row.values) !== undefined;
      return { data, row, known };
    });
    const unknown: CustomerValues[] = [];
    for (const r of rows) if (r.row.values && !r.known) unknown.push(r.row.values);
    const found = policy === 'create' ? null : existingKeys(db, unknown);
    const inChunk = new DuplicateKeys();
    for (const { data, row, known } of rows) {
      const { rowNumber, cells } = data;
      if (!row.values) {
        rejectedRows.push({ rowNumber, cells, issues: row.issues });
        continue;
      }
      const values: CustomerValues = { ...row.values, ownerId: ownerId(row.owner) ?? row.values.ownerId };
      // Looked up again: an earlier row of this chunk may have been merged with new keys.
      // Under create every row is a customer of its own, repeats too.
      let earlier = found ? written.find(values) : undefined;
      if (!earlier && found && (found.has(values) || inChunk.has(values))) earlier = earlierOfFile(values);
      if (earlier?.created) {
        mergeRow(data, values, earlier, inChunk);
        continue;
      }
      let match: { id: string } | undefined;
      // Keys written since the chunk began are in inChunk as well.
      if (found && (known || earlier || found.has(values) || inChunk.has(values))) {
        if (policy === 'skip') {
          skipped++;
          continue;
        }
        match = findDuplicates(db, values, null)[0];
      }
      if (!match) {
        const id = uuidv7();
        insertCustomerRow(db, id, values, options.actor, now);
        index?.inserted(id);
        inChunk.add(values.mobile, values.idNumber, values.name, values.employer);
        if (found) written.add(values, { id, row: rowNumber, created: true });
        recordItem.run(batchId, 'customer', id, 'created', null);
        created++;
        continue;
      }
      const current = getCustomer(db, match.id);
      const before = valuesOf(current);
      const mergedValues = mergeUnderPolicy(before, values, policy === 'overwrite' ? 'overwrite' : 'fill');
      if (JSON.stringify(mergedValues) === JSON.stringify(before)) {
        skipped++;
        continue;
      }
      // Its ID type as stored (null: the kind's usual one), for an undo to put back exactly.
      const storedIdType = (storedIdTypeOf.get(match.id) as { t: string | null }).t;
      index?.beforeUpdate(match.id);
      updateCustomerRow(db, match.id, mergedValues, options.actor, now);
      inChunk.add(mergedValues.mobile, mergedValues.idNumber, mergedValues.name, mergedValues.employer);
      written.add(mergedValues, { id: match.id, row: rowNumber, created: false });
      const stored: StoredBefore = {
        ...before,
        updatedAt: current.updatedAt,
        updatedBy: current.updatedBy,
        storedIdType,
      };
      recordItem.run(batchId, 'customer', match.id, 'updated', JSON.stringify(stored));
      updated++;
    }
  };

  const chunks = chunksOf(file.rows, CHUNK)[Symbol.iterator]();
  let next = chunks.next();
  let done = 0;
  let begun = false;
  let finished = false;
  const budget = sliceMs();
  /** One slice: chunks of rows until `budget` ms have passed, their search index, and (the last) the batch done. */
  const slice = (): void => {
    if (!begun)
      // The batch row goes first so items can reference it; its counts are filled in at the end.
      stmt(
        db,
        `INSERT INTO import_batches (id, target, file_name, sheet, policy, created, updated, skipped, rejected, staff_id,
           started_at, finished_at, state, applied_by)
         VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, 'applying', ?)`,
      ).run(
        batchId,
        target,
        options.fileName,
        file.table.sheet,
        policy,
        options.actor,
        startedAt,
        startedAt,
        applier(),
      );
    index =
      target === 'customers' && total > 0
        ? new DeferredSearchIndex(db, policy === 'fill' || policy === 'overwrite')
        : null;
    const sliceStarted = Date.now();
    while (!next.done && Date.now() - sliceStarted < budget) {
      const chunk = next.value;
      if (done % PROGRESS_EVERY === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        options.onProgress?.(done, total);
      }
      if (target === 'customers') customerChunk(chunk);
      else chunk.forEach(purchaseRow);
      done += chunk.length;
      next = chunks.next();
    }
    index?.finish();
    index = null;
    if (!next.done) {
      // The account managers added so far, for a rollback to take off the staff list.
      stmt(db, 'UPDATE import_batches SET created_staff = ? WHERE id = ?').run(JSON.stringify(createdStaff), batchId);
      return;
    }
    options.onProgress?.(total, total);
    stmt(
      db,
      `UPDATE import_batches SET created = ?, updated = ?, skipped = ?, merged = ?, rejected = ?, rejected_rows = ?,
         created_staff = ?, finished_at = ?, state = 'done', applied_by = NULL WHERE id = ?`,
    ).run(
      created,
      updated,
      skipped,
      merged,
      rejectedRows.length,
      JSON.stringify({ headers: file.headers, rows: rejectedRows }),
      JSON.stringify(createdStaff),
      nowIso(),
      batchId,
    );
    rememberMapping(db, target, file.headers, file.mapping);
    audit(db, {
      entity: 'import',
      entityId: batchId,
      action: 'create',
      staffId: options.actor,
      changes: { fileName: options.fileName, created, updated, skipped, merged, rejected: rejectedRows.length },
    });
  };

  // While another import or the app writes, the backup and each slice wait for the lock, saying so.
  const waiting = (): void => {
    if (options.isCancelled?.()) throw new ImportCancelled();
    options.onWaiting?.();
  };
  // The state before the import, kept as a backup beside its undo (backup/schedule.ts).
  backupBeforeImport(db, waiting);
  // A smaller page cache while importing: the import writes each index page a few times, so 16 MB instead of 64 costs
  // no time (measured with 89k new customers into 100k) and saves ~60 MB of memory at the import's peak.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
  const checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  // A connection that never copies the log itself (the hosts', db/checkpoints.ts) is left so.
  if (checkpointPages > 0) db.pragma(`wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`);
  try {
    while (!finished) {
      // The write lock is taken first (BEGIN IMMEDIATE), waiting while another import or the app writes.
      let locked = 0;
      immediateWhenFree(
        db,
        () => {
          locked = performance.now();
          slice();
        },
        waiting,
      );
      options.onSlice?.(performance.now() - locked);
      begun = true;
      finished = next.done === true;
      if (!finished) letWaitingWritersIn(db);
    }
  } catch (error) {
    // The slices committed so far are taken back out, in one transaction. On a full disk the write-ahead log holding
    // the slices leaves no room for the roll-back's own pages: the log is copied into the file and emptied first
    // (TRUNCATE), which gives that room back, and the roll-back tried again. Failing that, the batch stays `applying`
    // and the next opening of the file rolls it back.
    if (begun) {
      const rollBack = (): void => {
        immediateWhenFree(
          db,
          () => rollbackBatch(db, batchId),
          () => options.onWaiting?.(),
        );
      };
      try {
        rollBack();
      } catch {
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
          rollBack();
        } catch {
          // The import's own error is the one to tell.
        }
      }
    }
    throw error;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
  }
  // The import's pages are copied from the write-ahead log here, in the import's thread, while the app's readers
  // move to the new snapshot: else the next small write of the app would copy them on its own (main) thread.
  checkpointAfterBulk(db);
  return {
    batchId,
    created,
    updated,
    skipped,
    merged,
    rejected: rejectedRows.length,
    ms: Date.now() - started,
    unknownProducts: products.unknown(),
    rejectedRows,
  };
}
