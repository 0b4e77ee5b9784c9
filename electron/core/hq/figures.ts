/**
 * Head office's figures, per branch and in total, read through the read-only role. One query per measure, each
 * grouped by branch, so twenty branches cost what one does. Tombstoned rows never count, nor what hangs on a
 * tombstoned customer (classes, call-backs, complaints): the partial index on tombstoned customers (head-office
 * migration 002) keeps that anti-join small.
 */
import type { Pool } from 'pg';
import { localDate } from '../../../shared/rules/calendar';
import { DossierError } from '../../../shared/result';
import {
  ABC_CLASSES,
  LIFECYCLE_STAGES,
  VALUE_CLASSES,
  type BranchFigures,
  type ClassCounts,
  type Figures,
  type HqFigures,
} from '../../../shared/hq/types';
import { BRANCH_TABLES } from './migrations/001-schema';

/** Rows of `alias` that do not hang on a tombstoned customer (`key` is the customer id column). */
const LIVE_CUSTOMER = (alias: string, key: string) =>
  `NOT EXISTS (SELECT 1 FROM dossier.customers gone
     WHERE gone.deleted_at IS NOT NULL AND gone.branch_id = ${alias}.branch_id AND gone.id = ${alias}.${key})`;

/** `$1`: one branch's id, or null for every branch. */
const ONE_BRANCH = (alias: string) => `($1::uuid IS NULL OR ${alias}.branch_id = $1::uuid)`;

const CUSTOMERS = `SELECT c.branch_id, count(*)::int AS n FROM dossier.customers c
  WHERE c.deleted_at IS NULL AND ${ONE_BRANCH('c')} GROUP BY c.branch_id`;

const countsOf = (column: string, values: readonly string[]) =>
  values.map((v) => `count(*) FILTER (WHERE k.${column} = '${v}')::int AS "${column}_${v}"`).join(',\n    ');

const CLASSES = `SELECT k.branch_id,
    ${countsOf('abc', ABC_CLASSES)},
    ${countsOf('value', VALUE_CLASSES)},
    ${countsOf('lifecycle', LIFECYCLE_STAGES)}
  FROM dossier.customer_classes k
  WHERE k.deleted_at IS NULL AND ${ONE_BRANCH('k')} AND ${LIVE_CUSTOMER('k', 'id')}
  GROUP BY k.branch_id`;

const CALLBACKS = `SELECT cb.branch_id,
    count(*)::int AS planned,
    count(*) FILTER (WHERE cb.reached)::int AS reached,
    count(cb.satisfaction)::int AS scored,
    coalesce(sum(cb.satisfaction), 0)::int AS score_sum
  FROM dossier.callbacks cb
  WHERE cb.deleted_at IS NULL AND cb.state <> 'cancelled' AND ${ONE_BRANCH('cb')} AND ${LIVE_CUSTOMER('cb', 'customer_id')}
  GROUP BY cb.branch_id`;

/** `$2`: head office's calendar date; overdue = not resolved (open or in progress) and due before it. */
const COMPLAINTS = `SELECT k.branch_id,
    count(*)::int AS n,
    count(*) FILTER (WHERE k.status IN ('open', 'in_progress') AND k.due_on < $2::date)::int AS overdue
  FROM dossier.complaints k
  WHERE k.deleted_at IS NULL AND ${ONE_BRANCH('k')} AND ${LIVE_CUSTOMER('k', 'customer_id')}
  GROUP BY k.branch_id`;

/** The newest arrival of any of the branch's tables (tombstones too: a delete is a push), each by its index. */
const LAST_PUSH = `SELECT b.id AS branch_id, greatest(${BRANCH_TABLES.map(
  (t) => `(SELECT max(x.pushed_at) FROM dossier.${t} x WHERE x.branch_id = b.id)`,
).join(', ')}) AS last_push_at
  FROM dossier.branches b WHERE ${ONE_BRANCH('b').replace('b.branch_id', 'b.id')}`;

const BRANCHES = `SELECT b.id, b.code, b.name FROM dossier.branches b
  WHERE ${ONE_BRANCH('b').replace('b.branch_id', 'b.id')} ORDER BY b.code`;

type Row = Record<string, unknown> & { branch_id: string };

