/**
 * Finding customers across branches (by name, or by the masked mobile a branch pushed) and ★ the same person at
 * two or more branches, by the keyed digests of the ID number or the mobile. Raw ID numbers never reach head
 * office, and the digest itself is only a key here: a group shows its first characters, never a number.
 */
import type { Pool } from 'pg';
import type {
  HqSearchHit,
  HqSearchResult,
  SamePersonGroup,
  SamePersonKey,
  SamePersonPage,
} from '../../../shared/hq/types';

interface HitRow {
  branch_id: string;
  code: string;
  branch_name: string;
  id: string;
  name: string;
  kind: 'person' | 'company';
  mobile_masked: string | null;
}

const HIT_COLUMNS = `c.branch_id, b.code, b.name AS branch_name, c.id, c.name, c.kind, c.mobile_masked`;

const toHit = (r: HitRow): HqSearchHit => ({
  branchId: r.branch_id,
  branchCode: r.code,
  branchName: r.branch_name,
  customerId: r.id,
  name: r.name,
  kind: r.kind,
  mobileMasked: r.mobile_masked,
});

/** `%`, `_` and `\` typed by the user match themselves. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Which customers a query matches. A masked mobile keeps its first three and last four digits (138****5678), so
 * four digits are its last four and a whole masked number is itself (both read an index); other digits are a
 * substring of the masked mobile, and a name a substring of the name, read until a page is found (the page is then
 * sorted), so a common name stops early. A name must also hold the query's characters in pairs (head-office
 * migration 005): a name nobody has reads an empty entry of that index instead of every customer.
 */
function matching(text: string): { where: string; values: string[]; ordered: boolean } {
  if (/^\d{4}$/.test(text)) return { where: 'right(c.mobile_masked, 4) = $1', values: [text], ordered: true };
  if (/^\d{3}\*{4}\d{4}$/.test(text)) return { where: 'c.mobile_masked = $1', values: [text], ordered: true };
  const pattern = `%${likeEscape(text)}%`;
  if (/^[\d*]{3,}$/.test(text)) return { where: 'c.mobile_masked ILIKE $1', values: [pattern], ordered: false };
  return {
    where: 'dossier.name_grams(c.name) @> dossier.query_grams($3) AND c.name ILIKE $1',
    values: [pattern, text],
    ordered: false,
  };
}

/** The statement `hqSearch` runs for a query (its text and parameters), also what an EXPLAIN of it reads. */
export function searchStatement(query: string, limit: number): { text: string; values: unknown[]; ordered: boolean } {
  const match = matching(query.trim());
  const [first, ...rest] = match.values;
  return {
    text: `SELECT ${HIT_COLUMNS}
       FROM dossier.customers c JOIN dossier.branches b ON b.id = c.branch_id
      WHERE c.deleted_at IS NULL AND ${match.where}
      ${match.ordered ? 'ORDER BY c.name, b.code, c.id' : ''}
      LIMIT $2`,
    values: [first, limit + 1, ...rest],
    ordered: match.ordered,
  };
}

const byNameThenBranch = (a: HqSearchHit, b: HqSearchHit) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.branchCode < b.branchCode ? -1 : a.branchCode > b.branchCode ? 1 : 0;

export async function hqSearch(pool: Pool, query: string, limit: number): Promise<HqSearchResult> {
  const statement = searchStatement(query, limit);
  const result = await pool.query<HitRow>(statement.text, statement.values);
  const hits = result.rows.slice(0, limit).map(toHit);
  return { hits: statement.ordered ? hits : hits.sort(byNameThenBranch), more: result.rows.length > limit };
}

const DIGEST_COLUMN: Readonly<Record<SamePersonKey, string>> = {
  idNumber: 'id_number_digest',
  mobile: 'mobile_digest',
};

/**
 * Digests shared by live customers of two or more branches, in digest order from `after` (keyset paging: the
 * grouped scan walks the digest index and stops after `limit` groups), each with its customers.
 */
export async function samePerson(
  pool: Pool,
  by: SamePersonKey,
  after: string | null,
  limit: number,
): Promise<SamePersonPage> {
  const digest = `c.${DIGEST_COLUMN[by]}`;
  const result = await pool.query<HitRow & { digest: string }>(
    `WITH shared AS (
       SELECT ${digest} AS digest FROM dossier.customers c
        WHERE ${digest} IS NOT NULL AND c.deleted_at IS NULL AND ($1::text IS NULL OR ${digest} > $1::text)
        GROUP BY ${digest}
       HAVING min(c.branch_id::text) <> max(c.branch_id::text)
        ORDER BY ${digest}
        LIMIT $2)
     SELECT s.digest, ${HIT_COLUMNS}
       FROM shared s
       JOIN dossier.customers c ON ${digest} = s.digest AND c.deleted_at IS NULL
       JOIN dossier.branches b ON b.id = c.branch_id
      ORDER BY s.digest, b.code, c.name, c.id`,
    [after ?? null, limit + 1],
  );
  const groups: { digest: string; customers: HqSearchHit[] }[] = [];
  for (const row of result.rows) {
    let group = groups.at(-1);
    if (group?.digest !== row.digest) groups.push((group = { digest: row.digest, customers: [] }));
    group.customers.push(toHit(row));
  }
  const page = groups.slice(0, limit);
  const out: SamePersonGroup[] = page.map((g) => ({ key: g.digest.slice(0, 10), customers: g.customers }));
  return { by, groups: out, next: groups.length > limit ? (page.at(-1)?.digest ?? null) : null };
}
