/**
 * Spreading a campaign's calls over working days and staff. Pure and deterministic: the same input gives the same
 * plan, so the preview the user saw is what gets created.
 *
 * 1. Each staff member has a free capacity per day: the cap less the call-backs already open for them that day.
 * 2. Customers go to staff so that the staff's campaign totals stay level (differ by ≤ 1 while everyone has room);
 *    with `preferOwner`, a customer whose account manager is among the staff goes to that person first.
 * 3. Each staff member's calls go to days so that their total load per day (existing + new) stays level: a call
 *    always takes the least loaded day with room. Ties go by `spreadOrder`, so when there are fewer calls than days
 *    they are spaced out over the whole range instead of bunched at its start. With nothing booked before, busiest
 *    and least busy day differ by at most 1.
 * 4. Within a staff member, customers keep their order: earlier customers get earlier days.
 * Customers beyond the capacity are the overflow, reported in the preview and not scheduled.
 */

interface DistributionCustomer {
  readonly id: string;
  readonly ownerId?: string | null;
}

export interface DistributionInput {
  readonly customers: readonly DistributionCustomer[];
  /** Working days, in order. */
  readonly days: readonly string[];
  readonly staffIds: readonly string[];
  readonly perDayCap: number;
  /** Open call-backs already booked, by `existingKey(staffId, date)`. */
  readonly existing?: ReadonlyMap<string, number>;
  readonly preferOwner?: boolean;
}

interface Assignment {
  readonly customerId: string;
  readonly staffId: string;
  readonly dueOn: string;
}

interface StaffLoad {
  readonly staffId: string;
  readonly count: number;
  /** Campaign calls on this person's least and busiest day of the range. */
  readonly minPerDay: number;
  readonly maxPerDay: number;
}

export interface Distribution {
  /** In day order, then staff order, then customer order. */
  readonly assignments: readonly Assignment[];
  /** Customer ids that did not fit, in input order. */
  readonly overflow: readonly string[];
  /** Free slots over all staff and days. */
  readonly capacity: number;
  readonly perStaff: readonly StaffLoad[];
  readonly perDay: readonly { readonly date: string; readonly count: number }[];
}

export const existingKey = (staffId: string, date: string): string => `${staffId}|${date}`;

/**
 * Day indexes 0…n−1 in the order that spaces out any first k of them over the range (the van der Corput
 * sequence: 0, ½, ¼, ¾, … of the range): 10 days → 0, 5, 2, 7, 1, 6, 3, 8, 4, 9.
 */
export function spreadOrder(n: number): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; order.length < n && i < 4 * n + 4; i += 1) {
    let x = 0;
    for (let bit = 0.5, k = i; k > 0; k >>= 1, bit /= 2) if (k & 1) x += bit;
    const d = Math.floor(x * n);
    if (!seen.has(d)) {
      seen.add(d);
      order.push(d);
    }
  }
  for (let d = 0; d < n; d += 1) if (!seen.has(d)) order.push(d);
  return order;
}

export function distribute(input: DistributionInput): Distribution {
  const { days, staffIds, perDayCap } = input;
  const existing = input.existing ?? new Map<string, number>();
  const S = staffIds.length;
  const D = days.length;

  // Free slots and already-booked load per staff and day.
  const free: number[][] = staffIds.map((s) =>
    days.map((d) => Math.max(0, perDayCap - (existing.get(existingKey(s, d)) ?? 0))),
  );
  const booked: number[][] = staffIds.map((s) => days.map((d) => existing.get(existingKey(s, d)) ?? 0));
  const room = free.map((row) => row.reduce((a, b) => a + b, 0));
  const capacity = room.reduce((a, b) => a + b, 0);

  // 2. Customers to staff.
  const staffIndex = new Map(staffIds.map((s, i) => [s, i]));
  const owned: number[] = new Array<number>(input.customers.length).fill(-1);
  const load = new Array<number>(S).fill(0);
  if (input.preferOwner) {
    input.customers.forEach((c, i) => {
      const s = c.ownerId ? staffIndex.get(c.ownerId) : undefined;
      if (s !== undefined && load[s]! < room[s]!) {
        owned[i] = s;
        load[s]! += 1;
      }
    });
  }
  const byStaff: string[][] = staffIds.map(() => []);
  const overflow: string[] = [];
  input.customers.forEach((c, i) => {
    let s = owned[i]!;
    if (s < 0) {
      for (let k = 0; k < S; k += 1) if (load[k]! < room[k]! && (s < 0 || load[k]! < load[s]!)) s = k;
      if (s < 0) {
        overflow.push(c.id);
        return;
      }
      load[s]! += 1;
    }
    byStaff[s]!.push(c.id);
  });

  // 3. Each staff member's calls to days, levelling the total load.
  const perDayNew: number[][] = staffIds.map(() => new Array<number>(D).fill(0));
  const rank = new Array<number>(D).fill(0);
  spreadOrder(D).forEach((d, i) => {
    rank[d] = i;
  });
  for (let s = 0; s < S; s += 1) {
    const total = booked[s]!.slice();
    const left = free[s]!.slice();
    const counts = perDayNew[s]!;
    for (let n = byStaff[s]!.length; n > 0; n -= 1) {
      let best = -1;
      for (let d = 0; d < D; d += 1)
        if (
          left[d]! > 0 &&
          (best < 0 || total[d]! < total[best]! || (total[d] === total[best] && rank[d]! < rank[best]!))
        )
          best = d;
      if (best < 0) throw new Error('distribution: capacity accounting is wrong'); // cannot happen: load ≤ room
      total[best]! += 1;
      left[best]! -= 1;
      counts[best]! += 1;
    }
  }

  // 4. Customers in order to their staff member's days in order; output in day, staff order.
  const dayOf: string[][] = staffIds.map((_, s) => {
    const list: string[] = [];
    perDayNew[s]!.forEach((n, d) => {
      for (let k = 0; k < n; k += 1) list.push(days[d]!);
    });
    return list;
  });
  const assignments: Assignment[] = [];
  const cursor = new Array<number>(S).fill(0);
  for (let d = 0; d < D; d += 1)
    for (let s = 0; s < S; s += 1)
      for (let k = 0; k < perDayNew[s]![d]!; k += 1) {
        const at = cursor[s]!;
        cursor[s] = at + 1;
        assignments.push({ customerId: byStaff[s]![at]!, staffId: staffIds[s]!, dueOn: dayOf[s]![at]! });
      }

  return {
    assignments,
    overflow,
    capacity,
    perStaff: staffIds.map((staffId, s) => ({
      staffId,
      count: byStaff[s]!.length,
      minPerDay: D === 0 ? 0 : Math.min(...perDayNew[s]!),
      maxPerDay: D === 0 ? 0 : Math.max(...perDayNew[s]!),
    })),
    perDay: days.map((date, d) => ({ date, count: perDayNew.reduce((sum, row) => sum + row[d]!, 0) })),
  };
}
