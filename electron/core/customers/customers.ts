import type { Customer, CustomerRow, DuplicateCandidate, DuplicateReason } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import type { SearchHit } from '../../../shared/search/types';
import { DossierError } from '../../../shared/result';
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { z } from 'zod';
import type { customerListQuery } from '../../../shared/customers/schemas';
import { phoneDigits } from '../../../shared/rules/index';
import { nowIso, uuidv7 } from '../ids';
import { nameKeys, parseSearchTerm, searchText, type SearchTerm } from '../search/keys';
import { audit, diff } from '../audit/log';
import type { Db } from '../db/open';
import { ftsPhrase, likeLiteral, pagesByRowid, stmt } from '../db/sql';

type ListQuery = z.output<typeof customerListQuery>;

const ROW_COLUMNS = `c.id, c.kind, c.name, c.mobile, c.phone, c.employer, c.region, s.name AS ownerName,
  c.tags, c.updated_at AS updatedAt`;

const FULL_COLUMNS = `c.id, c.kind, c.name, c.gender, c.birth_date AS birthDate, c.mobile, c.phone, c.email,
  c.address, c.region, c.employer, c.position, c.nationality, c.marital_status AS maritalStatus, c.source,
  c.id_number AS idNumber, c.industry, c.headcount, c.owner_id AS ownerId, s.name AS ownerName, c.notes, c.tags,
  c.custom_fields AS customFields, c.created_at AS createdAt, c.created_by AS createdBy, c.updated_at AS updatedAt, c.updated_by AS updatedBy,
  c.deleted_at AS deletedAt`;

type Stored<T> = Omit<T, 'tags' | 'customFields'> & { tags: string; customFields?: string };
const withTags = <T extends { tags: readonly string[] }>(row: Stored<T>): T =>
  (row.customFields === undefined
    ? { ...row, tags: JSON.parse(row.tags) as string[] }
    : {
        ...row,
        tags: JSON.parse(row.tags) as string[],
        customFields: JSON.parse(row.customFields) as Record<string, string>,
      }) as unknown as T;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/;
const LATIN_ONLY = /^[a-z]+$/;
/**
 * Customers with a token in the short index: `keys` holds the name's CJK characters and pairs, words, pinyin and
 * initials, and the first one and two letters of each of those Latin tokens; `field_keys` the CJK characters and
 * pairs of employer, region, address and custom field values. Every query is single tokens (the index keeps no
 * positions, so a phrase of several tokens is an error).
 */
const SHORT = 'SELECT rowid FROM customers_short WHERE customers_short MATCH ?';
const TRIGRAM = 'SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?';

/**
 * A filter that is a set of customers read from an index (the search term's, the tag's). It can drive a query
 * (`c.rowid IN (…)`: each member looked up, then sorted) or only be probed while the query walks the sort
 * order's index (`+c.rowid IN (…)`, `EXISTS`: stops once the page is full). Driving is right for a small set,
 * probing for a large one; without statistics SQLite always drives, so the choice is made here, by `size`.
 */
interface CustomerSet {
  /** Members as a subquery: rowids, or customer ids for a tag. */
  readonly members: string;
  readonly params: readonly unknown[];
  readonly drive: string;
  readonly probe: string;
  /** The probe's parameters, when not those of `members`. */
  readonly probeParams?: readonly unknown[];
  /** Whether the probe reads the sort index alone (rowids looked up in the members, read once): a walk of many
   * customers then costs little, and it is not bounded (see walkBudget). */
  readonly indexOnlyProbe?: boolean;
}

const rowidSet = (members: string, params: readonly unknown[]): CustomerSet => ({
  members,
  params,
  drive: `c.rowid IN (${members})`,
  probe: `+c.rowid IN (${members})`,
  indexOnlyProbe: true,
});

/**
 * A trigram match is a substring of the (lower-case, half-width) search text, so it is probed on the row itself,
 * without reading the whole match first.
 */
