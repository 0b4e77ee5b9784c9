/** The call-back report (回访报告): reach rate, why calls failed, answers, satisfaction and attempts, per staff. */
import type { ReportQuery } from '../../../shared/callbacks/schemas';
import type { CallbackReport, CountPercent } from '../../../shared/callbacks/types';
import { NOT_REACHED_REASONS, type NotReachedReason } from '../../../shared/callbacks/vocabulary';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { recordScope } from '../auth/scope';
import { ruleSettings } from './settings';
import { staffNames } from '../staff/staff';

/** count of base in percent, rounded half up to two decimals (4 of 15 → 26.67); null without a base. */
export function percentOf(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.round((count * 10_000) / base) / 100;
}

const countPercent = (count: number, base: number): CountPercent => ({ count, percent: percentOf(count, base) });
const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Cell {
  state: string;
  staffId: string;
  reason: NotReachedReason | null;
  category: string | null;
  satisfaction: number | null;
  attempts: number;
  n: number;
}

/**
 * The call-back report (回访报告) over the call-backs planned in [from, to] (either end open), of a campaign and/or
 * a staff member (the one assigned). Cancelled call-backs are counted apart, not planned.
 * reached = done; not reached = given up (unreachable) or called without an answer and due again, by the reason of
 * the last attempt; pending = open and not called yet. Reach rate = reached / (reached + not reached): every
 * call-back somebody has called counts, so a month whose only unanswered call is waiting for its retry is not
 * reported as fully reached. Answers and satisfaction are over the reached ones.
 */
