/**
 * Backup rotation: which backups are kept. Pure, so the Settings page can say what a retention keeps, and the core
 * decides with the same function. Days are local calendar days; weeks count back from yesterday's week bucket.
 */
import type { Retention } from './types';

interface Dated {
  readonly name: string;
  readonly createdAt: string;
  /** A damaged copy is kept only when its bucket has no good one. */
  readonly good?: boolean;
}

const DAY_MS = 86_400_000;

/** Whole local calendar days from `then` to `now` (0 for today, 1 for yesterday). */
function daysBefore(now: Date, then: Date): number {
  const a = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const b = Date.UTC(then.getFullYear(), then.getMonth(), then.getDate());
  return Math.round((a - b) / DAY_MS);
}

/**
 * The bucket a backup falls in: `today`, `day:N` for the N-th day before today (N ≤ days), `week:K` for the K-th
 * seven days before those (K < weeks), or null when it is older than the retention keeps.
 */
export function retentionBucket(now: Date, createdAt: Date, retention: Retention): string | null {
  const age = daysBefore(now, createdAt);
  if (age <= 0) return 'today';
  if (age <= retention.days) return `day:${age}`;
  const week = Math.floor((age - retention.days - 1) / 7);
  return week < retention.weeks ? `week:${week}` : null;
}

/**
 * The names rotation keeps: the newest `today` of today, the newest (good if any) of each older bucket, and always
 * the newest good one.
 */
export function backupsToKeep(backups: readonly Dated[], now: Date, retention: Retention): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name),
  );
  const keep = new Set<string>();
  const buckets = new Map<string, Dated[]>();
  for (const backup of newestFirst) {
    const bucket = retentionBucket(now, new Date(backup.createdAt), retention);
    if (bucket === null) continue;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), backup]);
  }
  for (const [bucket, members] of buckets) {
    const good = members.filter((m) => m.good !== false);
    const pool = good.length > 0 ? good : members;
    for (const m of pool.slice(0, bucket === 'today' ? Math.max(1, retention.today) : 1)) keep.add(m.name);
  }
  // However old it is, the newest good copy is never rotated away: it may be the only one left.
  const newestGood = newestFirst.find((b) => b.good !== false);
  if (newestGood) keep.add(newestGood.name);
  return keep;
}
