import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Prepared statements cached per database, keyed by their SQL text (which never embeds user input). */
const caches = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

/** Escapes LIKE wildcards so user text is matched literally (used with ESCAPE '\'). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A phrase for FTS5 MATCH: the user's text quoted, so operators in it mean nothing. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The rows `pageSql` reads for the rowids `orderSql` yields (as column `r`, in order), a page at a time. `pageSql`
 * takes the page's rowids as a JSON array, its one parameter, and orders its rows as `orderSql` does. The rowids
 * are read first, so no statement stays open between pages: the caller may await between them (writing a file)
 * while other queries run on the connection. A row deleted meanwhile is left out, one changed is read as it is then.
 */
export function* pagesByRowid<T>(
  db: Db,
  orderSql: string,
  params: readonly unknown[],
  pageSql: string,
  pageSize: number,
): Generator<T[]> {
  const rowids = (stmt(db, orderSql).all(...params) as { r: number }[]).map((row) => row.r);
  for (let i = 0; i < rowids.length; i += pageSize)
    yield stmt(db, pageSql).all(JSON.stringify(rowids.slice(i, i + pageSize))) as T[];
}
