/**
 * The customer list's class and purchase filters as SQL over `c` (customers): classes, RFM scores and spend from the
 * last classification (customer_segments, one set probed or driven like a tag), the risk level of the newest
 * assessment (a set), last purchase, products bought or not, birthdays and custom fields (plain conditions), and
 * a saved segment (its frozen members as a set, or its stored filter to be added to the others).
 */
import type { z } from 'zod';
import { DossierError } from '../../../shared/result';
import { localDate } from '../../../shared/rules/calendar';
import { customerFilter, type RiskFilter, type SegmentFilterKey } from '../../../shared/customers/schemas';
import { CLASSES, parseClassKey, RISK_LEVELS, type Scheme } from '../../../shared/segments/classes';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import type { CustomerSet } from '../search/sets';

export type SegmentFilterValues = Partial<Pick<z.output<typeof customerFilter>, SegmentFilterKey>>;

interface Condition {
  readonly sql: string;
  readonly params: unknown[];
}

export interface SegmentConditions {
  readonly plain: Condition[];
  readonly sets: CustomerSet[];
  /** A dynamic saved segment's own filter, to be matched too. */
  readonly nested: z.output<typeof customerFilter> | null;
}

/** The customer_segments column of each scheme it stores (risk comes from the assessments). */
const SCHEME_COLUMNS: Readonly<Record<Exclude<Scheme, 'risk'>, string>> = {
  abc: 'abc',
  rfm: 'rfm',
  frequency: 'frequency',
  value: 'value',
  lifecycle: 'lifecycle',
};

const list = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Customers whose classification row meets every condition: a pk lookup when probed, an index when driven. */
function classificationSet(conditions: readonly Condition[]): CustomerSet {
  const where = conditions.map((c) => c.sql).join(' AND ');
  const params = conditions.flatMap((c) => c.params);
  const members = `SELECT g.customer_id FROM customer_segments g WHERE ${where}`;
  return {
    members,
    params,
    drive: `c.id IN (${members})`,
    probe: `EXISTS (SELECT 1 FROM customer_segments g WHERE g.customer_id = c.id AND ${where})`,
  };
}

/** The newest assessment of the customer `owner` names: by date, then by when it was recorded. */
const newest = (owner: string): string =>
  `(SELECT x.id FROM risk_assessments x WHERE x.customer_id = ${owner}
    ORDER BY x.assessed_on DESC, x.created_at DESC, x.id DESC LIMIT 1)`;

/** Customers whose newest assessment is at one of the levels, or (`expired`) has expired by `today`. */
function riskSet(wanted: readonly RiskFilter[], today: string): CustomerSet {
  const levels = wanted.filter((w) => w !== 'expired').map((w) => RISK_LEVELS.indexOf(w) + 1);
  const parts: Condition[] = [];
  if (levels.length > 0) parts.push({ sql: `r.level IN (${list(levels.length)})`, params: levels });
  // Valid until the day before it expires: one year from 2025-06-01 has run out on 2026-06-01.
  if (wanted.includes('expired')) parts.push({ sql: 'r.expires_on <= ?', params: [today] });
  const cond = `(${parts.map((p) => p.sql).join(' OR ')})`;
  const params = parts.flatMap((p) => p.params);
  const members = `SELECT r.customer_id FROM risk_assessments r WHERE r.id = ${newest('r.customer_id')} AND ${cond}`;
  return {
    members,
    params,
    drive: `c.id IN (${members})`,
    probe: `EXISTS (SELECT 1 FROM risk_assessments r WHERE r.customer_id = c.id AND r.id = ${newest('c.id')} AND ${cond})`,
  };
}

/** A purchase of the product, named as bought (any case) or as in the catalogue, or by its catalogue id. */
const PURCHASED = `EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.id AND t.deleted_at IS NULL
  AND (t.product = ? COLLATE NOCASE OR t.product_id = ?
       OR t.product_id IN (SELECT p.id FROM products p WHERE p.name = ? COLLATE NOCASE AND p.deleted_at IS NULL)))`;
const LAST_PURCHASE =
  '(SELECT max(t.occurred_on) FROM transactions t WHERE t.customer_id = c.id AND t.deleted_at IS NULL)';

const addDays = (iso: string, days: number): Date => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
};
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The month-days (`MM-DD`) from `today` to `days` later, across the year end. A 29 February birthday falls on
 * 28 February in other years, so a window holding 28 February of such a year holds 29 February too.
 */
export function birthdayMonthDays(today: string, days: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= Math.min(days, 366); i++) {
    const d = addDays(today, i);
    const md = d.toISOString().slice(5, 10);
    out.add(md);
    if (md === '02-28' && !isLeap(d.getUTCFullYear())) out.add('02-29');
  }
  return [...out].sort();
}

