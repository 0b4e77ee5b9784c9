/**
 * One computation: aggregate the period's purchases, classify every live customer, store the classes and their
 * changes. `computeCurrent` first fills in any month end missing from the history (the migration matrix reads the
 * classes as of each month end), then computes as of today.
 */
import type { SegmentSettings } from '../../../shared/segments/settings';
import type { ComputeResult, SchemeCounts, SegmentPreview } from '../../../shared/segments/types';
import { COMPUTED_SCHEMES } from '../../../shared/segments/types';
import { CLASSES } from '../../../shared/segments/classes';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { readSetting, writeSetting } from '../settings/settings';
import { classifiedAt, classifyAll, type ClassifiedCustomers } from './classify';
import { loadAggregates } from './aggregate';
import { addMonths, monthEnd, previousMonthEnd, resolvePeriod } from './period';
import { readSegmentSettings } from './settings';
import { storeClasses } from './store';
import { withPageCache } from '../db/cache';

const LAST_MONTH_END = 'segments.lastMonthEnd';
/** How far back a first computation fills in month ends. */
const BACKFILL_MONTHS = 24;

/**
 * A computation reads each page once (the aggregate streams the purchase index) and writes the rows in one
 * transaction: a page cache of 8 MB serves it as fast as the connection's 64 MB, and the pages it would have kept
 * are the largest part of the process's memory after it.
 */
const COMPUTE_CACHE_KIB = 8192;

function classify(db: Db, settings: SegmentSettings, asOf: string) {
  const period = resolvePeriod(settings.period, asOf);
  return { period, ...classifyAll(loadAggregates(db, period, asOf), settings, period) };
}

/** Classifies everyone as of `asOf` (a past day backfills history) and stores it. */
export function computeSegments(
  db: Db,
  asOf: string,
  actor: string | null,
  settings: SegmentSettings = readSegmentSettings(db),
): ComputeResult {
  const computedAt = nowIso();
  const result = withPageCache(db, COMPUTE_CACHE_KIB, () => {
    const { period, customers, summary } = classify(db, settings, asOf);
    return storeClasses(db, customers, summary, period, computedAt, actor);
  });
  if (settings.period.kind === 'rolling' && asOf === monthEnd(asOf.slice(0, 7))) {
    const last = readSetting(db, LAST_MONTH_END);
    if (last === null || last < asOf) writeSetting(db, LAST_MONTH_END, asOf);
  }
  return result;
}

/** The month ends before `today` not yet computed, oldest first (none for a fixed period). */
function missingMonthEnds(db: Db, today: string, settings: SegmentSettings): string[] {
  if (settings.period.kind !== 'rolling') return [];
  const target = previousMonthEnd(today);
  const last = readSetting(db, LAST_MONTH_END);
  if (last !== null && last >= target) return [];
  let start: string;
  if (last !== null) start = monthEnd(addMonths(`${last.slice(0, 7)}-01`, 1).slice(0, 7));
  else {
    const first = (
      stmt(db, 'SELECT MIN(occurred_on) AS d FROM transactions WHERE deleted_at IS NULL').get() as { d: string | null }
    ).d;
    const earliest = monthEnd(addMonths(`${target.slice(0, 7)}-01`, -(BACKFILL_MONTHS - 1)).slice(0, 7));
    start = first === null ? target : monthEnd(first.slice(0, 7));
    if (start < earliest) start = earliest;
    if (start > target) start = target;
  }
  const ends: string[] = [];
  for (let end = start; end <= target; end = monthEnd(addMonths(`${end.slice(0, 7)}-01`, 1).slice(0, 7)))
    ends.push(end);
  return ends;
}

export function computeCurrent(db: Db, today: string, actor: string | null): ComputeResult {
  const settings = readSegmentSettings(db);
  for (const end of missingMonthEnds(db, today, settings)) computeSegments(db, end, actor, settings);
  return computeSegments(db, today, actor, settings);
}

function countsOf(customers: ClassifiedCustomers): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const scheme of COMPUTED_SCHEMES) counts[scheme] = Object.fromEntries(CLASSES[scheme].map((c) => [c, 0]));
  for (const scheme of COMPUTED_SCHEMES) for (const c of customers[scheme]) counts[scheme]![c]!++;
  return counts;
}

/** Counts under the stored settings and under `proposed`, as of `today`, and the customers who would move. */
export function previewSegments(db: Db, proposed: SegmentSettings, today: string): SegmentPreview {
  const [current, next] = withPageCache(db, COMPUTE_CACHE_KIB, () => [
    classify(db, readSegmentSettings(db), today),
    classify(db, proposed, today),
  ]);
  const before = new Map(current.customers.aggregates.ids.map((id, i) => [id, i]));
  const currentCounts = countsOf(current.customers);
  const proposedCounts = countsOf(next.customers);
  const movedBy: Record<string, number> = Object.fromEntries(COMPUTED_SCHEMES.map((s) => [s, 0]));
  let moved = 0;
  for (let i = 0; i < next.customers.count; i++) {
    const c = classifiedAt(next.customers, i);
    const at = before.get(c.id);
    const old = at === undefined ? undefined : classifiedAt(current.customers, at);
    let any = false;
    for (const scheme of COMPUTED_SCHEMES)
      if (!old || old[scheme] !== c[scheme]) {
        movedBy[scheme]!++;
        any = true;
      }
    if (any) moved++;
  }
  const schemes: SchemeCounts[] = COMPUTED_SCHEMES.map((scheme) => ({
    scheme,
    current: currentCounts[scheme]!,
    proposed: proposedCounts[scheme]!,
    moved: movedBy[scheme]!,
  }));
  return { period: next.period, schemes, moved };
}
