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
  type ComplaintChannel,
  type ComplaintReport,
  type ComplaintSeverity,
  type ComplaintStatus,
  type DurationSummary,
  type ParetoRow,
} from '../../../shared/complaints/types';
import { localDate } from '../../../shared/rules/calendar';
import { loadCalendar } from '../callbacks/calendar';
import { percentOf } from '../callbacks/report';
import { addDays, addMonths } from '../callbacks/workdays';
import type { Db } from '../db/open';
import { sql, stmt } from '../db/sql';
import { staffNames } from '../staff/staff';
import { addWorkingDays, isOverdue } from './deadlines';
import { readScores, satisfactionReport } from './satisfaction';
import { complaintSettings } from './settings';

interface Row {
  customerId: string;
  receivedAt: string;
  receivedOn: string;
  channel: ComplaintChannel;
  category: string;
  severity: ComplaintSeverity;
  ownerId: string;
  dueOn: string;
  status: ComplaintStatus;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  resolvedOn: string | null;
  rootCause: string | null;
}

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
  let running = 0;
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, count]) => {
      running += count;
      return {
        key,
        count,
        percent: percentOf(count, keys.length),
        cumulativePercent: percentOf(running, keys.length),
      };
    });
}

function duration(items: readonly { hours: number; within: boolean }[]): DurationSummary {
  return {
    count: items.length,
    medianHours: median(items.map((i) => i.hours)),
    withinLimitPercent: percentOf(items.filter((i) => i.within).length, items.length),
  };
}

/** `YYYY-MM` of every month from `from` to `to`. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m.slice(0, 7) <= to.slice(0, 7); m = addMonths(m, 1))
    months.push(m.slice(0, 7));
  return months;
}

function counted<K extends string>(keys: readonly K[], all: readonly K[]) {
  return all
    .map((k) => {
      const count = keys.filter((x) => x === k).length;
      return { key: k, count, percent: percentOf(count, keys.length) };
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

function deletedCustomers(db: Db): Set<string> {
  const rows = stmt(db, 'SELECT id FROM customers WHERE deleted_at IS NOT NULL').all() as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

export function complaintReport(db: Db, q: ComplaintReportQuery): ComplaintReport {
  const { from, to, today } = reportPeriod(q);
  const owner = q.ownerId ? sql` AND k.owner_id = ${q.ownerId}` : sql``;
  // Customers in the recycle bin are few: left out by id, so the period's complaints are read without their
  // customers (names only for the repeat complainers).
  const deleted = deletedCustomers(db);
  const query = sql`SELECT k.customer_id AS customerId, k.received_at AS receivedAt,
      k.received_on AS receivedOn, k.channel, k.category, k.severity, k.owner_id AS ownerId, k.due_on AS dueOn,
      k.status, k.first_response_at AS firstResponseAt, k.resolved_at AS resolvedAt, k.resolved_on AS resolvedOn,
      k.root_cause AS rootCause
    FROM complaints k WHERE k.received_on >= ${from} AND k.received_on <= ${to}${owner}`;
  const rows = (stmt(db, query.text).all(...query.params) as Row[]).filter((r) => !deleted.has(r.customerId));
  const { n: all } = stmt(db, 'SELECT count(*) AS n FROM customers').get() as { n: number };
  const customers = all - deleted.size;
  const names = staffNames(db);
  const settings = complaintSettings(db);
  const calendar = loadCalendar(db);
  const months = monthsOf(from, to);

  const open = rows.filter((r) => r.status === 'open' || r.status === 'in_progress');
  const done = rows.filter((r) => r.resolvedAt !== null);
  const overdue = open.filter((r) => isOverdue(r, today));
  const hours = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / HOUR_MS;
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

  const owners = new Map<string, Row[]>();
  for (const r of rows) {
    const list = owners.get(r.ownerId);
    if (list) list.push(r);
    else owners.set(r.ownerId, [r]);
  }
  const perCustomer = new Map<string, { count: number; last: string }>();
  for (const r of rows) {
    const p = perCustomer.get(r.customerId);
    if (p) {
      p.count += 1;
      if (r.receivedOn > p.last) p.last = r.receivedOn;
    } else perCustomer.set(r.customerId, { count: 1, last: r.receivedOn });
  }
  const perMonth = new Map<string, { count: number; done: number }>();
  for (const r of rows) {
    const month = r.receivedOn.slice(0, 7);
    const m = perMonth.get(month) ?? { count: 0, done: 0 };
    m.count += 1;
    if (r.resolvedAt !== null) m.done += 1;
    perMonth.set(month, m);
  }
  const repeat = [...perCustomer].filter(([, p]) => p.count >= REPEAT_FROM);
  const nameOf = stmt(db, 'SELECT name FROM customers WHERE id = ?');

  return {
    from,
    to,
    total: rows.length,
    open: open.length,
    overdue: overdue.length,
    resolved: rows.filter((r) => r.status === 'resolved').length,
    closed: rows.filter((r) => r.status === 'closed').length,
    customers,
    perTenThousand: customers > 0 ? Math.round((rows.length * 1_000_000) / customers) / 100 : null,
    byCategory: pareto(rows.map((r) => r.category)),
    byRootCause: pareto(done.flatMap((r) => (r.rootCause === null ? [] : [r.rootCause]))),
    byChannel: counted(
      rows.map((r) => r.channel),
      COMPLAINT_CHANNELS,
    ).map(({ key, ...x }) => ({ channel: key, ...x })),
    bySeverity: counted(
      rows.map((r) => r.severity),
      COMPLAINT_SEVERITIES,
    ).map(({ key, ...x }) => ({ severity: key, ...x })),
    byOwner: [...owners]
      .map(([staffId, list]) => {
        const finished = list.filter((r) => r.resolvedAt !== null);
        return {
          staffId,
          staffName: names.get(staffId) ?? null,
          count: list.length,
          open: list.filter((r) => r.status === 'open' || r.status === 'in_progress').length,
          overdue: list.filter((r) => isOverdue(r, today)).length,
          done: finished.length,
          medianResolutionHours: median(finished.map((r) => hours(r.receivedAt, r.resolvedAt ?? r.receivedAt))),
        };
      })
      .sort((a, b) => b.count - a.count || (a.staffName ?? '').localeCompare(b.staffName ?? '')),
    byMonth: months.map((month) => ({
      month,
      count: perMonth.get(month)?.count ?? 0,
      done: perMonth.get(month)?.done ?? 0,
    })),
    repeatComplainers: repeat
      .map(([customerId, p]) => ({
        customerId,
        customerName: (nameOf.get(customerId) as { name: string }).name,
        count: p.count,
        lastReceivedOn: p.last,
      }))
      .sort((a, b) => b.count - a.count || b.lastReceivedOn.localeCompare(a.lastReceivedOn)),
    firstResponse: duration(
      rows.flatMap((r) =>
        r.firstResponseAt === null
          ? []
          : [
              {
                hours: hours(r.receivedAt, r.firstResponseAt),
                within: Date.parse(r.firstResponseAt) < responseBy(r.receivedOn),
              },
            ],
      ),
    ),
    resolution: duration(
      done.map((r) => ({
        hours: hours(r.receivedAt, r.resolvedAt ?? r.receivedAt),
        within: (r.resolvedOn ?? r.receivedOn) <= r.dueOn,
      })),
    ),
    satisfaction: satisfactionReport(
      db,
      readScores(db, from, to, q.segmentScheme).filter((x) => !deleted.has(x.customerId)),
      months,
      q.segmentScheme,
      names,
    ),
  };
}
