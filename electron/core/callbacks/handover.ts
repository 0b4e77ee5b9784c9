/**
 * Handing a running campaign's open call-backs from one staff member to others, or sharing the remaining load with
 * staff who join. Each call-back keeps its planned day; the receivers end with even shares, and a call-back goes to a
 * receiver who still has room under the campaign's daily cap that day when one has. Closed call-backs never move.
 */
import type { CampaignHandOverValues } from '../../../shared/callbacks/schemas';
import type { CampaignAssignee, CampaignHandedOver } from '../../../shared/callbacks/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { customerScope } from '../auth/acting';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { assertStaff } from '../staff/staff';
import { reassignCallbacks } from './bulk';
import { assertRunning, getCampaign } from './campaigns';
import { existingKey } from './spread';

interface OpenCall {
  readonly id: string;
  readonly staffId: string;
  readonly dueOn: string;
}

interface HandOverInput {
  /** The campaign's open call-backs, in planned order. */
  readonly calls: readonly OpenCall[];
  /** Everything of this person goes to `toStaffIds`; null: `toStaffIds` join and everyone ends with an even share. */
  readonly fromStaffId: string | null;
  readonly toStaffIds: readonly string[];
  readonly perDayCap: number;
  /** Open call-backs (of any campaign or none) per `existingKey(staffId, date)`. */
  readonly booked: ReadonlyMap<string, number>;
}

interface Move {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** Indexes of `take` items out of `n`, spaced over the whole list (so the days handed over are spread too). */
function spaced(n: number, take: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < take; i += 1) out.add(Math.floor(((i + 0.5) * n) / take));
  return out;
}

/** Pure: which open call-back goes to whom. Deterministic, so the same request plans the same moves. */
export function planHandOver(input: HandOverInput): { moves: Move[]; overCap: number } {
  const held = new Map<string, OpenCall[]>();
  for (const c of input.calls) held.set(c.staffId, [...(held.get(c.staffId) ?? []), c]);
  const given: OpenCall[] = [];
  const quota = new Map<string, number>();
  if (input.fromStaffId !== null) {
    given.push(...(held.get(input.fromStaffId) ?? []));
    input.toStaffIds.forEach((s, i) => {
      const base = Math.floor(given.length / input.toStaffIds.length);
      quota.set(s, base + (i < given.length % input.toStaffIds.length ? 1 : 0));
    });
  } else {
    // Everyone who holds open call-backs and the newcomers share them evenly; the biggest holders keep the
    // remainder so that as few call-backs as possible move.
    const holders = [...held.keys()].sort((a, b) => held.get(b)!.length - held.get(a)!.length);
    const people = [...holders, ...input.toStaffIds.filter((s) => !held.has(s))];
    const n = input.calls.length;
    const share = new Map(people.map((s, i) => [s, Math.floor(n / people.length) + (i < n % people.length ? 1 : 0)]));
    for (const s of holders) {
      const mine = held.get(s)!;
      const excess = mine.length - share.get(s)!;
      if (excess > 0) {
        const pick = spaced(mine.length, excess);
        mine.forEach((c, i) => {
          if (pick.has(i)) given.push(c);
        });
      }
    }
    for (const s of people) {
      const deficit = share.get(s)! - (held.get(s)?.length ?? 0);
      if (deficit > 0) quota.set(s, deficit);
    }
    given.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : 1));
  }

  const receivers = [...quota.keys()];
  const booked = new Map(input.booked);
  const room = (s: string, day: string): boolean => (booked.get(existingKey(s, day)) ?? 0) < input.perDayCap;
  const moves: Move[] = [];
  let overCap = 0;
  for (const call of given) {
    let best: string | null = null;
    for (const s of receivers) {
      const left = quota.get(s)!;
      if (left <= 0) continue;
      if (best === null) {
        best = s;
        continue;
      }
      const [r, rb] = [room(s, call.dueOn), room(best, call.dueOn)];
      if ((r && !rb) || (r === rb && left > quota.get(best)!)) best = s;
    }
    if (best === null) break; // cannot happen: the quotas add up to the calls given
    if (!room(best, call.dueOn)) overCap += 1;
    quota.set(best, quota.get(best)! - 1);
    const key = existingKey(best, call.dueOn);
    booked.set(key, (booked.get(key) ?? 0) + 1);
    moves.push({ id: call.id, from: call.staffId, to: best });
  }
  return { moves, overCap };
}

