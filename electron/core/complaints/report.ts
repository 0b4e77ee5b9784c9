/**
 * The complaint analysis (投诉分析) over the complaints received in a period: by category and by root cause as
 * Pareto tables, by channel, severity, owner and month; repeat complainers; complaints per 10,000 customers (万名
 * 投诉); time to first response and to resolution; and the satisfaction figures (satisfaction.ts). Customers in the
 * recycle bin are left out.
 */
import type { ComplaintReportQuery } from '../../../shared/complaints/schemas';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  REPEAT_FROM,
  type ComplaintReport,
  type DurationSummary,
  type ParetoRow,
} from '../../../shared/complaints/types';
import { localDate } from '../../../shared/rules/calendar';
import { loadCalendar } from '../callbacks/calendar';
import { percentOf } from '../callbacks/report';
import { addDays, addMonths } from '../callbacks/workdays';
import { customerScope } from '../auth/acting';
import { recordScope, scopeCondition } from '../auth/scope';
import type { Db } from '../db/open';
import { sql, sqlText, stmt, type SqlQuery } from '../db/sql';
import { categoryLabels } from '../hq/reference';
import { staffNames } from '../staff/staff';
import { addWorkingDays } from './deadlines';
import { satisfactionReport } from './satisfaction';
import { complaintSettings } from './settings';

const HOUR_MS = 3_600_000;

/** The middle value (the mean of the two middle ones for an even count), one decimal; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const m = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(m * 10) / 10;
}

/** Counts by key, most first (ties by key), with each row's share and the running share of it and those above. */
export function pareto(keys: readonly string[]): ParetoRow[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return paretoOf(counts);
}

/** pareto() from counts already made (a GROUP BY's rows). */
function paretoOf(counts: Iterable<readonly [string, number]>): ParetoRow[] {
  const list = [...counts];
  const total = list.reduce((n, [, count]) => n + count, 0);
  let running = 0;
  return list
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => {
      running += count;
      return {
        key,
        count,
        percent: percentOf(count, total),
        cumulativePercent: percentOf(running, total),
      };
    });
}

function duration(hours: readonly number[], within: number): DurationSummary {
  return {
    count: hours.length,
    medianHours: median(hours),
    withinLimitPercent: percentOf(within, hours.length),
  };
}

/** `YYYY-MM` of every month from `from` to `to`. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m.slice(0, 7) <= to.slice(0, 7); m = addMonths(m, 1))
    months.push(m.slice(0, 7));
  return months;
}

/** Counts in the list's order, those with none left out, each with its share of `total`. */
function counted<K extends string>(counts: ReadonlyMap<string, number>, all: readonly K[], total: number) {
  return all
    .map((k) => {
      const count = counts.get(k) ?? 0;
      return { key: k, count, percent: percentOf(count, total) };
    })
    .filter((x) => x.count > 0);
}

/** The period: as asked, else the twelve months up to today. */
function reportPeriod(q: Pick<ComplaintReportQuery, 'from' | 'to' | 'today'>): {
  from: string;
  to: string;
  today: string;
} {
  const today = q.today ?? localDate();
  const to = q.to ?? today;
  return { from: q.from ?? addDays(addMonths(to, -12), 1), to, today };
}

const OPEN = "k.status IN ('open', 'in_progress')";

/** Counts by one expression over the period's complaints, as a map. */
function countsBy(db: Db, key: string, from: SqlQuery, extra = ''): Map<string, number> {
  const q = sql`SELECT ${sqlText(key)}, count(*) ${from}${sqlText(extra)} GROUP BY 1`;
  return new Map(
    stmt(db, q.text)
      .raw(true)
      .all(...q.params) as [string, number][],
  );
}

/** The live customers complaints are counted against: the caller's own and unassigned ones for staff. */
function liveCustomers(db: Db): number {
  const scope = scopeCondition();
  if (customerScope() !== null)
    return stmt(db, `SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND ${scope.sql}`)
      .pluck()
      .get(...scope.params) as number;
  const { n: all } = stmt(db, 'SELECT count(*) AS n FROM customers').get() as { n: number };
  const { n: deleted } = stmt(db, 'SELECT count(*) AS n FROM customers WHERE deleted_at IS NOT NULL').get() as {
    n: number;
  };
  return all - deleted;
}

/**
 * Adds the period's complaints up in SQL (one GROUP BY per table of the report, each over the period's index
 * range); only the times that medians need are read into JavaScript, as bare rows.
 */
