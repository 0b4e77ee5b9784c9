import type { CustomerRow } from '../../../shared/customers/types';
import type { SearchHit } from '../../../shared/search/types';
import { phoneDigits } from '../../../shared/rules/index';
import { matchingContacts } from './contacts';
import { parseSearchTerm, type SearchTerm } from './keys';
import { scopeCondition } from '../auth/scope';
import type { Db } from '../db/open';
import { ftsPhrase, likeLiteral, stmt } from '../db/sql';
import { ROW_COLUMNS, withTags, type Stored } from '../customers/columns';
import {
  CJK,
  CJK_ONLY,
  LATIN_ONLY,
  SHORT,
  probeParams,
  termFilter,
  isSet,
  countOf,
  tableSize,
  probeIsCheaper,
} from './sets';

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
  // Staff with sign-in on find only their own and unassigned customers (auth/scope.ts).
  const scope = scopeCondition();
  const ranked = (where: string, params: readonly unknown[], n: number): SearchRow[] =>
    stmt(
      db,
      `SELECT ${SEARCH_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
       WHERE c.deleted_at IS NULL AND ${scope.sql} AND ${where} ORDER BY ${RANK_SQL} LIMIT ?`,
    ).all(...scope.params, ...params, ...rankParams(value), n) as SearchRow[];
  const inNameOrder = (where: string, params: readonly unknown[], n: number): SearchRow[] =>
    stmt(
      db,
      `SELECT ${SEARCH_COLUMNS} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id
       WHERE c.deleted_at IS NULL AND ${scope.sql} AND ${where} ORDER BY c.name_pinyin, c.name, c.id LIMIT ?`,
    ).all(...scope.params, ...params, n) as SearchRow[];

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
  const hits = rows.map(({ namePinyin, nameInitials, idNumber, email, ...row }) => ({
    ...withTags<CustomerRow>(row),
    matched: whyMatched(term, { ...row, namePinyin, nameInitials, idNumber, email }),
  }));
  // A company found by a contact (its name, pinyin or mobile) says which one.
  const byContact = matchingContacts(
    db,
    hits.filter((h) => h.matched === 'other').map((h) => h.id),
    term,
  );
  return hits.map((h): SearchHit => {
    const contact = byContact.get(h.id);
    return contact === undefined ? h : { ...h, matched: 'contact', contact };
  });
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
    if (phoneDigits(c.mobile ?? '').includes(v) || phoneDigits(c.phone ?? '').includes(v)) return 'phone';
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
