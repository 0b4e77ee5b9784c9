/**
 * Satisfaction (满意度): the 1–5 scores customers gave in the period, from reached call-backs (by the day of the
 * call) and from complaints closed with a score typed at closing (a score the follow-up call gave is counted once,
 * as that call). A complaint follow-up's score counts for the complaint's category and owner; any other call's for
 * the staff member it was assigned to (as the call-back report counts them).
 */
import type { SatisfactionFigures, SatisfactionReport, SegmentScheme } from '../../../shared/complaints/types';
import { SATISFIED_FROM } from '../../../shared/complaints/types';
import { percentOf } from '../callbacks/report';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

interface Score {
  readonly score: number;
  readonly on: string;
  readonly staffId: string | null;
  /** The complaint's category; null for a call-back not about a complaint. */
  readonly category: string | null;
  readonly customerId: string;
  /** The customer's class in the report's scheme (`abc:A`), null when not classified. */
  readonly segment: string | null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function figures(scores: readonly number[]): SatisfactionFigures {
  const count = scores.length;
  let sum = 0;
  let satisfied = 0;
  for (const s of scores) {
    sum += s;
    if (s >= SATISFIED_FROM) satisfied += 1;
  }
  return {
    count,
    average: count > 0 ? round2(sum / count) : null,
    satisfiedPercent: percentOf(satisfied, count),
  };
}

/** Groups scores by a key, each group's figures; ordered by count (most first), then key. */
function grouped<K extends string | null>(
  scores: readonly Score[],
  keyOf: (s: Score) => K,
): [K, SatisfactionFigures][] {
  const groups = new Map<K, number[]>();
  for (const s of scores) {
    const k = keyOf(s);
    const list = groups.get(k);
    if (list) list.push(s.score);
    else groups.set(k, [s.score]);
  }
  return [...groups]
    .map(([k, list]): [K, SatisfactionFigures] => [k, figures(list)])
    .sort((a, b) => b[1].count - a[1].count || String(a[0]).localeCompare(String(b[0])));
}

const SEGMENT_COLUMNS: Readonly<Record<SegmentScheme, string>> = {
  abc: 'g.abc',
  rfm: 'g.rfm',
  value: 'g.value',
  lifecycle: 'g.lifecycle',
  frequency: 'g.frequency',
};

/** Every score of the period, customers in the recycle bin included (the caller leaves them out). */
export function readScores(db: Db, from: string, to: string, scheme: SegmentScheme): Score[] {
  const segment = `CASE WHEN g.customer_id IS NULL THEN NULL ELSE '${scheme}:' || ${SEGMENT_COLUMNS[scheme]} END`;
  const calls = stmt(
    db,
    `SELECT a.satisfaction AS score, a.on_date AS "on", coalesce(k.owner_id, cb.staff_id) AS staffId,
       k.category, cb.customer_id AS customerId, ${segment} AS segment
     FROM callback_attempts a JOIN callbacks cb ON cb.id = a.callback_id
       LEFT JOIN complaints k ON k.follow_up_id = a.callback_id
       LEFT JOIN customer_segments g ON g.customer_id = cb.customer_id
     WHERE a.satisfaction IS NOT NULL AND a.on_date >= ? AND a.on_date <= ?`,
  ).all(from, to) as Score[];
  const typed = stmt(
    db,
    `SELECT k.satisfaction AS score, k.satisfaction_on AS "on", k.owner_id AS staffId, k.category,
       k.customer_id AS customerId, ${segment} AS segment
     FROM complaints k LEFT JOIN customer_segments g ON g.customer_id = k.customer_id
     WHERE k.satisfaction IS NOT NULL AND k.satisfaction_from_call = 0 AND k.satisfaction_on >= ?
       AND k.satisfaction_on <= ?`,
  ).all(from, to) as Score[];
  return [...calls, ...typed];
}

export function satisfactionReport(
  db: Db,
  scores: readonly Score[],
  months: readonly string[],
  scheme: SegmentScheme,
  names: ReadonlyMap<string, string>,
): SatisfactionReport {
  const all = figures(scores.map((s) => s.score));
  const distribution = [1, 2, 3, 4, 5].map((score) => {
    const count = scores.filter((s) => s.score === score).length;
    return { score, count, percent: percentOf(count, scores.length) };
  });
  const byMonth = new Map(grouped(scores, (s) => s.on.slice(0, 7)));
  const empty = figures([]);
  const classified = stmt(db, 'SELECT 1 FROM customer_segments LIMIT 1').get() !== undefined;
  return {
    ...all,
    distribution,
    fromCallbacks: scores.filter((s) => s.category === null).length,
    fromComplaints: scores.filter((s) => s.category !== null).length,
    byMonth: months.map((month) => ({ month, ...(byMonth.get(month) ?? empty) })),
    byStaff: grouped(scores, (s) => s.staffId).map(([staffId, f]) => ({
      staffId,
      staffName: staffId === null ? null : (names.get(staffId) ?? null),
      ...f,
    })),
    byCategory: grouped(
      scores.filter((s) => s.category !== null),
      (s) => s.category ?? '',
    ).map(([category, f]) => ({ category, ...f })),
    bySegment: !classified
      ? null
      : grouped(
          scores.filter((s) => s.segment !== null),
          (s) => s.segment ?? '',
        ).map(([classKey, f]) => ({
          classKey,
          ...f,
        })),
    segmentScheme: scheme,
  };
}
