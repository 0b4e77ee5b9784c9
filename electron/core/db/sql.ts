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

/** SQL text and its parameters in order: what `sql` builds, and what it splices in where a value would go. */
export class SqlQuery {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

/**
 * SQL with its parameters beside it: each `${value}` becomes a `?` bound to the value, each `${query}` (another
 * `sql`, a `sqlJoin`, a `sqlList`) is spliced in with its parameters. The text depends on the template and the
 * shape of what is spliced in, never on the values, so queries built alike share one prepared statement (stmt).
 */
export function sql(strings: TemplateStringsArray, ...values: readonly unknown[]): SqlQuery {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof SqlQuery) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return new SqlQuery(text, params);
}

/** Constant SQL text to splice into `sql` as it is: column lists, joins, orders written in the code, never input. */
export const sqlText = (text: string): SqlQuery => new SqlQuery(text, []);

/** The items (values or queries, as `sql` takes them) one after another, `separator` between them. */
export function sqlJoin(items: readonly unknown[], separator = ', '): SqlQuery {
  const parts = items.map((item) => (item instanceof SqlQuery ? item : sql`${item}`));
  return new SqlQuery(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
  );
}

/** Placeholder lists by count and width, built once each: a list on a hot path costs no string building. */
const lists = new Map<string, string>();

/** `?, ?, …` for the values, or `(?, ?), (?, ?), …` for tuples of `width` values given flat, for an IN list. */
export function sqlList(values: readonly unknown[], width = 1): SqlQuery {
  if (values.length % width !== 0) throw new Error(`sqlList: ${values.length} values are not tuples of ${width}`);
  const key = `${values.length}/${width}`;
  let text = lists.get(key);
  if (text === undefined) {
    const one = width === 1 ? '?' : `(${Array.from({ length: width }, () => '?').join(', ')})`;
    text = Array.from({ length: values.length / width }, () => one).join(', ');
    lists.set(key, text);
  }
  return new SqlQuery(text, values);
}

/** Items per IN list of allInBatches, well under SQLite's limit on a statement's parameters (32,766). */
const IN_BATCH = 500;

/**
 * The rows `query` reads for a list of any length, asked in batches of `size` items (tuples of `width` values,
 * given flat). Every batch is padded with NULLs to `size`, which no IN list matches, so all batches (and all
 * calls) share one statement.
 */
export function allInBatches<T>(
  db: Db,
  values: readonly unknown[],
  query: (list: SqlQuery) => SqlQuery,
  { size = IN_BATCH, width = 1 }: { readonly size?: number; readonly width?: number } = {},
): T[] {
  const rows: T[] = [];
  const per = size * width;
  for (let start = 0; start < values.length; start += per) {
    const batch = values.slice(start, start + per);
    while (batch.length < per) batch.push(null);
    const q = query(sqlList(batch, width));
    for (const row of stmt(db, q.text).all(...q.params) as T[]) rows.push(row);
  }
  return rows;
}

/** Escapes LIKE wildcards so user text is matched literally (used with ESCAPE '\'). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A phrase for FTS5 MATCH: the user's text quoted, so operators in it mean nothing. A NUL ends a string for the FTS
 * query parser ("unterminated string"), so it reads as the space it stands for.
 */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/\0/g, ' ').replace(/"/g, '""')}"`;
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
