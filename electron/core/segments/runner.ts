/**
 * When classes are recomputed, and where: in a worker thread on its own connection when the host has one (the
 * desktop and web hosts stay responsive), in this thread otherwise (tests, in-memory databases). Writes that change
 * what classes depend on (purchases, imports, customers, settings) mark the classes stale and, in a host that
 * recomputes by itself, schedule one computation a few seconds later; so does a start or an overview that finds
 * the classes behind today (a new day or month). Computations run one at a time.
 */
import { localDate } from '../../../shared/rules/calendar';
import type { PeriodSettings, SegmentSettings } from '../../../shared/segments/settings';
import type { ComputeResult, SegmentPreview } from '../../../shared/segments/types';
import { runInWorker } from '../db/offload';
import type { Db } from '../db/open';
import { nowIso } from '../ids';
import { computeCurrent, computeSegments, previewSegments } from './compute';
import { readSegmentSettings } from './settings';
import { markStale, readSummary, staleSince } from './store';

export type SegmentJob =
  | {
      readonly kind: 'compute';
      readonly asOf: string | null;
      readonly today: string;
      readonly actor: string | null;
      readonly period?: PeriodSettings;
    }
  | { readonly kind: 'preview'; readonly settings: SegmentSettings; readonly today: string };

export function runSegmentJob(db: Db, job: SegmentJob): ComputeResult | SegmentPreview {
  if (job.kind === 'preview') return previewSegments(db, job.settings, job.today);
  if (job.period)
    return computeSegments(db, job.asOf ?? job.today, job.actor, { ...readSegmentSettings(db), period: job.period });
  return job.asOf === null || job.asOf === job.today
    ? computeCurrent(db, job.today, job.actor)
    : computeSegments(db, job.asOf, job.actor);
}

/** How long after the last change a recomputation waits (a burst of purchase edits computes once). */
const RECOMPUTE_DELAY_MS = 3000;

export class SegmentRunner {
  private queue: Promise<unknown> = Promise.resolve();
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param workerPath the bundled worker; null computes in this thread.
   * @param automatic recompute by itself after changes (the app hosts; not the CLI).
   */
  constructor(
    private readonly db: Db,
    private readonly dbPath: string,
    private readonly workerPath: string | null,
    private readonly automatic: boolean,
    private readonly onError: (e: unknown) => void = console.error,
  ) {}

  private job<T>(job: SegmentJob): Promise<T> {
    if (this.workerPath === null || this.dbPath === ':memory:')
      return new Promise((resolve) => resolve(runSegmentJob(this.db, job) as T));
    return runInWorker<T>(this.workerPath, this.dbPath, job);
  }

  /** Computes now (as of `asOf`, default today), after any computation already running. */
  compute(asOf: string | null, actor: string | null, period?: PeriodSettings): Promise<ComputeResult> {
    this.running++;
    const run = this.queue.then(() =>
      this.job<ComputeResult>({ kind: 'compute', asOf, today: localDate(), actor, ...(period ? { period } : {}) }),
    );
    this.queue = run.catch(() => undefined).finally(() => this.running--);
    return run;
  }

  preview(settings: SegmentSettings): Promise<SegmentPreview> {
    return this.job<SegmentPreview>({ kind: 'preview', settings, today: localDate() });
  }

  /** A computation is waiting or running. */
  get pending(): boolean {
    return this.timer !== null || this.running > 0;
  }

  /** Something classes depend on changed: they are stale until the next computation. */
  changed(): void {
    markStale(this.db, nowIso());
    this.schedule();
  }

  /** Classes are current: computed today with nothing changed since, and none being computed. */
  current(): boolean {
    const summary = readSummary(this.db);
    if (summary === null || staleSince(this.db) !== null || this.pending) return false;
    return localDate(new Date(summary.computedAt)) >= localDate();
  }

  /** At start and whenever the classes are found behind: recompute (automatic hosts only). */
  catchUp(): void {
    if (!this.automatic || this.pending) return;
    const summary = readSummary(this.db);
    if (summary === null || staleSince(this.db) !== null || localDate(new Date(summary.computedAt)) < localDate())
      this.schedule(0);
  }

  private schedule(delay = RECOMPUTE_DELAY_MS): void {
    if (!this.automatic) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.compute(null, null).catch(this.onError);
    }, delay);
    this.timer.unref?.();
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
