import type { Customer, CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import type { z } from 'zod';
import type { customerListQuery } from '../../../shared/customers/schemas';
import { scopeCondition } from '../auth/scope';
import { nameKeys, parseSearchTerm } from '../search/keys';
import type { Db } from '../db/open';
import { pagesByRowid, stmt } from '../db/sql';
import { ROW_COLUMNS, FULL_COLUMNS, withTags, type Stored } from './columns';
import { segmentConditions, type SegmentFilterValues } from './segment-filters';
import {
  probeParams,
  termFilter,
  tagSet,
  anyTagSet,
  isSet,
  countOf,
  tableSize,
  probeIsCheaper,
  walkBudget,
  type CustomerSet,
} from '../search/sets';

type ListQuery = z.output<typeof customerListQuery>;

/** The columns of the sorts an index of live customers yields in order (the rowid follows in every such index). */
const SORT_KEYS: Readonly<Record<Exclude<ListQuery['sort'], 'owner'>, readonly string[]>> = {
  name: ['c.name_pinyin', 'c.name'],
  createdAt: ['c.created_at'],
  updatedAt: ['c.updated_at'],
  region: ['c.region', 'c.name_pinyin'],
};
/** Owner sorts by the staff name, through a join: no index yields it. */
const indexedKeys = (sort: ListQuery['sort']): readonly string[] | null => (sort === 'owner' ? null : SORT_KEYS[sort]);
const sortSql = (sort: ListQuery['sort'], d: string): string =>
  indexedKeys(sort)
    ?.map((k) => `${k} ${d}`)
    .join(', ') ?? `s.name IS NULL, s.name ${d}, c.name_pinyin`;

export type CustomerFilter = Pick<
  ListQuery,
  'query' | 'kind' | 'ownerId' | 'region' | 'tag' | 'tags' | 'tagMatch' | 'ids'
> &
  SegmentFilterValues;

/** The filter's tags, `tag` and `tags` together, each once. */
const filterTags = (q: CustomerFilter): string[] => [
  ...new Set([q.tag, ...(q.tags ?? [])].map((tag) => tag?.trim()).filter((tag): tag is string => Boolean(tag))),
];

interface Filters {
  /** Plain conditions with their parameters, `c.deleted_at IS NULL` first. */
  readonly plain: { sql: string; params: unknown[] }[];
  /** Those of them an index of live customers answers (region, owner). */
  readonly indexed: { sql: string; params: unknown[] }[];
  readonly sets: CustomerSet[];
}

const LIVE = { sql: 'c.deleted_at IS NULL', params: [] };

/**
 * The filter's conditions; a dynamic saved segment's own filter is added to them (and so on, each segment once: a
 * segment can only name segments saved before it, so there is no cycle to follow).
 */
function filters(db: Db, q: CustomerFilter, seen: ReadonlySet<string> = new Set()): Filters {
  const plain: Filters['plain'] = [LIVE];
  // Staff with sign-in on: their own customers and unassigned ones only (auth/scope.ts).
  const scope = scopeCondition();
  if (scope.params.length > 0) plain.push(scope);
  const sets: CustomerSet[] = [];
  const match = termFilter(parseSearchTerm(q.query));
  if (isSet(match)) sets.push(match);
  else if (match) plain.push(match);
  if (q.kind) plain.push({ sql: 'c.kind = ?', params: [q.kind] });
  if (q.ids) plain.push({ sql: 'c.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(q.ids)] });
  const indexed: Filters['indexed'] = [];
  if (q.ownerId) indexed.push({ sql: 'c.owner_id = ?', params: [q.ownerId] });
  if (q.region) indexed.push({ sql: 'c.region = ?', params: [q.region] });
  plain.push(...indexed);
  const tags = filterTags(q);
  // All of several tags: one set each, all probed or driven; any of them: one set of their holders.
  if (q.tagMatch === 'all' || tags.length === 1) sets.push(...tags.map(tagSet));
  else if (tags.length > 1) sets.push(anyTagSet(tags));
  const segment = segmentConditions(db, q.segmentId && seen.has(q.segmentId) ? { ...q, segmentId: null } : q);
  plain.push(...segment.plain);
  sets.push(...segment.sets);
  if (segment.nested && q.segmentId) {
    const inner = filters(db, segment.nested, new Set([...seen, q.segmentId]));
    plain.push(...inner.plain.filter((p) => p !== LIVE));
    indexed.push(...inner.indexed);
    sets.push(...inner.sets);
  }
  return { plain, indexed, sets };
}

/** The filters as one WHERE clause over `c`: the sets at `driver` drive the query, the others are probed. */
function whereSql(f: Filters, driver: (set: CustomerSet) => boolean): { sql: string; params: unknown[] } {
  const parts = [...f.plain];
  for (const set of f.sets)
    parts.push(
      driver(set) ? { sql: set.drive, params: [...set.params] } : { sql: set.probe, params: probeParams(set) },
    );
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
}

/** The set with the fewest members (deleted customers included), which drives a query when any does. */
function smallestSet(db: Db, f: Filters): [CustomerSet, number] | undefined {
  const sizes = new Map(f.sets.map((set) => [set, countOf(db, set.members, set.params)]));
  return [...sizes].sort((a, b) => a[1] - b[1])[0];
}

/** How many live customers the filter matches (a saved segment's count). */
export function countMatching(db: Db, q: CustomerFilter): number {
  const f = filters(db, q);
  return countCustomers(db, f, smallestSet(db, f));
}

export function listCustomers(db: Db, q: ListQuery): Page<CustomerRow> {
  const f = filters(db, q);
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const smallest = smallestSet(db, f);
  const total = f.sets.length > 0 ? tableSize(db) : 0;
  // Rows: the smallest set drives, unless it is so large that walking the sort index finds the page sooner.
  const keys = indexedKeys(q.sort);
  const walk = smallest !== undefined && keys !== null && probeIsCheaper(smallest[1], total, (q.page + 1) * q.pageSize);
  // Ties go by rowid in the same direction, the order every sort index keeps them in, so a walk stops at the page:
  // with `c.id` SQLite sorted each tie group whole first, and every customer of an import shares its
  // created_at and updated_at (89k of them: 357 ms for a page by updatedAt with a query, 0.1 ms now). It also makes
  // the order total, so the first matches among the first customers in sort order are the first matches of all.
  const pageOf = (where: { sql: string; params: unknown[] }): Stored<CustomerRow>[] =>
    stmt(
      db,
      `SELECT ${ROW_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
       WHERE ${where.sql} ORDER BY ${sortSql(q.sort, dir)}, c.rowid ${dir} LIMIT ? OFFSET ?`,
    ).all(...where.params, q.pageSize, q.page * q.pageSize) as Stored<CustomerRow>[];
  let rows: Stored<CustomerRow>[] | null = null;
  if (walk && f.sets.every((set) => set.indexOnlyProbe === true)) rows = pageOf(whereSql(f, () => false));
  else if (walk && smallest && keys) {
    // A probe that reads each customer's row (a term's text, a tag) costs about 0.5 µs a customer, so the walk reads
    // at most `budget` of them: a subquery over the sort index that SQLite runs as a co-routine, ordered by its own
    // columns so that nothing is sorted and the walk stops once the page is full. If those customers hold the
    // page, it is the page; if not, and there are more customers, the set drives instead.
    const budget = walkBudget(smallest[1], total, (q.page + 1) * q.pageSize);
    const plain = whereSql({ plain: f.plain, indexed: [], sets: [] }, () => false);
    const probes = whereSql({ plain: [], indexed: [], sets: f.sets }, () => false);
    const walked = stmt(
      db,
      `SELECT ${ROW_COLUMNS}
       FROM (SELECT ${keys.map((k, i) => `${k} AS k${i}`).join(', ')}, c.rowid AS r FROM customers c
             WHERE ${plain.sql} ORDER BY ${sortSql(q.sort, dir)}, c.rowid ${dir} LIMIT ?) w
       CROSS JOIN customers c ON c.rowid = w.r LEFT JOIN staff s ON s.id = c.owner_id
       WHERE ${probes.sql} ORDER BY ${keys.map((_, i) => `w.k${i} ${dir}`).join(', ')}, w.r ${dir} LIMIT ? OFFSET ?`,
    ).all(...plain.params, budget, ...probes.params, q.pageSize, q.page * q.pageSize) as Stored<CustomerRow>[];
    if (walked.length === q.pageSize || total <= budget) rows = walked;
  }
  rows ??= pageOf(whereSql(f, (set) => set === smallest?.[0]));
  return { rows: rows.map((r) => withTags<CustomerRow>(r)), total: countCustomers(db, f, smallest) };
}

/** How many live customers the filters match. */
function countCustomers(db: Db, f: Filters, smallest: [CustomerSet, number] | undefined): number {
  const count = (sql: string, params: readonly unknown[]): number => (stmt(db, sql).get(...params) as { n: number }).n;
  // One set and nothing else: its size less its deleted members (found through customers_deleted).
  if (smallest && f.sets.length === 1 && f.plain.length === 1) {
    const [set, size] = smallest;
    return (
      size -
      count(`SELECT count(*) AS n FROM customers c WHERE c.deleted_at IS NOT NULL AND ${set.probe}`, probeParams(set))
    );
  }
  // Otherwise the smallest set drives, unless the region or owner index finds fewer customers.
  let driver = smallest?.[0];
  if (smallest && f.indexed.length > 0) {
    const byIndex = whereSql({ plain: [LIVE, ...f.indexed], indexed: [], sets: [] }, () => false);
    if (count(`SELECT count(*) AS n FROM customers c WHERE ${byIndex.sql}`, byIndex.params) < smallest[1])
      driver = undefined;
  }
  const where = whereSql(f, (set) => set === driver);
  return count(`SELECT count(*) AS n FROM customers c WHERE ${where.sql}`, where.params);
}

/** The ids of every live customer the filter matches, in no particular order: what a bulk change takes. */
export function matchingIds(db: Db, q: CustomerFilter): string[] {
  const where = whereSql(filters(db, q), () => true);
  return (stmt(db, `SELECT c.id FROM customers c WHERE ${where.sql}`).all(...where.params) as { id: string }[]).map(
    (row) => row.id,
  );
}

/** Customers read per query by customerPages. */
const CUSTOMER_PAGE = 2000;
const CUSTOMER_PAGE_SQL = `SELECT ${FULL_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
  WHERE c.rowid IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL ORDER BY c.name_pinyin, c.name, c.id`;

/** Every customer the filter matches, whole, in name order, a page at a time (see pagesByRowid): for exports. */
export function* customerPages(db: Db, q: CustomerFilter, pageSize = CUSTOMER_PAGE): Generator<Customer[]> {
  const where = whereSql(filters(db, q), () => true);
  const order = `SELECT c.rowid AS r FROM customers c WHERE ${where.sql} ORDER BY c.name_pinyin, c.name, c.id`;
  for (const page of pagesByRowid<Stored<Customer>>(db, order, where.params, CUSTOMER_PAGE_SQL, pageSize))
    yield page.map((row) => withTags<Customer>(row));
}

/** Every customer the filter matches, whole, in name order (read as customerPages reads them). */
export function* iterateCustomers(db: Db, q: CustomerFilter): Generator<Customer> {
  for (const page of customerPages(db, q)) yield* page;
}

/** The custom field names of the customers the filter matches, sorted. */
export function customFieldNames(db: Db, q: CustomerFilter): string[] {
  const where = whereSql(filters(db, q), () => true);
  return (
    stmt(
      db,
      `SELECT DISTINCT j.key AS k FROM customers c, json_each(CASE WHEN json_valid(c.custom_fields)
         THEN c.custom_fields ELSE '{}' END) j WHERE ${where.sql}`,
    ).all(...where.params) as { k: string }[]
  )
    .map((row) => row.k)
    .sort();
}

/** Pinyin order, as the list sorts names: 蔡 before 张, Latin and Chinese interleaved by sound. */
export const byPinyin = (a: string, b: string): number => {
  const ka = nameKeys(a).full;
  const kb = nameKeys(b).full;
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/** The choices of the list's filter menus, in pinyin order. */
export function facetValues(db: Db): { tags: string[]; regions: string[] } {
  const tags = (
    stmt(db, 'SELECT DISTINCT tag FROM customer_tags ORDER BY tag LIMIT 500').all() as { tag: string }[]
  ).map((r) => r.tag);
  const regions = (
    stmt(
      db,
      'SELECT DISTINCT region FROM customers WHERE deleted_at IS NULL AND region IS NOT NULL ORDER BY region LIMIT 500',
    ).all() as { region: string }[]
  ).map((r) => r.region);
  return { tags: tags.sort(byPinyin), regions: regions.sort(byPinyin) };
}
