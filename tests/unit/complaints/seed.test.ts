// Receipt dates are the branch's local dates.
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { complaintReport } from '../../../electron/core/complaints/report';
import { seedComplaints } from '../../../electron/core/seed/complaints';
import { seedDemo } from '../../../electron/core/seed/demo';
import { complaintReportInput } from '../../../shared/complaints/schemas';

function seeded(seed: number) {
  const db = openDatabase(':memory:');
  seedDemo(db, { customers: 400, seed: 3 });
  const result = seedComplaints(db, { complaints: 150, seed, today: '2025-12-15' });
  const rows = db
    .prepare(
      'SELECT category, root_cause AS cause, status, received_on AS "on", satisfaction FROM complaints ORDER BY received_at, id',
    )
    .all();
  return { db, result, rows };
}

describe('demo complaints', () => {
  it('are the same for a seed, and different for another', () => {
    const a = seeded(5).rows;
    expect(a).toHaveLength(150);
    expect(seeded(5).rows).toEqual(a);
    expect(seeded(6).rows).not.toEqual(a);
  });

  it('give a Pareto with a few causes behind most, overdue ones, and scores from follow-up calls', () => {
    const { db, result } = seeded(5);
    expect(result.complaints).toBe(150);
    const report = complaintReport(
      db,
      complaintReportInput.parse({ from: '2024-12-16', to: '2025-12-15', today: '2025-12-15' }),
    );
    expect(report.total).toBe(150);
    // The top three causes account for more than half of the resolved complaints.
    expect(report.byRootCause[2]?.cumulativePercent).toBeGreaterThan(55);
    expect(report.byCategory[0]?.key).toBe('waiting_time');
    expect(report.overdue).toBeGreaterThan(0);
    expect(report.closed).toBeGreaterThan(50);
    expect(report.satisfaction.fromComplaints).toBeGreaterThan(50);
    expect(report.satisfaction.average).toBeGreaterThan(3);
    expect(report.repeatComplainers.length).toBeGreaterThan(0);
  });
});
