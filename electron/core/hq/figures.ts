/**
 * Head office's figures, per branch and in total, read through the read-only role. Customers, classes and
 * call-backs come from the running counts the pushes keep (head-office migration 003), which leave out tombstoned
 * rows and what hangs on a tombstoned customer; complaints are counted as they are, against head office's date
 * (their anti-join reads the partial index of tombstoned customers, migration 002).
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

/** The running counts the pushes keep (head-office migration 003). */
const COUNTS = `SELECT bc.branch_id, bc.measure, bc.n FROM dossier.branch_counts bc WHERE ${ONE_BRANCH('bc')}`;

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

/** Measure → count per branch, from the running counts. */
function measuresOf(counts: readonly Row[]): Map<string, Map<string, number>> {
  const byBranch = new Map<string, Map<string, number>>();
  for (const row of counts) {
    let m = byBranch.get(row.branch_id);
    if (!m) byBranch.set(row.branch_id, (m = new Map()));
    m.set(String(row.measure), Number(row.n));
  }
  return byBranch;
}

const pick = <K extends string>(m: ReadonlyMap<string, number>, scheme: string, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, m.get(`${scheme}:${k}`) ?? 0])) as Record<K, number>;

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
  const [branches, counts, complaints, pushes] = await Promise.all([
    pool.query<{ id: string; code: string; name: string }>(BRANCHES, one),
    pool.query<Row>(COUNTS, one),
    pool.query<Row>(COMPLAINTS, [...one, today]),
    pool.query<Row>(LAST_PUSH, one),
  ]);
  const measures = measuresOf(counts.rows);
  const raw = new Map(
    branches.rows.map((b): [string, Raw] => {
      const m = measures.get(b.id) ?? new Map<string, number>();
      return [
        b.id,
        {
          ...emptyRaw(),
          customers: m.get('customers') ?? 0,
          classes: {
            abc: pick(m, 'abc', ABC_CLASSES),
            value: pick(m, 'value', VALUE_CLASSES),
            lifecycle: pick(m, 'lifecycle', LIFECYCLE_STAGES),
          },
          planned: m.get('cb:planned') ?? 0,
          reached: m.get('cb:reached') ?? 0,
          scored: m.get('cb:scored') ?? 0,
          scoreSum: m.get('cb:score_sum') ?? 0,
        },
      ];
    }),
  );
  for (const row of complaints.rows) {
    const r = raw.get(row.branch_id);
    if (r) Object.assign(r, { complaints: Number(row.n), overdue: Number(row.overdue) });
  }
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
