/** Trying Dossier out: demo data goes only into a database without customers, never among a branch's own. */
import { describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer } from '../../../electron/core/customers/records';
import type { QueueCounts } from '../../../shared/callbacks/types';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import type { SearchHit } from '../../../shared/search/types';
import { customer, memoryCore } from '../helpers';

describe('demo data', () => {
  it('fills an empty database with customers that search finds and a call-back queue', async () => {
    const core = memoryCore();
    const added = await core.dispatch('demo.seed', {});
    expect(added).toEqual({ ok: true, value: { customers: 300, callbacks: expect.any(Number) as number } });
    const value = async <T>(channel: string, input: unknown): Promise<T> => {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as T;
    };
    const list = await value<Page<CustomerRow>>('customers.list', {});
    expect(list.total).toBe(300);
    expect((await value<QueueCounts>('callbacks.counts', {})).open).toBeGreaterThan(0);
    const first = list.rows[0];
    const found = await value<SearchHit[]>('customers.search', { query: first?.name ?? '' });
    expect(found.map((hit) => hit.id)).toContain(first?.id);
  });

  it('is refused once the branch has a customer, even one in the recycle bin, and adds nothing', async () => {
    const core = memoryCore();
    const zhang = createCustomer(core.db, customer({ name: '张伟', mobile: '13800138000' }), null);
    deleteCustomer(core.db, zhang.id, null);
    const refused = await core.dispatch('demo.seed', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ code: 'demo.notEmpty' }] } });
    expect(core.db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 1 });
    expect(core.db.prepare('SELECT count(*) AS n FROM callbacks').get()).toEqual({ n: 0 });
  });
});