const trigramSet = (value: string): CustomerSet => ({
  ...rowidSet(TRIGRAM, [ftsPhrase(value)]),
  probe: 'instr(c.search_text, ?) > 0',
  probeParams: [value],
  indexOnlyProbe: false,
});
const probeParams = (set: CustomerSet): unknown[] => [...(set.probeParams ?? set.params)];

/** The customers a search term matches, or a plain condition when no index answers it. */
function termFilter(term: SearchTerm): CustomerSet | { sql: string; params: unknown[] } | null {
  if (term.kind === 'empty') return null;
  const phrase = ftsPhrase(term.value);
  // Trigram needs three characters; shorter input looks up whole tokens in the short indexes.
  if (term.value.length >= 3) return trigramSet(term.value);
  if (term.kind === 'digits') return { sql: 'instr(c.mobile, ?) > 0', params: [term.value] };
  // One or two CJK characters: a character or pair of the name or of the other fields.
  if (CJK.test(term.value)) return rowidSet(SHORT, [phrase]);
  // One or two letters: a prefix of a name word, the full pinyin or the initials, each indexed as a token.
  return rowidSet(SHORT, [`keys : ${phrase}`]);
}

const tagSet = (tag: string): CustomerSet => ({
  members: 'SELECT customer_id FROM customer_tags WHERE tag = ?',
  params: [tag],
  drive: 'c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)',
  probe: 'EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = ?)',
});

const isSet = (f: CustomerSet | { sql: string } | null): f is CustomerSet => f !== null && 'members' in f;

/** How many rows a subquery yields (a set's members, deleted customers included). */
function countOf(db: Db, members: string, params: readonly unknown[]): number {
  return (stmt(db, `SELECT count(*) AS n FROM (${members})`).get(...params) as { n: number }).n;
}

/** Customers ever stored, an upper bound of the live ones: one b-tree seek. */
function tableSize(db: Db): number {
  return (stmt(db, 'SELECT max(rowid) AS n FROM customers').get() as { n: number | null }).n ?? 0;
}

/**
 * Whether walking an index in sort order and probing a set of `size` of `total` customers finds `wanted` rows
 * sooner than looking every member up: about wanted × total / size rows walked against size lookups.
 */
const probeIsCheaper = (size: number, total: number, wanted: number): boolean => size * size > wanted * total;

/**
 * How many customers a walk reads in sort order before the set drives instead: a few times the rows an evenly
 * spread set needs (wanted × total / size), and at least the set's size (reading a customer in a walk costs about
 * a quarter of fetching and sorting one when the set drives, so the bound adds at most that) and WALK_MIN. The
 * members of a large set are often not spread evenly: an import's customers sit together in the created and
 * updated orders, and a file's own order groups them further (杭州第1…: 9,888 customers in one block of the file
 * took a 198 ms walk).
 */
const WALK_FACTOR = 4;
const WALK_MIN = 1000;
const walkBudget = (size: number, total: number, wanted: number): number =>
  Math.max(WALK_MIN, size, Math.ceil((WALK_FACTOR * wanted * total) / Math.max(1, size)));

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

export type CustomerFilter = Pick<ListQuery, 'query' | 'kind' | 'ownerId' | 'region' | 'tag'>;

interface Filters {
  /** Plain conditions with their parameters, `c.deleted_at IS NULL` first. */
  readonly plain: { sql: string; params: unknown[] }[];
  /** Those of them an index of live customers answers (region, owner). */
  readonly indexed: { sql: string; params: unknown[] }[];
  readonly sets: CustomerSet[];
}

const LIVE = { sql: 'c.deleted_at IS NULL', params: [] };

