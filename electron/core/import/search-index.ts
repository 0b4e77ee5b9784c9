/**
 * Search indexing in blocks for an import or an undo: the search triggers of the customers table are replaced,
 * inside the caller's transaction, by statements over many rows.
 */
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import {
  INSERT_TRIGGERS,
  isKnownTrigger,
  shortIndexColumns,
  UPDATE_TRIGGERS,
  type SearchTrigger,
} from '../search/schema';

/** New customers indexed for search in blocks of at most this many (bounds what is remembered until then). */
const INDEX_EVERY = 20_000;

/** Rows updated since the last flush, with the search text the index holds for them (see beforeUpdate). */
const REINDEX = 'temp.dossier_reindex';
const REINDEX_SQL = [
  `INSERT INTO customers_fts(customers_fts, rowid, search_text) SELECT 'delete', r, old_text FROM ${REINDEX}`,
  `INSERT INTO customers_fts(rowid, search_text)
     SELECT c.rowid, c.search_text FROM ${REINDEX} x JOIN customers c ON c.rowid = x.r`,
  `DELETE FROM customers_short WHERE rowid IN (SELECT r FROM ${REINDEX})`,
  `INSERT INTO customers_short(rowid, keys, field_keys)
     SELECT c.rowid, ${shortIndexColumns('c')} FROM ${REINDEX} x JOIN customers c ON c.rowid = x.r`,
  `DELETE FROM ${REINDEX}`,
] as const;

/** The full-text tables an import writes, and FTS5's automerge when none is stored in a table's config. */
const SEARCH_TABLES = ['customers_fts', 'customers_short'] as const;
const FTS5_DEFAULT_AUTOMERGE = 4;

/**
 * Indexes the customers an import creates or updates (or an undo restores) for search in blocks instead of row by
 * row. FTS5 flushes its pending terms at every statement savepoint, which a trigger opens for each row; indexing a
 * block of rows with one INSERT … SELECT is several times faster (the demo seed does the same), and so is
 * re-indexing a block of updated rows (an overwrite import updating 20,000 of 189k customers: 8.3 s with the
 * triggers, 3.7 s without; its undo 15.8 s and 2.5 s). The triggers are dropped inside the transaction and
 * recreated from their stored SQL before it commits, so no other connection ever sees them missing, and a rollback
 * (cancel, error, a killed process) restores them with everything else. A trigger whose SQL is not the one
 * search/schema.ts defines is left alone (the update triggers only both together). A customer created by this
 * import is indexed before it is updated, and an updated customer's indexed search text is kept before its first
 * update since the last block, so the block can take it out of the index.
 */
export class DeferredSearchIndex {
  private readonly deferred: { readonly sql: string; readonly bulk: string | null }[] = [];
  private readonly automerge: { readonly table: string; readonly value: number }[] = [];
  private readonly updates: boolean;
  private indexedUpTo: number;
  private pendingCount = 0;
  private pendingUpdates = 0;
  private readonly pendingIds = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly trackIds: boolean,
  ) {
    const stored = new Map(
      (
        db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customers'").all() as {
          name: string;
          sql: string;
        }[]
      ).map((t) => [t.name, t.sql]),
    );
    const known = (t: SearchTrigger): boolean => isKnownTrigger(stored.get(t.name), t);
    for (const t of INSERT_TRIGGERS) if (known(t)) this.deferred.push({ sql: stored.get(t.name) ?? '', bulk: t.bulk });
    this.updates = UPDATE_TRIGGERS.every(known);
    if (this.updates) {
      for (const t of UPDATE_TRIGGERS) this.deferred.push({ sql: stored.get(t.name) ?? '', bulk: null });
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS dossier_reindex (r INTEGER PRIMARY KEY, old_text TEXT NOT NULL);
               DELETE FROM ${REINDEX};`);
    }
    for (const t of [...INSERT_TRIGGERS, ...UPDATE_TRIGGERS])
      if (this.deferred.some((d) => d.sql === stored.get(t.name))) db.exec(`DROP TRIGGER ${t.name}`);
    // FTS5 merges its segments as it goes, and a block of new rows then merges the same data again level by level;
    // with automerge off until the import ends, indexing 89k new customers took 4.0 s instead of 6.1 s. Crisis
    // merges still bound the segments per level (16), and later writes merge as usual once it is back on.
    for (const table of SEARCH_TABLES) {
      const stored = (
        stmt(db, `SELECT v FROM ${table}_config WHERE k = 'automerge'`).get() as { v: unknown } | undefined
      )?.v;
      // FTS5 takes only an integer (better-sqlite3 binds numbers as doubles, hence the BigInt below).
      this.automerge.push({ table, value: Number.isInteger(stored) ? (stored as number) : FTS5_DEFAULT_AUTOMERGE });
      stmt(db, `INSERT INTO ${table}(${table}, rank) VALUES ('automerge', 0)`).run();
    }
    this.indexedUpTo = this.maxRowid();
  }

  private maxRowid(): number {
    return (stmt(this.db, 'SELECT coalesce(max(rowid), 0) AS m FROM customers').get() as { m: number }).m;
  }

  inserted(id: string): void {
    this.pendingCount++;
    if (this.trackIds) this.pendingIds.add(id);
    if (this.pendingCount >= INDEX_EVERY) this.flush();
  }

  /** Before a customer is updated: the index must hold it, and (deferred) keeps what it holds for this block. */
  beforeUpdate(id: string): void {
    if (this.pendingIds.has(id)) this.flush();
    if (!this.updates) return;
    // A full block is written out before this row joins the next: flushed after it, the row would be re-indexed
    // with the text it has now, and its update would then go unindexed.
    if (this.pendingUpdates >= INDEX_EVERY) this.flush();
    this.pendingUpdates += stmt(
      this.db,
      `INSERT OR IGNORE INTO ${REINDEX} (r, old_text) SELECT rowid, search_text FROM customers WHERE id = ?`,
    ).run(id).changes;
  }

  /**
   * Before a customer this import created is updated again (a later row of the file merged into it): one not yet
   * indexed is indexed with the text it has then, so only an indexed one needs what beforeUpdate keeps.
   */
  beforeUpdateOfNew(id: string): void {
    const row = stmt(this.db, 'SELECT rowid AS r FROM customers WHERE id = ?').get(id) as { r: number } | undefined;
    if (row && row.r > this.indexedUpTo) {
      // Without deferred update triggers, the triggers themselves re-index it, which needs it indexed first.
      if (!this.updates) this.flush();
      return;
    }
    this.beforeUpdate(id);
  }

  flush(): void {
    if (this.pendingCount > 0) {
      for (const t of this.deferred) {
        if (!t.bulk) continue;
        const { changes } = stmt(this.db, t.bulk).run(this.indexedUpTo);
        // New rows take rowids above every existing one; anything else would leave rows unindexed, so it rolls back.
        if (changes !== this.pendingCount)
          throw new Error(`Search index: ${changes} rows for ${this.pendingCount} new customers`);
      }
      this.indexedUpTo = this.maxRowid();
      this.pendingCount = 0;
      this.pendingIds.clear();
    }
    if (this.pendingUpdates > 0) {
      for (const sql of REINDEX_SQL) stmt(this.db, sql).run();
      this.pendingUpdates = 0;
    }
  }

  finish(): void {
    this.flush();
    for (const t of this.deferred) this.db.exec(t.sql);
    if (this.updates) this.db.exec(`DROP TABLE ${REINDEX}`);
    for (const { table, value } of this.automerge)
      stmt(this.db, `INSERT INTO ${table}(${table}, rank) VALUES ('automerge', ?)`).run(BigInt(value));
  }
}