export function complaintReport(db: Db, q: ComplaintReportQuery): ComplaintReport {
  const { from, to, today } = reportPeriod(q);
  const owner = q.ownerId ? sql` AND k.owner_id = ${q.ownerId}` : sql``;
  // A staff member's figures: their own and unassigned customers' complaints, and those handed to them.
  const scope = recordScope('k.customer_id', 'k.owner_id');
  const scoped = scope ? sql` AND ${scope}` : sql``;
  // Customers in the recycle bin are few (a partial index holds them): left out by id.
  const period = sql`FROM complaints k WHERE k.received_on >= ${from} AND k.received_on <= ${to}${owner}${scoped}
    AND k.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)`;
  const customers = liveCustomers(db);
  const names = staffNames(db);
  const settings = complaintSettings(db);
  const calendar = loadCalendar(db);
  const months = monthsOf(from, to);

  const perOwner = sql`SELECT k.owner_id, count(*), sum(${sqlText(OPEN)}), sum(${sqlText(OPEN)} AND k.due_on < ${today}),
      sum(k.resolved_at IS NOT NULL), sum(k.status = 'resolved'), sum(k.status = 'closed')
    ${period} GROUP BY k.owner_id`;
  const owners = stmt(db, perOwner.text)
    .raw(true)
    .all(...perOwner.params) as [string, number, number, number, number, number, number][];
  const sum = (i: number): number => owners.reduce((n, row) => n + (row[i] as number), 0);
  const total = sum(1);

  const perMonth = sql`SELECT substr(k.received_on, 1, 7), count(*), sum(k.resolved_at IS NOT NULL) ${period}
    GROUP BY 1`;
  const byMonth = new Map(
    (
      stmt(db, perMonth.text)
        .raw(true)
        .all(...perMonth.params) as [string, number, number][]
    ).map(([month, count, done]) => [month, { count, done }]),
  );

  // Repeat complainers, ties in the order of their first complaint (received, then recorded).
  const repeat = sql`SELECT k.customer_id AS customerId, count(*) AS count, max(k.received_on) AS lastReceivedOn,
      min(k.received_on || printf('%020d', k.rowid)) AS first
    ${period} GROUP BY k.customer_id HAVING count(*) >= ${REPEAT_FROM}
    ORDER BY count DESC, lastReceivedOn DESC, first`;
  const repeaters = stmt(db, repeat.text).all(...repeat.params) as {
    customerId: string;
    count: number;
    lastReceivedOn: string;
  }[];
  const nameOf = stmt(db, 'SELECT name FROM customers WHERE id = ?');

  // The times: to first response (for those answered) and to resolution (for those resolved), in hours.
  const timesQuery = sql`SELECT k.owner_id, k.received_at, k.received_on, k.first_response_at, k.resolved_at,
      coalesce(k.resolved_on, k.received_on) <= k.due_on
    ${period} AND (k.first_response_at IS NOT NULL OR k.resolved_at IS NOT NULL)`;
  const times = stmt(db, timesQuery.text)
    .raw(true)
    .all(...timesQuery.params) as [string, string, string, string | null, string | null, number][];
  // The instant the first response is due by: the end of the limit's last working day (a few hundred days at most).
  const responseDays = new Map<string, number>();
  const responseBy = (receivedOn: string): number => {
    let by = responseDays.get(receivedOn);
    if (by === undefined) {
      const last = addWorkingDays(receivedOn, settings.responseLimit, calendar);
      by = new Date(`${addDays(last, 1)}T00:00:00`).getTime();
      responseDays.set(receivedOn, by);
    }
    return by;
  };
  const responseHours: number[] = [];
  let responseWithin = 0;
  const resolutionHours: number[] = [];
  let resolutionWithin = 0;
  const ownerHours = new Map<string, number[]>();
  for (const [ownerId, receivedAt, receivedOn, firstResponseAt, resolvedAt, withinDue] of times) {
    const received = Date.parse(receivedAt);
    if (firstResponseAt !== null) {
      const answered = Date.parse(firstResponseAt);
      responseHours.push((answered - received) / HOUR_MS);
      if (answered < responseBy(receivedOn)) responseWithin += 1;
    }
    if (resolvedAt !== null) {
      const h = (Date.parse(resolvedAt) - received) / HOUR_MS;
      resolutionHours.push(h);
      if (withinDue === 1) resolutionWithin += 1;
      const list = ownerHours.get(ownerId);
      if (list) list.push(h);
      else ownerHours.set(ownerId, [h]);
    }
  }

  return {
    from,
    to,
    scoped: scope !== null,
    total,
    open: sum(2),
    overdue: sum(3),
    resolved: sum(5),
    closed: sum(6),
    customers,
    perTenThousand: customers > 0 ? Math.round((total * 1_000_000) / customers) / 100 : null,
    byCategory: paretoOf(countsBy(db, 'k.category', period)),
    categoryLabels: categoryLabels(db, 'complaint'),
    byRootCause: paretoOf(
      countsBy(db, 'k.root_cause', period, ' AND k.resolved_at IS NOT NULL AND k.root_cause IS NOT NULL'),
    ),
    byChannel: counted(countsBy(db, 'k.channel', period), COMPLAINT_CHANNELS, total).map(({ key, ...x }) => ({
      channel: key,
      ...x,
    })),
    bySeverity: counted(countsBy(db, 'k.severity', period), COMPLAINT_SEVERITIES, total).map(({ key, ...x }) => ({
      severity: key,
      ...x,
    })),
    byOwner: owners
      .map(([staffId, count, open, overdue, done]) => ({
        staffId,
        staffName: names.get(staffId) ?? null,
        count,
        open,
        overdue,
        done,
        medianResolutionHours: median(ownerHours.get(staffId) ?? []),
      }))
      .sort((a, b) => b.count - a.count || (a.staffName ?? '').localeCompare(b.staffName ?? '')),
    byMonth: months.map((month) => ({
      month,
      count: byMonth.get(month)?.count ?? 0,
      done: byMonth.get(month)?.done ?? 0,
    })),
    repeatComplainers: repeaters.map((p) => ({
      customerId: p.customerId,
      customerName: (nameOf.get(p.customerId) as { name: string }).name,
      count: p.count,
      lastReceivedOn: p.lastReceivedOn,
    })),
    firstResponse: duration(responseHours, responseWithin),
    resolution: duration(resolutionHours, resolutionWithin),
    satisfaction: satisfactionReport(db, from, to, months, q.segmentScheme, names),
  };
}
