/** The whole database as digests, to tell whether anything at all changed (search indexes' own tables included). */
import { createHash } from 'node:crypto';
import type { Db } from '../../../electron/core/db/open';

/** Every table and the schema (tables, indexes, triggers), each as a digest of its rows in sorted order. */
export function snapshot(db: Db): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const digest = (rows: unknown[]): string =>
    createHash('sha256')
      .update(
        rows
          .map((r) => JSON.stringify(r))
          .sort()
          .join('\n'),
      )
      .digest('hex');
  const out: Record<string, string> = {
    schema: digest(db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all()),
  };
  for (const { name } of tables) out[name] = digest(db.prepare(`SELECT * FROM "${name}"`).all());
  return out;
}

/** Both search indexes agree with the customers table (FTS5's own integrity checks throw otherwise). */
export function checkSearchIndexes(db: Db): void {
  // rank 1: the index is compared with the customers' stored search text, not only with itself.
  db.exec("INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)");
  db.exec("INSERT INTO customers_short(customers_short) VALUES ('integrity-check')");
}

/** The search indexes' own storage: the same words indexed may be laid out in other segments after a rollback. */
const SEARCH_STORAGE = /^customers_(fts|short)_(data|idx)$/;

/**
 * The database's content as digests: every table but the search indexes' segment storage, whose layout a rolled-back
 * import changes while what they index stays the same (checkSearchIndexes compares them with the customers); of the
 * short index's sizes, the sizes without the insertion counter FTS5 keeps for deletes.
 */
export function contentSnapshot(db: Db): Record<string, string> {
  const out = Object.fromEntries(Object.entries(snapshot(db)).filter(([table]) => !SEARCH_STORAGE.test(table)));
  const sizes = db.prepare('SELECT id, sz FROM customers_short_docsize ORDER BY id').all();
  out.customers_short_docsize = createHash('sha256').update(JSON.stringify(sizes)).digest('hex');
  return out;
}
