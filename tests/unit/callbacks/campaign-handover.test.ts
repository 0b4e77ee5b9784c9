import { beforeEach, describe, expect, it } from 'vitest';
import { planHandOver } from '../../../electron/core/callbacks/handover';
import { existingKey } from '../../../electron/core/callbacks/spread';
import { createCustomer } from '../../../electron/core/customers/records';
import { createStaff, deactivateStaff } from '../../../electron/core/staff/staff';
import { DossierError } from '../../../shared/result';
import { customer } from '../helpers';
import { HOLIDAYS_2025 } from './fixtures';
import { callbacksCore, type CallbacksCore } from './setup';

const PEOPLE = [
  { name: '王建国', mobile: '13800138001' },
  { name: '李秀英', mobile: '13900139002' },
  { name: '赵磊', mobile: '13700137003' },
  { name: 'Margaret Thompson', mobile: '13600136004' },
  { name: '陈晓燕', mobile: '13500135005' },
  { name: '刘洋', mobile: '13400134006' },
  { name: 'David Miller', mobile: '13300133007' },
  { name: '周婷', mobile: '13200132008' },
];

describe('handing a running campaign over to other staff', () => {
  let core: CallbacksCore;
  let wang: string;
  let li: string;
  let customerIds: string[];
  beforeEach(() => {
    core = callbacksCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    customerIds = PEOPLE.map((p) => createCustomer(core.db, customer({ ...p, tags: ['冬季停订'] }), null).id);
    wang = createStaff(core.db, '王芳').id;
    li = createStaff(core.db, '李强').id;
  });
  const create = (perDayCap = 2) =>
    core.call('campaigns.create', {
      name: '停订客户回访',
      fromOn: '2025-06-02',
      toOn: '2025-06-13',
      staffIds: [core.actorId],
      perDayCap,
      selection: { tag: '冬季停订' },
      today: '2025-06-02',
    }).campaign;
  const rowsOf = (campaignId: string) =>
    core.db
      .prepare(
        'SELECT id, staff_id AS staffId, due_on AS dueOn, state FROM callbacks WHERE campaign_id = ? ORDER BY id',
      )
      .all(campaignId) as { id: string; staffId: string; dueOn: string; state: string }[];
  const countBy = (rows: readonly { staffId: string }[]) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[r.staffId] = (out[r.staffId] ?? 0) + 1;
    return out;
  };

  it('hands one person’s open call-backs to two others evenly, on the same days; the call made stays', () => {
    const campaign = create();
    const before = rowsOf(campaign.id);
    const made = before[0]!;
    core.call('callbacks.log', { id: made.id, at: '2025-06-02T10:00:00+08:00', outcome: 'reached', satisfaction: 5 });

    const result = core.call('campaigns.handOver', {
      id: campaign.id,
      fromStaffId: core.actorId,
      toStaffIds: [wang, li],
      reason: '调岗',
    });
    expect(result.moved).toBe(7);
    expect(result.overCap).toBe(0);
    const after = rowsOf(campaign.id);
    expect(after.map((r) => r.dueOn)).toEqual(before.map((r) => r.dueOn));
    expect(after.find((r) => r.id === made.id)).toMatchObject({ staffId: core.actorId, state: 'done' });
    const open = after.filter((r) => r.state === 'open');
    const counts = countBy(open);
    expect(Object.keys(counts).sort()).toEqual([wang, li].sort());
    expect(Math.abs(counts[wang]! - counts[li]!)).toBe(1);
    expect(result.assignees.map((a) => [a.staffId, a.open, a.closed])).toEqual([
      [core.actorId, 0, 1], // the default staff member, who has no name of their own
      [li, counts[li], 0],
      [wang, counts[wang], 0],
    ]);
    // Each moved call-back is audited as a reassignment; the campaign says who handed over to whom.
    const moved = core.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'callback' AND changes LIKE '%调岗%'")
      .get() as { n: number };
    expect(moved.n).toBe(7);
    const last = core.db
      .prepare("SELECT changes FROM audit_log WHERE entity = 'campaign' AND entity_id = ? ORDER BY rowid DESC LIMIT 1")
      .get(campaign.id) as { changes: string };
    expect(JSON.parse(last.changes)).toEqual({
      handOver: { from: core.actorId, to: [wang, li] },
      moved: 7,
      overCap: 0,
      reason: '调岗',
    });
  });

  it('gives a day to the receiver who still has room under the daily cap', () => {
    const campaign = create(1);
    const first = rowsOf(campaign.id).sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0]!;
    // 王芳 already has a call on that day, outside the campaign, and the cap is one a day.
    core.call('callbacks.create', { customerId: customerIds[0]!, dueOn: first.dueOn, staffId: wang });
    const result = core.call('campaigns.handOver', {
      id: campaign.id,
      fromStaffId: core.actorId,
      toStaffIds: [wang, li],
    });
    expect(result.overCap).toBe(0);
    expect(rowsOf(campaign.id).find((r) => r.id === first.id)?.staffId).toBe(li);
    expect(result.perStaff).toEqual(
      expect.arrayContaining([
        { staffId: wang, count: 4 },
        { staffId: li, count: 4 },
      ]),
    );
  });

  it('shares the remaining load with a staff member who joins, moving only what is needed', () => {
    const campaign = create();
    const result = core.call('campaigns.handOver', { id: campaign.id, toStaffIds: [wang] });
    expect(result.moved).toBe(4);
    expect(countBy(rowsOf(campaign.id))).toEqual({ [core.actorId]: 4, [wang]: 4 });
    // The days handed over are spread over the range, not the first four.
    const wangDays = rowsOf(campaign.id)
      .filter((r) => r.staffId === wang)
      .map((r) => r.dueOn)
      .sort();
    expect(wangDays[0]! < '2025-06-09' && wangDays.at(-1)! >= '2025-06-09').toBe(true);
    // A third person joins: 8 over three people is 3, 3, 2.
    core.call('campaigns.handOver', { id: campaign.id, toStaffIds: [li] });
    expect(
      Object.values(countBy(rowsOf(campaign.id)))
        .sort()
        .join(),
    ).toBe('2,3,3');
  });

  it('refuses what cannot be handed over, with a reason the user can act on, and changes nothing', () => {
    const campaign = create();
    const refusal = (input: Parameters<typeof core.call<'campaigns.handOver'>>[1]) => {
      try {
        core.call('campaigns.handOver', input);
      } catch (error) {
        if (error instanceof DossierError) return error.issues[0]?.code ?? error.code;
        return (error as { issues: { message: string }[] }).issues[0]?.message;
      }
      return 'accepted';
    };
    expect(refusal({ id: campaign.id, fromStaffId: wang, toStaffIds: [li] })).toBe('campaigns.nothingToHandOver');
    expect(refusal({ id: campaign.id, fromStaffId: wang, toStaffIds: [wang] })).toBe('campaigns.handOverToSelf');
    deactivateStaff(core.db, li, null, core.actorId);
    expect(refusal({ id: campaign.id, fromStaffId: core.actorId, toStaffIds: [li] })).toBe('not_found');
    core.call('campaigns.cancel', { id: campaign.id, reason: '活动取消' });
    expect(refusal({ id: campaign.id, fromStaffId: core.actorId, toStaffIds: [wang] })).toBe(
      'campaigns.alreadyCancelled',
    );
    expect(countBy(rowsOf(campaign.id))).toEqual({ [core.actorId]: 8 });
  });
});

describe('planHandOver', () => {
  it('puts a call-back over the cap only when no receiver has room that day, and counts it', () => {
    const calls = [
      { id: 'a', staffId: 'x', dueOn: '2025-06-02' },
      { id: 'b', staffId: 'x', dueOn: '2025-06-02' },
    ];
    const booked = new Map([
      [existingKey('y', '2025-06-02'), 1],
      [existingKey('z', '2025-06-02'), 1],
    ]);
    const plan = planHandOver({ calls, fromStaffId: 'x', toStaffIds: ['y', 'z'], perDayCap: 1, booked });
    expect(plan.moves.map((m) => m.to).sort()).toEqual(['y', 'z']);
    expect(plan.overCap).toBe(2);
  });
});