const receiversOf = (moves: readonly Move[]): string[] => [...new Set(moves.map((m) => m.to))];

/**
 * Who a campaign's call-backs are assigned to, with their open and closed counts. Handing them over is a manager's;
 * a staff member (sign-in on) is answered their own row only, never their colleagues' workloads.
 */
export function campaignAssignees(db: Db, id: string): CampaignAssignee[] {
  getCampaign(db, id);
  const staffId = customerScope();
  return (
    stmt(
      db,
      `SELECT cb.staff_id AS staffId, s.name AS staffName, s.deleted_at IS NULL AS active,
         sum(cb.state = 'open') AS open, sum(cb.state <> 'open') AS closed
       FROM callbacks cb LEFT JOIN staff s ON s.id = cb.staff_id
       WHERE cb.campaign_id = ? AND (? IS NULL OR cb.staff_id = ?) GROUP BY cb.staff_id ORDER BY s.name, cb.staff_id`,
    ).all(id, staffId, staffId) as (Omit<CampaignAssignee, 'active'> & { active: number })[]
  ).map((r) => ({ ...r, active: r.active === 1 }));
}

export function handOverCampaign(db: Db, v: CampaignHandOverValues, actor: string): CampaignHandedOver {
  let result: { moves: Move[]; overCap: number } = { moves: [], overCap: 0 };
  db.transaction(() => {
    const campaign = getCampaign(db, v.id);
    assertRunning(campaign);
    for (const s of v.toStaffIds) assertStaff(db, s);
    const calls = stmt(
      db,
      `SELECT id, staff_id AS staffId, due_on AS dueOn FROM callbacks
       WHERE campaign_id = ? AND state = 'open' ORDER BY due_on, id`,
    ).all(v.id) as OpenCall[];
    const booked = new Map<string, number>();
    const perDay = stmt(
      db,
      `SELECT due_on AS dueOn, count(*) AS n FROM callbacks
       WHERE staff_id = ? AND state = 'open' AND due_on BETWEEN ? AND ? GROUP BY due_on`,
    );
    const first = calls[0]?.dueOn ?? campaign.fromOn;
    const last = calls[calls.length - 1]?.dueOn ?? campaign.toOn;
    for (const s of new Set([...v.toStaffIds, ...calls.map((c) => c.staffId)]))
      for (const r of perDay.all(s, first, last) as { dueOn: string; n: number }[])
        booked.set(existingKey(s, r.dueOn), r.n);
    result = planHandOver({
      calls,
      fromStaffId: v.fromStaffId,
      toStaffIds: v.toStaffIds,
      perDayCap: campaign.perDayCap,
      booked,
    });
    if (result.moves.length === 0)
      throw new DossierError({
        code: 'conflict',
        message: 'No open call-back of this campaign to hand over',
        issues: [{ path: v.fromStaffId === null ? 'toStaffIds' : 'fromStaffId', code: 'campaigns.nothingToHandOver' }],
        details: { id: v.id },
      });
    // Each call-back is reassigned (and audited) as the queue's bulk reassign does; the campaign gets one entry too.
    for (const to of receiversOf(result.moves))
      reassignCallbacks(
        db,
        result.moves.filter((m) => m.to === to).map((m) => m.id),
        to,
        v.reason,
        actor,
      );
    audit(db, {
      entity: 'campaign',
      entityId: v.id,
      action: 'update',
      staffId: actor,
      changes: {
        handOver: { from: v.fromStaffId, to: v.toStaffIds },
        moved: result.moves.length,
        overCap: result.overCap,
        reason: v.reason,
      },
    });
  })();
  const perStaff = receiversOf(result.moves).map((staffId) => ({
    staffId,
    count: result.moves.filter((m) => m.to === staffId).length,
  }));
  return {
    campaign: getCampaign(db, v.id),
    moved: result.moves.length,
    perStaff,
    overCap: result.overCap,
    assignees: campaignAssignees(db, v.id),
  };
}
