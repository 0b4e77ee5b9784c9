import { describe, expect, it } from 'vitest';
import { backupsToKeep, retentionBucket } from '../../../shared/backup/retention';

const RETENTION = { today: 3, days: 7, weeks: 4 };
/** 3 December 2026, 15:00 local time. */
const NOW = new Date(2026, 11, 3, 15, 0);

function at(daysAgo: number, hour: number): { name: string; createdAt: string } {
  const d = new Date(2026, 11, 3 - daysAgo, hour, 0);
  return { name: `b-${daysAgo}-${hour}`, createdAt: d.toISOString() };
}

describe('backup rotation', () => {
  it('places backups in today, the seven days before, then four weeks, and nothing older', () => {
    expect(retentionBucket(NOW, new Date(2026, 11, 3, 0, 5), RETENTION)).toBe('today');
    expect(retentionBucket(NOW, new Date(2026, 11, 2, 23, 59), RETENTION)).toBe('day:1');
    expect(retentionBucket(NOW, new Date(2026, 10, 26, 9), RETENTION)).toBe('day:7');
    expect(retentionBucket(NOW, new Date(2026, 10, 25, 9), RETENTION)).toBe('week:0');
    expect(retentionBucket(NOW, new Date(2026, 10, 19, 9), RETENTION)).toBe('week:0');
    expect(retentionBucket(NOW, new Date(2026, 10, 18, 9), RETENTION)).toBe('week:1');
    expect(retentionBucket(NOW, new Date(2026, 9, 29, 9), RETENTION)).toBe('week:3');
    expect(retentionBucket(NOW, new Date(2026, 9, 28, 9), RETENTION)).toBeNull();
  });

  it('keeps several of today, the newest of each day, the newest of each week', () => {
    const backups = [
      ...[8, 10, 12, 14].map((h) => at(0, h)), // four today: the three newest stay
      at(1, 9),
      at(1, 17), // yesterday: the evening one stays
      at(3, 12),
      at(9, 8),
      at(12, 8), // both in the first week past the days: the newer (9 days ago) stays
      at(40, 8), // older than seven days and four weeks
    ];
    const kept = backupsToKeep(backups, NOW, RETENTION);
    expect([...kept].sort()).toEqual(['b-0-10', 'b-0-12', 'b-0-14', 'b-1-17', 'b-3-12', 'b-9-8'].sort());
  });

  it('prefers a good copy in its bucket, and never drops the newest good one however old', () => {
    const damaged = { ...at(1, 20), good: false };
    const good = { ...at(1, 9), good: true };
    expect([...backupsToKeep([damaged, good], NOW, RETENTION)]).toEqual([good.name]);
    const old = at(90, 9);
    expect([...backupsToKeep([old], NOW, RETENTION)]).toEqual([old.name]);
  });

  it('follows a configured retention: one of today, no days, one week', () => {
    const kept = backupsToKeep([at(0, 9), at(0, 11), at(2, 9), at(5, 9)], NOW, { today: 1, days: 0, weeks: 1 });
    // Two and five days ago share the one week kept: the newer stays.
    expect([...kept].sort()).toEqual(['b-0-11', 'b-2-9']);
  });
});
