import { beforeEach, describe, expect, it } from 'vitest';
import { deleteCustomer } from '../../../electron/core/customers/records';
import { listInteractions } from '../../../electron/core/interactions/timeline';
import { at, complaintsCore, type ComplaintsCore } from './setup';

describe('the complaint list and the navigation count', () => {
  let core: ComplaintsCore;
  let zhang: string;
  let emily: string;
  const ids: Record<string, string> = {};
  beforeEach(() => {
    core = complaintsCore();
    zhang = core.addCustomer('张伟', '13812345678');
    emily = core.addCustomer('Emily Chen', '13700001111');
    const add = (
      name: string,
      customerId: string,
      on: string,
      category: string,
      severity: 'low' | 'normal' | 'urgent',
      ownerId: string,
    ) => {
      ids[name] = core.call('complaints.create', {
        customerId,
        receivedAt: at(on),
        channel: 'counter',
        category,
        severity,
        ownerId,
        words: `${name}: 办理业务等候过久`,
      }).id;
    };
    // Due: urgent 06-03 → 06-04; normal 06-02 → 06-09; low 06-05 → 06-19 (plain weeks).
    add('urgent', zhang, '2025-06-03', 'waiting_time', 'urgent', core.actorId);
    add('normal', emily, '2025-06-02', 'fees', 'normal', core.otherId);
    add('low', zhang, '2025-06-05', 'product', 'low', core.actorId);
    add('done', emily, '2025-05-20', 'fees', 'normal', core.actorId);
    core.call('complaints.resolve', {
      id: ids.done ?? '',
      rootCause: 'fee_policy',
      countermeasure: '退还手续费',
      customerTold: '已说明收费标准',
      followUp: null,
    });
  });
  const list = (input: Record<string, unknown>) =>
    core
      .call('complaints.list', { today: '2025-06-10', ...input })
      .rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id));

  it('shows open, overdue, mine and all, in due order', () => {
    expect(list({ view: 'open' })).toEqual(['urgent', 'normal', 'low']);
    expect(list({ view: 'overdue' })).toEqual(['urgent', 'normal']);
    expect(list({ view: 'mine' })).toEqual(['urgent', 'low']);
    expect(list({ view: 'all' })).toEqual(['done', 'urgent', 'normal', 'low']);
    const page = core.call('complaints.list', { view: 'open', today: '2025-06-10' });
    expect(page.rows.map((r) => r.overdue)).toEqual([true, true, false]);
    expect(page.rows[0]).toMatchObject({ customerName: '张伟', customerMobile: '13812345678', ownerName: '王丽' });
  });

  it('filters by category, owner, status and period, sorts and pages', () => {
    expect(list({ view: 'all', category: 'fees' })).toEqual(['done', 'normal']);
    expect(list({ view: 'all', ownerId: core.otherId })).toEqual(['normal']);
    expect(list({ view: 'all', status: 'resolved' })).toEqual(['done']);
    expect(list({ view: 'all', from: '2025-06-01', to: '2025-06-03' })).toEqual(['urgent', 'normal']);
    expect(list({ view: 'all', customerId: emily })).toEqual(['done', 'normal']);
    expect(list({ view: 'all', sort: 'receivedAt', direction: 'desc' })).toEqual(['low', 'urgent', 'normal', 'done']);
    expect(list({ view: 'all', sort: 'severity', direction: 'desc' })).toEqual(['urgent', 'done', 'normal', 'low']);
    expect(list({ view: 'all', sort: 'customer' })).toEqual(['normal', 'done', 'urgent', 'low']);
    const second = core.call('complaints.list', { view: 'all', today: '2025-06-10', limit: 2, offset: 2 });
    expect(second.total).toBe(4);
    expect(second.rows).toHaveLength(2);
    expect(() => core.call('complaints.list', { view: 'all', from: '2025-06-05', to: '2025-06-01' })).toThrow(
      /complaints.dateRange/,
    );
  });

  it('counts the overdue complaints for the navigation, leaving out customers in the recycle bin', () => {
    expect(core.call('complaints.counts', { today: '2025-06-04' })).toEqual({
      date: '2025-06-04',
      overdue: 0,
      open: 3,
      mine: 2,
    });
    expect(core.call('complaints.counts', { today: '2025-06-05' })).toMatchObject({ overdue: 1 });
    expect(core.call('complaints.counts', { today: '2025-06-10' })).toMatchObject({ overdue: 2 });
    deleteCustomer(core.db, zhang, null);
    expect(core.call('complaints.counts', { today: '2025-06-10' })).toEqual({
      date: '2025-06-10',
      overdue: 1,
      open: 1,
      mine: 0,
    });
  });

  it('hands several complaints to someone else at once, each on its customer’s timeline', () => {
    const result = core.call('complaints.reassign', {
      ids: [ids.urgent ?? '', ids.low ?? '', ids.normal ?? ''],
      staffId: core.otherId,
      reason: '王丽休假',
    });
    // The one already Li Lei's is skipped.
    expect(result).toEqual({ updated: 2, skipped: [ids.normal] });
    expect(list({ view: 'all', ownerId: core.otherId })).toEqual(['urgent', 'normal', 'low']);
    expect(listInteractions(core.db, zhang, 0, 1).rows[0]?.summary).toBe('投诉转交给 Li Lei\n王丽休假');
    expect(() => core.call('complaints.reassign', { ids: [], staffId: core.otherId })).toThrow(/complaints.noIds/);
  });
});
