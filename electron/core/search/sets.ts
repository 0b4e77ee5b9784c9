/** Customer sets an index answers (a search term's, a tag's), and when to drive or probe them. */
import { type SearchTerm } from './keys';
import type { Db } from '../db/open';
import { ftsPhrase, stmt } from '../db/sql';

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const CJK_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/;
export const LATIN_ONLY = /^[a-z]+$/;
/**
 * Customers with a token in the short index: `keys` holds the name's CJK characters and pairs, words, pinyin and
 * initials, and the first one and two letters of each of those Latin tokens; `field_keys` the CJK characters and
 * pairs of employer, region, address and custom field values. Every query is single tokens (the index keeps no
 * positions, so a phrase of several tokens is an error).
 */
export const SHORT = 'SELECT rowid FROM customers_short WHERE customers_short MATCH ?';
const TRIGRAM = 'SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?';

/**
 * A filter that is a set of customers read from an index (the search term's, the tag's). It can drive a query
 * (`c.rowid IN (…)`: each member looked up, then sorted) or only be probed while the query walks the sort
 * order's index (`+c.rowid IN (…)`, `EXISTS`: stops once the page is full). Driving is right for a small set,
 * probing for a large one; without statistics SQLite always drives, so the choice is made here, by `size`.
 */
export interface CustomerSet {
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
export const probeParams = (set: CustomerSet): unknown[] => [...(set.probeParams ?? set.params)];

/** The customers a search term matches, or a plain condition when no index answers it. */
export function termFilter(term: SearchTerm): CustomerSet | { sql: string; params: unknown[] } | null {
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

export const tagSet = (tag: string): CustomerSet => ({
  members: 'SELECT customer_id FROM customer_tags WHERE tag = ?',
  params: [tag],
  drive: 'c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)',
  probe: 'EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = ?)',
});

/** Customers holding any of several tags (each once, so the set's size counts customers). */
export const anyTagSet = (tags: readonly string[]): CustomerSet => {
  const list = tags.map(() => '?').join(', ');
  return {
    members: `SELECT DISTINCT customer_id FROM customer_tags WHERE tag IN (${list})`,
    params: [...tags],
    drive: `c.id IN (SELECT customer_id FROM customer_tags WHERE tag IN (${list}))`,
    probe: `EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag IN (${list}))`,
  };
};

export const isSet = (f: CustomerSet | { sql: string } | null): f is CustomerSet => f !== null && 'members' in f;

/** How many rows a subquery yields (a set's members, deleted customers included). */
export function countOf(db: Db, members: string, params: readonly unknown[]): number {
  return (stmt(db, `SELECT count(*) AS n FROM (${members})`).get(...params) as { n: number }).n;
}

/** Customers ever stored, an upper bound of the live ones: one b-tree seek. */
export function tableSize(db: Db): number {
  return (stmt(db, 'SELECT max(rowid) AS n FROM customers').get() as { n: number | null }).n ?? 0;
}

/**
 * Whether walking an index in sort order and probing a set of `size` of `total` customers finds `wanted` rows
 * sooner than looking every member up: about wanted × total / size rows walked against size lookups.
 */
export const probeIsCheaper = (size: number, total: number, wanted: number): boolean => size * size > wanted * total;

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
export const walkBudget = (size: number, total: number, wanted: number): number =>
  Math.max(WALK_MIN, size, Math.ceil((WALK_FACTOR * wanted * total) / Math.max(1, size)));