export function callbackReport(db: Db, q: ReportQuery): CallbackReport {
  const range = [q.from ?? '0000-01-01', q.to ?? '9999-12-31'];
  // A staff member's figures cover their own and unassigned customers' call-backs, and those handed to them.
  const scope = recordScope('cb.customer_id', 'cb.staff_id');
  const staffClause = (q.staffId ? ' AND cb.staff_id = ?' : '') + (scope ? ` AND ${scope.text}` : '');
  const staffParam = [...(q.staffId ? [q.staffId] : []), ...(scope?.params ?? [])];
  const GROUP = 'cb.state, cb.staff_id, cb.not_reached_reason, cb.answer_category, cb.satisfaction';
  const SELECT = `SELECT cb.state, cb.staff_id AS staffId, cb.not_reached_reason AS reason, cb.answer_category AS category,
    cb.satisfaction, sum(cb.attempts) AS attempts, count(*) AS n`;
  let cells: Cell[];
  if (q.campaignId) {
    // A campaign is some thousands of call-backs at most: through its index.
    cells = stmt(
      db,
      `SELECT CASE WHEN cb.state = 'open' AND cb.attempts > 0 THEN 'retrying' ELSE cb.state END AS state,
         cb.staff_id AS staffId, cb.not_reached_reason AS reason, cb.answer_category AS category, cb.satisfaction,
         sum(cb.attempts) AS attempts, count(*) AS n
       FROM callbacks cb
       WHERE cb.campaign_id = ? AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause} GROUP BY 1, ${GROUP}`,
    ).all(q.campaignId, ...range, ...staffParam) as Cell[];
  } else {
    // Closed call-backs: the report index is in GROUP BY order, so SQLite aggregates while it reads, without a sort;
    // open ones: the staff queue index carries planned_on and attempts.
    const closed = stmt(
      db,
      `${SELECT} FROM callbacks cb INDEXED BY callbacks_report
       WHERE cb.state <> 'open' AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause} GROUP BY ${GROUP}`,
    ).all(...range, ...staffParam) as Cell[];
    const open = stmt(
      db,
      `SELECT 'open' AS state, cb.staff_id AS staffId, NULL AS reason, NULL AS category, NULL AS satisfaction,
         sum(cb.attempts) AS attempts, count(*) AS n
       FROM callbacks cb INDEXED BY callbacks_open_staff
       WHERE cb.state = 'open' AND cb.attempts = 0 AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause}
       GROUP BY cb.staff_id`,
    ).all(...range, ...staffParam) as Cell[];
    // Called but not answered yet, and due again: few, so their rows are read for the last attempt's reason.
    const retrying = stmt(
      db,
      `SELECT 'retrying' AS state, cb.staff_id AS staffId, cb.not_reached_reason AS reason, NULL AS category,
         NULL AS satisfaction, sum(cb.attempts) AS attempts, count(*) AS n
       FROM callbacks cb INDEXED BY callbacks_open_staff
       WHERE cb.state = 'open' AND cb.attempts > 0 AND cb.planned_on >= ? AND cb.planned_on <= ?${staffClause}
       GROUP BY cb.staff_id, cb.not_reached_reason`,
    ).all(...range, ...staffParam) as Cell[];
    cells = [...closed, ...open, ...retrying];
  }

  let reached = 0;
  let notReached = 0;
  let pending = 0;
  let cancelled = 0;
  let attemptsTotal = 0;
  const byReason = new Map<NotReachedReason, number>();
  const byCategory = new Map<string | null, number>();
  const scores = [0, 0, 0, 0, 0];
  const staff = new Map<
    string,
    { planned: number; reached: number; notReached: number; pending: number; scoreSum: number; scored: number }
  >();
  for (const c of cells) {
    if (c.state === 'cancelled') {
      cancelled += c.n;
      continue;
    }
    attemptsTotal += c.attempts;
    let s = staff.get(c.staffId);
    if (!s) staff.set(c.staffId, (s = { planned: 0, reached: 0, notReached: 0, pending: 0, scoreSum: 0, scored: 0 }));
    s.planned += c.n;
    if (c.state === 'done') {
      reached += c.n;
      s.reached += c.n;
      byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.n);
      if (c.satisfaction !== null) {
        scores[c.satisfaction - 1] = (scores[c.satisfaction - 1] ?? 0) + c.n;
        s.scoreSum += c.satisfaction * c.n;
        s.scored += c.n;
      }
    } else if (c.state === 'unreachable' || c.state === 'retrying') {
      notReached += c.n;
      s.notReached += c.n;
      const reason = c.reason ?? 'no_answer';
      byReason.set(reason, (byReason.get(reason) ?? 0) + c.n);
    } else {
      pending += c.n;
      s.pending += c.n;
    }
  }
  const scored = scores.reduce((a, b) => a + b, 0);
  const scoreSum = scores.reduce((a, n, i) => a + n * (i + 1), 0);
  const names = staffNames(db);
  const campaignName = q.campaignId
    ? ((stmt(db, 'SELECT name FROM campaigns WHERE id = ?').get(q.campaignId) as { name: string } | undefined)?.name ??
      null)
    : null;
  const { answerCategories: configured, answerLabels } = ruleSettings(db);
  const categoryOrder = (c: string | null): number =>
    c === null ? Number.MAX_SAFE_INTEGER : configured.indexOf(c) < 0 ? configured.length : configured.indexOf(c);

  return {
    from: q.from,
    to: q.to,
    campaignId: q.campaignId,
    campaignName,
    staffId: q.staffId,
    scoped: scope !== null,
    planned: reached + notReached + pending,
    reached,
    notReached,
    pending,
    cancelled,
    reachRate: percentOf(reached, reached + notReached),
    notReachedByReason: NOT_REACHED_REASONS.filter((r) => byReason.has(r)).map((reason) => ({
      reason,
      ...countPercent(byReason.get(reason) ?? 0, notReached),
    })),
    answers: [...byCategory.entries()]
      .sort(
        (a, b) => b[1] - a[1] || categoryOrder(a[0]) - categoryOrder(b[0]) || String(a[0]).localeCompare(String(b[0])),
      )
      .map(([category, n]) => ({ category, ...countPercent(n, reached) })),
    answerLabels,
    satisfaction: {
      count: scored,
      average: scored > 0 ? round2(scoreSum / scored) : null,
      distribution: scores.map((n, i) => ({ score: i + 1, ...countPercent(n, scored) })),
    },
    attempts: { total: attemptsTotal, reached, notReached: attemptsTotal - reached },
    perStaff: [...staff.entries()]
      .map(([staffId, s]) => ({
        staffId,
        staffName: names.get(staffId) ?? null,
        planned: s.planned,
        reached: s.reached,
        notReached: s.notReached,
        pending: s.pending,
        reachRate: percentOf(s.reached, s.reached + s.notReached),
        satisfactionAverage: s.scored > 0 ? round2(s.scoreSum / s.scored) : null,
      }))
      .sort((a, b) => b.planned - a.planned || (a.staffName ?? '').localeCompare(b.staffName ?? '')),
  };
}
