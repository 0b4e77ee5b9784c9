import { describe, expect, it } from 'vitest';
import { distribute, existingKey, spreadOrder, type Distribution } from '../../../electron/core/callbacks/spread';

const customers = (n: number, owner?: (i: number) => string | null) =>
  Array.from({ length: n }, (_, i) => ({ id: `c${String(i).padStart(5, '0')}`, ownerId: owner ? owner(i) : null }));
const DAYS = ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05', '2025-06-06'];
const STAFF = ['s1', 's2', 's3'];

/** Calls per staff member per day. */
function grid(d: Distribution): Map<string, Map<string, number>> {
  const g = new Map<string, Map<string, number>>();
  for (const a of d.assignments) {
    const row = g.get(a.staffId) ?? new Map<string, number>();
    row.set(a.dueOn, (row.get(a.dueOn) ?? 0) + 1);
    g.set(a.staffId, row);
  }
  return g;
}

describe('campaign distribution', () => {
  it('spreads evenly over staff and days within the cap', () => {
    const d = distribute({ customers: customers(100), days: DAYS, staffIds: STAFF, perDayCap: 10 });
    expect(d.capacity).toBe(150);
    expect(d.assignments).toHaveLength(100);
    expect(d.overflow).toEqual([]);
    expect(new Set(d.assignments.map((a) => a.customerId)).size).toBe(100);
    expect(d.perStaff.map((s) => s.count)).toEqual([34, 33, 33]);
    for (const s of d.perStaff) expect(s.maxPerDay - s.minPerDay).toBeLessThanOrEqual(1);
    for (const row of grid(d).values()) {
      expect(row.size).toBe(5);
      for (const n of row.values()) expect(n).toBeLessThanOrEqual(10);
    }
    expect(d.perDay.map((x) => x.count).reduce((a, b) => a + b, 0)).toBe(100);
    // Earlier customers are called earlier.
    const firstDay = d.assignments.filter((a) => a.dueOn === DAYS[0]).map((a) => a.customerId);
    expect(firstDay).toContain('c00000');
    expect(d.assignments.find((a) => a.customerId === 'c00099')?.dueOn).toBe(DAYS[4]);
  });

  it('reports the customers that do not fit as overflow, in order', () => {
    const d = distribute({ customers: customers(200), days: DAYS, staffIds: STAFF, perDayCap: 10 });
    expect(d.assignments).toHaveLength(150);
    expect(d.overflow).toHaveLength(50);
    expect(d.overflow[0]).toBe('c00150');
    for (const row of grid(d).values()) for (const n of row.values()) expect(n).toBe(10);
    const none = distribute({ customers: customers(5), days: [], staffIds: STAFF, perDayCap: 10 });
    expect(none.assignments).toEqual([]);
    expect(none.overflow).toHaveLength(5);
  });

  it('counts call-backs already booked against the cap and fills the light days first', () => {
    const existing = new Map([
      [existingKey('s1', DAYS[0]!), 8],
      [existingKey('s1', DAYS[1]!), 10],
      [existingKey('s2', DAYS[2]!), 3],
    ]);
    const d = distribute({ customers: customers(30), days: DAYS, staffIds: ['s1', 's2'], perDayCap: 10, existing });
    expect(d.capacity).toBe(50 - 18 + 50 - 3);
    const g = grid(d);
    expect(g.get('s1')?.get(DAYS[1]!) ?? 0).toBe(0); // full already
    for (const [staff, row] of g)
      for (const [day, n] of row) expect(n + (existing.get(existingKey(staff, day)) ?? 0)).toBeLessThanOrEqual(10);
    expect(d.perStaff.map((s) => s.count)).toEqual([15, 15]);
    // s1: totals (existing + new) levelled: day 0 has 8 booked, so it gets fewer new calls.
    const s1 = DAYS.map((day) => (g.get('s1')?.get(day) ?? 0) + (existing.get(existingKey('s1', day)) ?? 0));
    expect(s1).toEqual([8, 10, 5, 5, 5]);
  });

  it('gives customers to their account manager first when asked', () => {
    const d = distribute({
      customers: customers(12, (i) => (i < 9 ? 's1' : null)),
      days: DAYS.slice(0, 2),
      staffIds: STAFF,
      perDayCap: 3,
      preferOwner: true,
    });
    const of = (id: string) => d.assignments.find((a) => a.customerId === id)?.staffId;
    // s1 has room for 6 of its 9 customers; the rest go where there is room, levelling the others.
    expect(['c00000', 'c00001', 'c00005'].map(of)).toEqual(['s1', 's1', 's1']);
    expect(d.perStaff.map((s) => s.count)).toEqual([6, 3, 3]);
    expect(d.overflow).toEqual([]);
  });

  it('spaces a few calls out over a long range instead of bunching them at its start', () => {
    const days = Array.from({ length: 10 }, (_, i) => `2025-06-${String(2 + i).padStart(2, '0')}`);
    const d = distribute({ customers: customers(3), days, staffIds: ['s1'], perDayCap: 20 });
    expect(d.assignments.map((a) => a.dueOn)).toEqual(['2025-06-02', '2025-06-04', '2025-06-07']);
    // Every day gets one before any day gets two.
    const ten = distribute({ customers: customers(10), days, staffIds: ['s1'], perDayCap: 20 });
    expect(ten.perDay.map((x) => x.count)).toEqual(new Array(10).fill(1));
    expect(spreadOrder(10)).toEqual([0, 5, 2, 7, 1, 6, 3, 8, 4, 9]);
    expect([...spreadOrder(7)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('is deterministic', () => {
    const input = { customers: customers(777), days: DAYS, staffIds: STAFF, perDayCap: 40 };
    expect(distribute(input)).toEqual(distribute(input));
  });
});