function filters(q: CustomerFilter): Filters {
  const plain: Filters['plain'] = [LIVE];
  const sets: CustomerSet[] = [];
  const match = termFilter(parseSearchTerm(q.query));
  if (isSet(match)) sets.push(match);
  else if (match) plain.push(match);
  if (q.kind) plain.push({ sql: 'c.kind = ?', params: [q.kind] });
  const indexed: Filters['indexed'] = [];
  if (q.ownerId) indexed.push({ sql: 'c.owner_id = ?', params: [q.ownerId] });
  if (q.region) indexed.push({ sql: 'c.region = ?', params: [q.region] });
  plain.push(...indexed);
  if (q.tag) sets.push(tagSet(q.tag));
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

export function listCustomers(db: Db, q: ListQuery): Page<CustomerRow> {
  const f = filters(q);
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const sizes = new Map(f.sets.map((set) => [set, countOf(db, set.members, set.params)]));
  const smallest = [...sizes].sort((a, b) => a[1] - b[1])[0];
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

/** Customers read per query by customerPages. */
const CUSTOMER_PAGE = 2000;
const CUSTOMER_PAGE_SQL = `SELECT ${FULL_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
  WHERE c.rowid IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL ORDER BY c.name_pinyin, c.name, c.id`;

/** Every customer the filter matches, whole, in name order, a page at a time (see pagesByRowid): for exports. */
export function* customerPages(db: Db, q: CustomerFilter, pageSize = CUSTOMER_PAGE): Generator<Customer[]> {
  const where = whereSql(filters(q), () => true);
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
  const where = whereSql(filters(q), () => true);
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

type SearchRow = Stored<CustomerRow> & {
  namePinyin: string;
  nameInitials: string;
  idNumber: string | null;
  email: string | null;
};

const SEARCH_COLUMNS = `${ROW_COLUMNS}, c.name_pinyin AS namePinyin, c.name_initials AS nameInitials,
  c.id_number AS idNumber, c.email AS email`;

/** Best first: exact name (or mobile, ID), name or pinyin prefix, initials or pinyin prefix, name containing it. */
const RANK_SQL = `CASE
  WHEN lower(c.name) = ? OR c.mobile = ? OR c.id_number = upper(?) THEN 0
  WHEN c.name LIKE ? ESCAPE '\\' OR c.name_initials = ? OR c.name_pinyin = ? OR c.mobile LIKE ? ESCAPE '\\'
    OR c.id_number LIKE ? ESCAPE '\\' THEN 1
  WHEN c.name_initials LIKE ? ESCAPE '\\' OR c.name_pinyin LIKE ? ESCAPE '\\' THEN 2
  WHEN instr(lower(c.name), ?) > 0 THEN 3
  ELSE 4 END, length(c.name), c.name_pinyin, c.id`;
const rankParams = (value: string): unknown[] => {
  const prefix = `${likeLiteral(value)}%`;
  return [value, value, value, prefix, value, value, prefix, prefix, prefix, prefix, value];
};

const DIGITS_ONLY = /^[0-9]+$/;
/** Customers whose mobile (or ID number) starts with a digits term that a large match ranks first, at most. */
const PREFIX_CANDIDATES = 500;

/**
 * Customers that may rank above the rest, for ranking a large match: from the short index, those whose name may
 * hold a CJK term's characters or pairs, or a Latin term as a prefix of a name word, the pinyin or the initials;
 * for digits (a phone or ID fragment such as 1380 or 110105), those whose mobile or ID number is or starts with
 * the term, and for other terms without CJK (qq.com), those whose name, mobile or ID number is the term, through
 * their indexes (a name holding such a term is rare, and then it comes in name order with the others).
 */
function nameCandidates(value: string): { sql: string; params: unknown[] } | null {
  if (DIGITS_ONLY.test(value)) {
    // The keys that start with the digits, through the same indexes, up to PREFIX_CANDIDATES of each.
    const after = `${value.slice(0, -1)}${String.fromCharCode(value.charCodeAt(value.length - 1) + 1)}`;
    return {
      sql: `SELECT rowid FROM customers WHERE mobile = ? UNION ALL SELECT rowid FROM customers WHERE id_number = ?
            UNION ALL SELECT * FROM (SELECT rowid FROM customers WHERE mobile > ? AND mobile < ? LIMIT ${PREFIX_CANDIDATES})
            UNION ALL SELECT * FROM (SELECT rowid FROM customers WHERE id_number > ? AND id_number < ? LIMIT ${PREFIX_CANDIDATES})`,
      params: [value, value, value, after, value, after],
    };
  }
  if (CJK_ONLY.test(value)) {
    const chars = Array.from(value);
    const tokens = chars.length === 1 ? chars : chars.slice(1).map((ch, i) => `${chars[i] ?? ''}${ch}`);
    return { sql: SHORT, params: [`keys : (${[...new Set(tokens)].map(ftsPhrase).join(' AND ')})`] };
  }
  // (One or two letters only ever match names: the match is its own candidates.)
  if (LATIN_ONLY.test(value)) return value.length >= 3 ? { sql: SHORT, params: [`keys : ${ftsPhrase(value)}*`] } : null;
  // Three or more letters, digits and signs without CJK (qq.com, wx_9): a name rarely holds them, so only the
  // customers whose name, mobile or ID number is the term, through their indexes. (Shorter ones match names only.)
  if (!CJK.test(value) && value.length >= 3)
    return {
      sql: `SELECT rowid FROM customers WHERE name = ? UNION ALL SELECT rowid FROM customers WHERE mobile = ?
            UNION ALL SELECT rowid FROM customers WHERE id_number = upper(?)`,
      params: [value, value, value],
    };
  return null;
}

/**
 * The search box: best matches first (see RANK_SQL). Every match is ranked when there are few; a large match
 * (北京, 有限公司, the first digits of a phone that 89k imported mobiles share) ranks only its candidates (see
 * nameCandidates) and fills the rest in name order by walking the pinyin index, so the cost stays near the limit
 * instead of the number of matches.
 */
export function searchCustomers(db: Db, query: string, limit: number): SearchHit[] {
  const term = parseSearchTerm(query);
  const match = termFilter(term);
  if (term.kind === 'empty' || !match) return [];
  const value = term.value;
  const ranked = (where: string, params: readonly unknown[], n: number): SearchRow[] =>
    stmt(
      db,
      `SELECT ${SEARCH_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
       WHERE c.deleted_at IS NULL AND ${where} ORDER BY ${RANK_SQL} LIMIT ?`,
    ).all(...params, ...rankParams(value), n) as SearchRow[];
  const inNameOrder = (where: string, params: readonly unknown[], n: number): SearchRow[] =>
    stmt(
      db,
      `SELECT ${SEARCH_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
       WHERE c.deleted_at IS NULL AND ${where} ORDER BY c.name_pinyin, c.name, c.id LIMIT ?`,
    ).all(...params, n) as SearchRow[];

  let rows: SearchRow[];
  if (!isSet(match)) rows = ranked(match.sql, match.params, limit);
  else {
    const candidates = nameCandidates(value);
    const size = candidates ? countOf(db, match.members, match.params) : 0;
    const large = probeIsCheaper(size, tableSize(db), limit);
    const named = candidates && large ? countOf(db, candidates.sql, candidates.params) : 0;
    // Worth it only when the names are a small part of a large match (北京: 2,837 names of 39,215 matches).
    if (!candidates || !large || 2 * named > size) rows = ranked(match.drive, match.params, limit);
    else {
      // The name candidates that match, ranked (for one or two characters every candidate matches); then the
      // other matches in name order.
      rows =
        named === 0
          ? []
          : value.length < 3
            ? ranked(`c.rowid IN (${candidates.sql})`, candidates.params, limit)
            : ranked(
                `c.rowid IN (${candidates.sql}) AND ${match.probe}`,
                [...candidates.params, ...probeParams(match)],
                limit,
              );
      if (rows.length < limit)
        rows.push(
          ...inNameOrder(
            `${match.probe} AND c.rowid NOT IN (${candidates.sql})`,
            [...probeParams(match), ...candidates.params],
            limit - rows.length,
          ),
        );
    }
  }
  return rows.map(({ namePinyin, nameInitials, idNumber, email, ...row }) => ({
    ...withTags<CustomerRow>(row),
    matched: whyMatched(term, { ...row, namePinyin, nameInitials, idNumber, email }),
  }));
}

function whyMatched(
  term: SearchTerm,
  c: {
    name: string;
    namePinyin: string;
    nameInitials: string;
    mobile: string | null;
    phone: string | null;
    idNumber: string | null;
    employer: string | null;
    email: string | null;
  },
): SearchHit['matched'] {
  if (term.kind === 'empty') return 'other';
  const v = term.value;
  if (term.kind === 'digits') {
    if ((c.mobile ?? '').includes(v) || phoneDigits(c.phone ?? '').includes(v)) return 'phone';
    if ((c.idNumber ?? '').includes(v)) return 'idNumber';
    return 'other';
  }
  if (c.name.toLowerCase().includes(v)) return 'name';
  if (c.nameInitials.includes(v) || c.namePinyin.includes(v)) return 'pinyin';
  if ((c.idNumber ?? '').toLowerCase().includes(v)) return 'idNumber';
  if ((c.employer ?? '').toLowerCase().includes(v)) return 'employer';
  if ((c.email ?? '').includes(v)) return 'email';
  return 'other';
}

export function getCustomer(db: Db, id: string, includeDeleted = false): Customer {
  const row = stmt(
    db,
    `SELECT ${FULL_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id WHERE c.id = ?`,
  ).get(id) as Stored<Customer> | undefined;
  if (!row || (row.deletedAt && !includeDeleted))
    throw new DossierError({ code: 'not_found', message: `No customer with id ${id}`, details: { id } });
  return withTags<Customer>(row);
}

const WRITE_COLUMNS = [
  'kind',
  'name',
  'gender',
  'birth_date',
  'mobile',
  'phone',
  'email',
  'address',
  'region',
  'employer',
  'position',
  'nationality',
  'marital_status',
  'source',
  'id_number',
  'industry',
  'headcount',
  'owner_id',
  'notes',
  'tags',
  'name_pinyin',
  'name_initials',
  'search_text',
  'custom_fields',
] as const;

function writeValues(v: CustomerValues): unknown[] {
  const keys = nameKeys(v.name);
  const text = searchText({ ...v, extra: Object.values(v.customFields) }, keys);
  return [
    v.kind,
    v.name,
    v.gender,
    v.birthDate,
    v.mobile,
    v.phone,
    v.email,
    v.address,
    v.region,
    v.employer,
    v.position,
    v.nationality,
    v.maritalStatus,
    v.source,
    v.idNumber,
    v.industry,
    v.headcount,
    v.ownerId,
    v.notes,
    JSON.stringify(v.tags),
    keys.full,
    keys.initials,
    text,
    JSON.stringify(v.customFields),
  ];
}

const INSERT_TAG = 'INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)';

function insertTags(db: Db, customerId: string, tags: readonly string[]): void {
  if (tags.length === 0) return;
  const insert = stmt(db, INSERT_TAG);
  for (const tag of tags) insert.run(customerId, tag);
}

function replaceTags(db: Db, customerId: string, tags: readonly string[]): void {
  stmt(db, 'DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
  insertTags(db, customerId, tags);
}

// Built once: an import writes them for every row.
const INSERT_CUSTOMER = `INSERT INTO customers (id, ${WRITE_COLUMNS.join(', ')}, created_at, created_by, updated_at, updated_by)
     VALUES (?, ${WRITE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?)`;
const UPDATE_CUSTOMER = `UPDATE customers SET ${WRITE_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ?, updated_by = ?
     WHERE id = ? AND deleted_at IS NULL`;

/** Inserts one customer row with its tags (a new id has none to remove); no audit (callers record it, an import as one batch). */
export function insertCustomerRow(db: Db, id: string, values: CustomerValues, actor: string | null, now: string): void {
  stmt(db, INSERT_CUSTOMER).run(id, ...writeValues(values), now, actor, now, actor);
  insertTags(db, id, values.tags);
}

/** Rewrites every stored field of a live customer with its tags; no audit. */
export function updateCustomerRow(db: Db, id: string, values: CustomerValues, actor: string | null, now: string): void {
  stmt(db, UPDATE_CUSTOMER).run(...writeValues(values), now, actor, id);
  replaceTags(db, id, values.tags);
}

export function createCustomer(db: Db, values: CustomerValues, actor: string | null): Customer {
  const id = uuidv7();
  db.transaction(() => {
    insertCustomerRow(db, id, values, actor, nowIso());
    audit(db, { entity: 'customer', entityId: id, action: 'create', staffId: actor, changes: values });
  })();
  return getCustomer(db, id);
}

export function updateCustomer(db: Db, id: string, values: CustomerValues, actor: string | null): Customer {
  const before = getCustomer(db, id);
  db.transaction(() => {
    updateCustomerRow(db, id, values, actor, nowIso());
    const changes = diff(before as unknown as Record<string, unknown>, values);
    audit(db, { entity: 'customer', entityId: id, action: 'update', staffId: actor, changes });
  })();
  return getCustomer(db, id);
}

export function deleteCustomer(db: Db, id: string, actor: string | null): { deletedAt: string } {
  getCustomer(db, id);
  const deletedAt = nowIso();
  db.transaction(() => {
    stmt(db, 'UPDATE customers SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(deletedAt, actor, id);
    audit(db, { entity: 'customer', entityId: id, action: 'delete', staffId: actor });
  })();
  return { deletedAt };
}

export function restoreCustomer(db: Db, id: string, actor: string | null): Customer {
  const c = getCustomer(db, id, true);
  if (c.deletedAt)
    db.transaction(() => {
      stmt(
        db,
        'UPDATE customers SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?',
      ).run(nowIso(), actor, id);
      audit(db, { entity: 'customer', entityId: id, action: 'restore', staffId: actor });
    })();
  return getCustomer(db, id);
}

export function listTrash(db: Db, page: number, pageSize: number): Page<CustomerRow & { deletedAt: string }> {
  const rows = stmt(
    db,
    `SELECT ${ROW_COLUMNS}, c.deleted_at AS deletedAt FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
     WHERE c.deleted_at IS NOT NULL ORDER BY c.deleted_at DESC LIMIT ? OFFSET ?`,
  ).all(pageSize, page * pageSize) as Stored<CustomerRow & { deletedAt: string }>[];
  const { total } = stmt(db, 'SELECT count(*) AS total FROM customers WHERE deleted_at IS NOT NULL').get() as {
    total: number;
  };
  return { rows: rows.map((r) => withTags<CustomerRow & { deletedAt: string }>(r)), total };
}

/** Likely duplicates of a customer about to be saved: same mobile, same ID, or same name at the same employer. */
export function findDuplicates(
  db: Db,
  v: Pick<CustomerValues, 'name' | 'mobile' | 'idNumber' | 'employer'>,
  excludeId: string | null,
): DuplicateCandidate[] {
  const rows = stmt(
    db,
    `SELECT id, name, mobile, employer, id_number AS idNumber FROM customers
     WHERE deleted_at IS NULL AND id IS NOT ?
       AND (mobile = ? OR id_number = ? OR (name = ? AND employer = ?))
     LIMIT 20`,
  ).all(excludeId, v.mobile, v.idNumber, v.name, v.employer) as {
    id: string;
    name: string;
    mobile: string | null;
    employer: string | null;
    idNumber: string | null;
  }[];
  return rows.map((r) => {
    const reasons: DuplicateReason[] = [];
    if (v.mobile && r.mobile === v.mobile) reasons.push('mobile');
    if (v.idNumber && r.idNumber === v.idNumber) reasons.push('idNumber');
    if (v.employer && r.name === v.name && r.employer === v.employer) reasons.push('nameEmployer');
    return { id: r.id, name: r.name, mobile: r.mobile, employer: r.employer, reasons };
  });
}

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
  return { tags, regions };
}