/** A saved segment as the filter reads it; refused when deleted or unknown. */
export function segmentSource(
  db: Db,
  id: string,
): { readonly id: string; readonly kind: 'dynamic' | 'frozen'; readonly filter: string } {
  const row = stmt(db, 'SELECT id, kind, filter FROM saved_segments WHERE id = ? AND deleted_at IS NULL').get(id) as
    { id: string; kind: 'dynamic' | 'frozen'; filter: string } | undefined;
  if (!row)
    throw new DossierError({
      code: 'not_found',
      message: `No saved segment ${id}`,
      issues: [{ path: 'segmentId', code: 'savedSegments.notFound' }],
    });
  return row;
}

/** The frozen members of a segment: the primary key answers both ways. */
const membersSet = (segmentId: string): CustomerSet => ({
  members: 'SELECT customer_id FROM saved_segment_members WHERE segment_id = ?',
  params: [segmentId],
  drive: 'c.id IN (SELECT customer_id FROM saved_segment_members WHERE segment_id = ?)',
  probe: 'EXISTS (SELECT 1 FROM saved_segment_members m WHERE m.segment_id = ? AND m.customer_id = c.id)',
});

export function segmentConditions(db: Db, f: SegmentFilterValues, today = localDate()): SegmentConditions {
  const plain: Condition[] = [];
  const sets: CustomerSet[] = [];
  const classified: Condition[] = [];
  const risks = new Set<RiskFilter>(f.risk ?? []);
  const bySchemes = new Map<Exclude<Scheme, 'risk'>, string[]>();
  for (const key of new Set(f.classes ?? [])) {
    const parsed = parseClassKey(key);
    if (!parsed) continue;
    if (parsed.scheme === 'risk') risks.add(parsed.value as RiskFilter);
    else bySchemes.set(parsed.scheme, [...(bySchemes.get(parsed.scheme) ?? []), parsed.value]);
  }
  // Several classes of one scheme: any of them; different schemes: all. Only the scheme whose classes are likely the
  // fewest customers (the smallest share of its classes picked) is read through its index, the others from the rows
  // it finds (`+g.col`): without statistics SQLite would pick one at random.
  const share = ([scheme, values]: [Exclude<Scheme, 'risk'>, string[]]): number =>
    values.length / CLASSES[scheme].length;
  const schemes = [...bySchemes].sort((a, b) => share(a) - share(b));
  schemes.forEach(([scheme, values], i) =>
    classified.push({
      sql: `${i === 0 ? '' : '+'}g.${SCHEME_COLUMNS[scheme]} IN (${list(values.length)})`,
      params: values,
    }),
  );
  const range = (column: string, min: number | null | undefined, max: number | null | undefined): void => {
    if (min != null) classified.push({ sql: `g.${column} >= ?`, params: [min] });
    if (max != null) classified.push({ sql: `g.${column} <= ?`, params: [max] });
  };
  range('r_score', f.rMin, f.rMax);
  range('f_score', f.fMin, f.fMax);
  range('m_score', f.mMin, f.mMax);
  range('amount_cents', f.spendMin, f.spendMax);
  if (classified.length > 0) sets.push(classificationSet(classified));
  if (risks.size > 0) sets.push(riskSet([...risks], today));

  if (f.lastPurchaseAfter) plain.push({ sql: `${LAST_PURCHASE} >= ?`, params: [f.lastPurchaseAfter] });
  if (f.lastPurchaseBefore) plain.push({ sql: `${LAST_PURCHASE} <= ?`, params: [f.lastPurchaseBefore] });
  if (f.bought) plain.push({ sql: PURCHASED, params: [f.bought, f.bought, f.bought] });
  if (f.notBought) plain.push({ sql: `NOT ${PURCHASED}`, params: [f.notBought, f.notBought, f.notBought] });
  if (f.birthdayWithin != null)
    plain.push({
      sql: 'substr(c.birth_date, 6) IN (SELECT value FROM json_each(?))',
      params: [JSON.stringify(birthdayMonthDays(today, f.birthdayWithin))],
    });
  for (const field of f.fields ?? [])
    plain.push({
      sql: `EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(c.custom_fields) THEN c.custom_fields ELSE '{}' END) j
             WHERE j.key = ? AND (? = '' OR lower(trim(j.value)) = lower(?)))`,
      params: [field.name, field.value, field.value],
    });

  let nested: SegmentConditions['nested'] = null;
  if (f.segmentId) {
    const segment = segmentSource(db, f.segmentId);
    if (segment.kind === 'frozen') sets.push(membersSet(segment.id));
    else nested = customerFilter.parse(JSON.parse(segment.filter));
  }
  return { plain, sets, nested };
}
