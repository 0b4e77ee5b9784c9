import { beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { DossierError } from '../../../shared/result';
import { customer } from '../helpers';
import { HOLIDAYS_2025 } from './fixtures';
import { callbacksCore, type CallbacksCore } from './setup';

const PEOPLE = [
  { name: '王建国', mobile: '13800138001' },
  { name: '李秀英', mobile: '13900139002' },
  { name: '赵磊', mobile: '13700137003' },
  { name: 'Margaret Thompson', mobile: '13600136004' },
];

describe('correcting and cancelling a campaign', () => {
  let core: CallbacksCore;
  beforeEach(() => {
    core = callbacksCore();
    core.call('callbacks.holidays.set', { holidays: HOLIDAYS_2025 });
    for (const p of PEOPLE) createCustomer(core.db, customer({ ...p, tags: ['冬季停订'] }), null);
  });
  const create = () =>
    core.call('campaigns.create', {
      name: '停订客户回访',
      purpose: 'lapsed_customer',
      notes: '问一下开春是否恢复订奶',
      fromOn: '2025-06-02',
      toOn: '2025-06-13',
      staffIds: [core.actorId],
      perDayCap: 1,
      selection: { tag: '冬季停订' },
      today: '2025-06-02',
    }).campaign;
  const openOf = (campaignId: string) =>
    core.call('callbacks.queue', { view: 'all', campaignId, today: '2025-06-02' }).rows;
  const values = (c: ReturnType<typeof create>) => ({
    id: c.id,
    name: c.name,
    purpose: c.purpose,
    priority: c.priority,
    notes: c.notes,
    fromOn: c.fromOn,
    toOn: c.toOn,
    perDayCap: c.perDayCap,
  });
  const audits = (id: string) =>
    (
      core.db
        .prepare("SELECT action, changes FROM audit_log WHERE entity = 'campaign' AND entity_id = ? ORDER BY rowid")
        .all(id) as { action: string; changes: string }[]
    ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));

  it('renames it and gives its open call-backs the new purpose, priority and notes; closed ones keep theirs', () => {
    const campaign = create();
    const [first] = openOf(campaign.id);
    core.call('callbacks.log', {
      id: first?.id ?? '',
      at: '2025-06-02T10:00:00+08:00',
      outcome: 'reached',
      satisfaction: 5,
    });
    // One call-back's own note is kept.
    const second = openOf(campaign.id)[0];
    core.db.prepare("UPDATE callbacks SET notes = '客户要求下午打' WHERE id = ?").run(second?.id);

    const { campaign: fixed, openUpdated } = core.call('campaigns.update', {
      ...values(campaign),
      name: '停订客户回访（六月）',
      purpose: 'periodic_care',
      priority: 'high',
      notes: '介绍新的鲜奶套餐',
      toOn: '2025-06-20',
    });
    expect(fixed).toMatchObject({ name: '停订客户回访（六月）', purpose: 'periodic_care', toOn: '2025-06-20' });
    expect(openUpdated).toBe(3);
    const open = openOf(campaign.id);
    expect(open.map((c) => [c.purpose, c.priority])).toEqual(Array(3).fill(['periodic_care', 'high']));
    expect(open.map((c) => c.notes).sort()).toEqual(['介绍新的鲜奶套餐', '介绍新的鲜奶套餐', '客户要求下午打']);
    const done = core.db.prepare('SELECT purpose, notes FROM callbacks WHERE id = ?').get(first?.id);
    expect(done).toEqual({ purpose: 'lapsed_customer', notes: '问一下开春是否恢复订奶' });
    expect(audits(campaign.id).at(-1)).toEqual({
      action: 'update',
      changes: {
        name: ['停订客户回访', '停订客户回访（六月）'],
        purpose: ['lapsed_customer', 'periodic_care'],
        priority: ['normal', 'high'],
        notes: ['问一下开春是否恢复订奶', '介绍新的鲜奶套餐'],
        toOn: ['2025-06-13', '2025-06-20'],
        openUpdated: 3,
      },
    });
  });

  it('refuses a shorter range that leaves open call-backs outside it, saying how many', () => {
    const campaign = create(); // spread over the two weeks
    expect(openOf(campaign.id).map((c) => c.dueOn)).toEqual(['2025-06-02', '2025-06-04', '2025-06-09', '2025-06-11']);
    try {
      core.call('campaigns.update', { ...values(campaign), toOn: '2025-06-04' });
      expect.unreachable('the range was shortened');
    } catch (error) {
      expect(error).toBeInstanceOf(DossierError);
      expect((error as DossierError).issues).toEqual([{ path: 'toOn', code: 'campaigns.rangeLeavesOpen' }]);
      expect((error as DossierError).details).toEqual({ count: 2 });
    }
    expect(core.call('campaigns.list', {})[0]?.toOn).toBe('2025-06-13');
    // Shortened to its last planned day is fine.
    expect(core.call('campaigns.update', { ...values(campaign), toOn: '2025-06-11' }).campaign.toOn).toBe('2025-06-11');
  });

  it('cancels the open call-backs with the campaign; the done one stays and the report still counts it', () => {
    const campaign = create();
    const [first] = openOf(campaign.id);
    core.call('callbacks.log', {
      id: first?.id ?? '',
      at: '2025-06-03T10:00:00+08:00',
      outcome: 'reached',
      satisfaction: 4,
    });
    expect(core.call('campaigns.list', {})[0]).toMatchObject({ open: 3, done: 1, cancelledAt: null });

    const { campaign: cancelled, cancelled: count } = core.call('campaigns.cancel', {
      id: campaign.id,
      reason: '产品线调整，活动取消',
    });
    expect(count).toBe(3);
    expect(cancelled).toMatchObject({ open: 0, done: 1, cancelled: 3, progress: 1 });
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(openOf(campaign.id)).toEqual([]);
    const report = core.call('callbacks.report', { from: '2025-06-01', to: '2025-06-30', campaignId: campaign.id });
    expect(report).toMatchObject({ planned: 1, reached: 1, pending: 0, cancelled: 3 });
    expect(audits(campaign.id).at(-1)).toEqual({
      action: 'update',
      changes: { cancelled: 3, reason: '产品线调整，活动取消' },
    });
    // Each cancelled call-back is audited on its own, as a bulk cancel is.
    const perCallback = core.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'callback' AND changes LIKE '%产品线调整%'")
      .get() as { n: number };
    expect(perCallback.n).toBe(3);

    // A cancelled campaign is over: no second cancel, no edits.
    expect(() => core.call('campaigns.cancel', { id: campaign.id, reason: '再取消一次' })).toThrow(/cancelled/);
    expect(() => core.call('campaigns.update', { ...values(campaign), name: '改名' })).toThrow(/cancelled/);
  });

  it('asks for a reason to cancel', () => {
    const campaign = create();
    expect(() => core.call('campaigns.cancel', { id: campaign.id, reason: '  ' })).toThrow(/callbacks.reasonMissing/);
    expect(openOf(campaign.id)).toHaveLength(4);
  });
});
