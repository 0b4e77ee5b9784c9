/**
 * Satisfaction (满意度): the 1–5 scores customers gave in the period, from reached call-backs (by the day of the
 * call) and from complaints closed with a score typed at closing (a score the follow-up call gave is counted once,
 * as that call). A complaint follow-up's score counts for the complaint's category and owner; any other call's for
 * the staff member it was assigned to (as the call-back report counts them).
 */
import type { SatisfactionFigures, SatisfactionReport, SegmentScheme } from '../../../shared/complaints/types';
import { SATISFIED_FROM } from '../../../shared/complaints/types';
import { percentOf } from '../callbacks/report';
import { recordScope } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

/** The sums one group of scores needs: how many, their total, and how many were satisfied. */
interface Sums {
  count: number;
  sum: number;
  satisfied: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function figures(s: Sums): SatisfactionFigures {
  return {
    count: s.count,
    average: s.count > 0 ? round2(s.sum / s.count) : null,
    satisfiedPercent: percentOf(s.satisfied, s.count),
  };
}

const none = (): Sums => ({ count: 0, sum: 0, satisfied: 0 });

function add(groups: Map<string | null, Sums>, key: string | null, score: number, count: number): void {
  let s = groups.get(key);
  if (!s) {
    s = none();
    groups.set(key, s);
  }
  s.count += count;
  s.sum += score * count;
  if (score >= SATISFIED_FROM) s.satisfied += count;
}

/** Each group's figures, ordered by count (most first), then key. */
function ordered<K extends string | null>(groups: Map<K, Sums>): [K, SatisfactionFigures][] {
  return [...groups]
    .map(([k, s]): [K, SatisfactionFigures] => [k, figures(s)])
    .sort((a, b) => b[1].count - a[1].count || String(a[0]).localeCompare(String(b[0])));
}

const SEGMENT_COLUMNS: Readonly<Record<SegmentScheme, string>> = {
  abc: 'g.abc',
  rfm: 'g.rfm',
  value: 'g.value',
  lifecycle: 'g.lifecycle',
  frequency: 'g.frequency',
};

/** Score, month, staff member, category, class, and how many. */
type ScoreGroup = [number, string, string | null, string | null, string | null, number];

/**
 * The period's scores counted in SQL by score, month, staff member, category and class (customers in the recycle
 * bin left out): a few thousand groups at most, added up here into the report's tables.
 */
function scoreGroups(db: Db, from: string, to: string, scheme: SegmentScheme) {
  // A staff member's scores: of their own and unassigned customers, and of what is handed to them.
  const calls = recordScope('cb.customer_id', 'cb.staff_id');
  const complaints = recordScope('k.customer_id', 'k.owner_id');
  const segment = `CASE WHEN g.customer_id IS NULL THEN NULL ELSE '${scheme}:' || ${SEGMENT_COLUMNS[scheme]} END`;
  const live = 'NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)';
  return stmt(
    db,
    `SELECT score, month, staffId, category, segment, count(*) FROM (
       SELECT a.satisfaction AS score, substr(a.on_date, 1, 7) AS month,
         coalesce(k.owner_id, cb.staff_id) AS staffId, k.category AS category, ${segment} AS segment
       FROM callback_attempts a JOIN callbacks cb ON cb.id = a.callback_id
         LEFT JOIN complaints k ON k.follow_up_id = a.callback_id
         LEFT JOIN customer_segments g ON g.customer_id = cb.customer_id
       WHERE a.satisfaction IS NOT NULL AND a.on_date >= ? AND a.on_date <= ? AND cb.customer_id ${live}${
         calls ? ` AND ${calls.text}` : ''
       }
       UNION ALL
       SELECT k.satisfaction, substr(k.satisfaction_on, 1, 7), k.owner_id, k.category, ${segment}
       FROM complaints k LEFT JOIN customer_segments g ON g.customer_id = k.customer_id
       WHERE k.satisfaction IS NOT NULL AND k.satisfaction_from_call = 0 AND k.satisfaction_on >= ?
         AND k.satisfaction_on <= ? AND k.customer_id ${live}${complaints ? ` AND ${complaints.text}` : ''}
     ) GROUP BY 1, 2, 3, 4, 5`,
  )
    .raw(true)
    .all(from, to, ...(calls?.params ?? []), from, to, ...(complaints?.params ?? [])) as ScoreGroup[];
}

export function satisfactionReport(
  db: Db,
  from: string,
  to: string,
  months: readonly string[],
  scheme: SegmentScheme,
  names: ReadonlyMap<string, string>,
): SatisfactionReport {
  const all = none();
  const byScore = new Map<number, number>();
  const byMonth = new Map<string | null, Sums>();
  const byStaff = new Map<string | null, Sums>();
  const byCategory = new Map<string | null, Sums>();
  const bySegment = new Map<string | null, Sums>();
  let fromComplaints = 0;
  for (const [score, month, staffId, category, segment, count] of scoreGroups(db, from, to, scheme)) {
    all.count += count;
    all.sum += score * count;
    if (score >= SATISFIED_FROM) all.satisfied += count;
    byScore.set(score, (byScore.get(score) ?? 0) + count);
    add(byMonth, month, score, count);
    add(byStaff, staffId, score, count);
    if (category !== null) {
      fromComplaints += count;
      add(byCategory, category, score, count);
    }
    if (segment !== null) add(bySegment, segment, score, count);
  }
  const distribution = [1, 2, 3, 4, 5].map((score) => {
    const count = byScore.get(score) ?? 0;
    return { score, count, percent: percentOf(count, all.count) };
  });
  const monthly = new Map(ordered(byMonth));
  const empty = figures(none());
  const classified = stmt(db, 'SELECT 1 FROM customer_segments LIMIT 1').get() !== undefined;
  return {
    ...figures(all),
    distribution,
    fromCallbacks: all.count - fromComplaints,
    fromComplaints,
    byMonth: months.map((month) => ({ month, ...(monthly.get(month) ?? empty) })),
    byStaff: ordered(byStaff).map(([staffId, f]) => ({
      staffId,
      staffName: staffId === null ? null : (names.get(staffId) ?? null),
      ...f,
    })),
    byCategory: ordered(byCategory).map(([category, f]) => ({ category: category ?? '', ...f })),
    bySegment: !classified ? null : ordered(bySegment).map(([classKey, f]) => ({ classKey: classKey ?? '', ...f })),
    segmentScheme: scheme,
  };
}