interface Raw {
  customers: number;
  classes: ClassCounts;
  planned: number;
  reached: number;
  scored: number;
  scoreSum: number;
  complaints: number;
  overdue: number;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const emptyRaw = (): Raw => ({
  customers: 0,
  classes: { abc: zeroes(ABC_CLASSES), value: zeroes(VALUE_CLASSES), lifecycle: zeroes(LIFECYCLE_STAGES) },
  planned: 0,
  reached: 0,
  scored: 0,
  scoreSum: 0,
  complaints: 0,
  overdue: 0,
});

const pick = <K extends string>(row: Row, column: string, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, Number(row[`${column}_${k}`] ?? 0)])) as Record<K, number>;

function finish(raw: Raw): Figures {
  return {
    customers: raw.customers,
    classes: raw.classes,
    callbacksPlanned: raw.planned,
    callbacksReached: raw.reached,
    reachRate: raw.planned ? raw.reached / raw.planned : null,
    satisfactionScored: raw.scored,
    satisfactionAverage: raw.scored ? Math.round((raw.scoreSum / raw.scored) * 100) / 100 : null,
    complaints: raw.complaints,
    complaintsPer10k: raw.customers ? Math.round((raw.complaints / raw.customers) * 100_000) / 10 : null,
    complaintsOverdue: raw.overdue,
  };
}

function add(a: Raw, b: Raw): Raw {
  const sum = <K extends string>(x: Record<K, number>, y: Record<K, number>) =>
    Object.fromEntries(Object.keys(x).map((k) => [k, x[k as K] + y[k as K]])) as Record<K, number>;
  return {
    customers: a.customers + b.customers,
    classes: {
      abc: sum(a.classes.abc, b.classes.abc),
      value: sum(a.classes.value, b.classes.value),
      lifecycle: sum(a.classes.lifecycle, b.classes.lifecycle),
    },
    planned: a.planned + b.planned,
    reached: a.reached + b.reached,
    scored: a.scored + b.scored,
    scoreSum: a.scoreSum + b.scoreSum,
    complaints: a.complaints + b.complaints,
    overdue: a.overdue + b.overdue,
  };
}

/** Every branch's figures (or only `branchId`'s), counted against `today` (head office's date by default). */
export async function hqFigures(pool: Pool, options: { today?: string; branchId?: string } = {}): Promise<HqFigures> {
  const today = options.today ?? localDate();
  const one = [options.branchId ?? null];
  const [branches, customers, classes, callbacks, complaints, pushes] = await Promise.all([
    pool.query<{ id: string; code: string; name: string }>(BRANCHES, one),
    pool.query<Row>(CUSTOMERS, one),
    pool.query<Row>(CLASSES, one),
    pool.query<Row>(CALLBACKS, one),
    pool.query<Row>(COMPLAINTS, [...one, today]),
    pool.query<Row>(LAST_PUSH, one),
  ]);
  const raw = new Map(branches.rows.map((b) => [b.id, emptyRaw()]));
  const of = (row: Row): Raw => raw.get(row.branch_id) ?? emptyRaw();
  for (const row of customers.rows) of(row).customers = Number(row.n);
  for (const row of classes.rows)
    of(row).classes = {
      abc: pick(row, 'abc', ABC_CLASSES),
      value: pick(row, 'value', VALUE_CLASSES),
      lifecycle: pick(row, 'lifecycle', LIFECYCLE_STAGES),
    };
  for (const row of callbacks.rows)
    Object.assign(of(row), {
      planned: Number(row.planned),
      reached: Number(row.reached),
      scored: Number(row.scored),
      scoreSum: Number(row.score_sum),
    });
  for (const row of complaints.rows)
    Object.assign(of(row), { complaints: Number(row.n), overdue: Number(row.overdue) });
  const pushed = new Map(pushes.rows.map((r) => [r.branch_id, r.last_push_at as Date | null]));
  let total = emptyRaw();
  const list: BranchFigures[] = branches.rows.map((b) => {
    const r = raw.get(b.id) ?? emptyRaw();
    total = add(total, r);
    return {
      branchId: b.id,
      code: b.code,
      name: b.name,
      lastPushAt: pushed.get(b.id)?.toISOString() ?? null,
      ...finish(r),
    };
  });
  return { today, branches: list, total: finish(total) };
}

/** One branch's figures; an unknown branch is said so. */
export async function hqBranchFigures(pool: Pool, branchId: string, today?: string): Promise<BranchFigures> {
  const { branches } = await hqFigures(pool, { today, branchId });
  const branch = branches[0];
  if (!branch)
    throw new DossierError({
      code: 'not_found',
      message: 'no such branch',
      issues: [{ path: 'branchId', code: 'hq.noBranch' }],
    });
  return branch;
}
