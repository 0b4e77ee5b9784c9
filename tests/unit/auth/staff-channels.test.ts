/**
 * Every channel a staff member may call whose answer can hold a customer's name, phone or ID number, called as 王芳:
 * nothing of 陈磊's customers appears, and every phone and ID number (her own customers' too) is masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ACCESS } from '../../../shared/auth/access';
import type { Channel } from '../../../shared/channels';
import { call } from './auth-helpers';
import { FULL_NUMBERS, OTHERS_NAMES, scopedBranch } from './scope-branch';

type Branch = Awaited<ReturnType<typeof scopedBranch>>;
let b: Branch;

beforeAll(async () => {
  b = await scopedBranch();
  const { core, asManager, asWang } = b;
  // What the other lists read: expired risk assessments, a saved and a frozen segment, a report draft of hers.
  for (const customerId of [b.xingchen, b.emily, b.zhang, b.liu])
    await call(
      core,
      'risk.assess',
      { customerId, level: 1, assessedOn: '2024-01-02', expiresOn: '2025-01-02' },
      asManager,
    );
  await call(core, 'products.save', { name: '私募股权', riskRating: 5 }, asManager);
  for (const customerId of [b.xingchen, b.zhang])
    await call(
      core,
      'purchases.save',
      { customerId, occurredOn: '2026-07-01', product: '私募股权', amountCents: 100_000_000, riskOverride: '客户坚持' },
      asManager,
    );
  await call(
    core,
    'purchases.save',
    { customerId: b.emily, occurredOn: '2026-07-02', product: '黄金积存', amountCents: 50_000 },
    asManager,
  );
  await call(core, 'savedSegments.create', { name: '全部客户', filter: { query: '' } }, asManager);
  await call(
    core,
    'savedSegments.create',
    { name: '年末名单', kind: 'frozen', filter: { query: '', ids: [b.xingchen, b.emily, b.zhang, b.liu] } },
    asManager,
  );
  await call(core, 'reports.drafts.save', { customerId: b.zhang, texts: { purpose: '年度回顾' } }, asWang);
  // 陈磊's 周杰, in the recycle bin.
  const zhou = await call(
    core,
    'customers.create',
    { customer: { kind: 'person', name: '周杰', mobile: '13822223333', ownerId: b.chenId } },
    asManager,
  );
  await call(core, 'customers.delete', { id: zhou.id }, asManager);
}, 120_000);
afterAll(() => b?.core.close());

/** Each call as 王芳, by channel; a channel may appear more than once with other inputs. */
const rows = (): [Channel, unknown][] => [
  ['customers.search', { query: '上海星辰' }],
  ['customers.search', { query: '13987650000' }],
  ['customers.search', { query: '张伟' }],
  ['customers.list', {}],
  ['customers.list', { query: '021-62345678' }],
  ['customers.facets', {}],
  ['customers.get', { id: b.zhang }],
  ['customers.get', { id: b.liu }],
  ['customers.duplicates', { customer: { kind: 'person', name: '张伟', mobile: '13812345678' } }],
  ['customers.duplicates', { customer: { kind: 'company', name: '上海星辰贸易有限公司', phone: '021-62345678' } }],
  ['customers.duplicates', { customer: { kind: 'person', name: 'Emily Clark', mobile: '13655556666' } }],
  ['customers.trash', {}],
  ['interactions.list', { customerId: b.zhang }],
  ['purchases.list', { customerId: b.zhang }],
  ['callbacks.queue', { view: 'all' }],
  ['callbacks.counts', {}],
  ['callbacks.report', {}],
  ['callbacks.reminders', { now: '2030-03-04T23:00:00+08:00', peek: true }],
  ['campaigns.list', {}],
  ['cadence.get', { customerId: b.zhang }],
  ['cadence.statuses', { customerIds: [b.zhang, b.liu] }],
  ['segments.overview', {}],
  ['segments.customer', { customerId: b.zhang }],
  ['segments.migration', { scheme: 'rfm', from: '2026-10', to: '2026-11' }],
  ['products.unknown', {}],
  ['risk.get', { customerId: b.zhang }],
  ['risk.due', { list: 'expired' }],
  ['risk.mismatches', {}],
  ['savedSegments.list', {}],
  ['savedSegments.get', { name: '年末名单' }],
  ['complaints.list', { view: 'all' }],
  ['complaints.counts', {}],
  ['complaints.report', { from: '2026-11-01', to: '2026-11-30' }],
  ['audit.list', {}],
  ['audit.list', { customerId: b.zhang }],
  ['staff.list', {}],
  ['reports.drafts.list', { customerId: b.zhang }],
  ['reports.preview', { kind: 'customer', params: { customerId: b.zhang } }],
  ['reports.preview', { kind: 'list', params: { columns: ['mobile', 'phone', 'idNumber', 'owner'] } }],
  ['reports.preview', { kind: 'list', params: { segmentName: '年末名单', columns: ['mobile'] } }],
  ['reports.preview', { kind: 'callbacks', params: {} }],
  ['reports.preview', { kind: 'complaints', params: { from: '2026-11-01', to: '2026-11-30' } }],
  ['reports.preview', { kind: 'segments', params: { classKey: 'abc:A' } }],
];

describe('what a staff member is answered', { timeout: 120_000 }, () => {
  it('holds nothing of another’s customers and no whole phone or ID number, on every channel they may call', async () => {
    const found: string[] = [];
    for (const [channel, input] of rows()) {
      expect(CHANNEL_ACCESS[channel]).toBe('staff');
      const reply = await b.core.dispatch(channel, input, b.asWang);
      if (!reply.ok) {
        found.push(`${channel} refused: ${reply.error.message}`);
        continue;
      }
      const text = JSON.stringify(reply.value);
      for (const name of [...OTHERS_NAMES, '周杰']) if (text.includes(name)) found.push(`${channel} names ${name}`);
      for (const full of [...FULL_NUMBERS, '13822223333'])
        if (text.includes(full)) found.push(`${channel} shows ${full}`);
    }
    expect(found).toEqual([]);
  });

  it('answers her own customers in those same lists (the table is not empty-handed)', async () => {
    const list = await call(b.core, 'customers.list', {}, b.asWang);
    expect(list.rows.map((r) => [r.name, r.mobile]).sort()).toEqual([
      ['刘洋', '137****1111'],
      ['张伟', '138****5678'],
    ]);
    // A likely duplicate among 陈磊's customers is told without who it is; the create is stopped all the same.
    const same = await call(
      b.core,
      'customers.duplicates',
      { customer: { kind: 'person', name: '克拉克', mobile: '13655556666' } },
      b.asWang,
    );
    expect(same.map((d) => [d.elsewhere, d.name, d.reasons])).toEqual([[true, '', ['mobile']]]);
    const create = await b.core.dispatch(
      'customers.create',
      { customer: { kind: 'person', name: '克拉克', mobile: '13655556666' } },
      b.asWang,
    );
    expect(create.ok ? 'created' : [create.error.code, create.error.message]).toEqual([
      'conflict',
      "A customer with the same mobile exists: a colleague's",
    ]);
    const frozen = await call(b.core, 'savedSegments.get', { name: '年末名单' }, b.asWang);
    expect(frozen.count).toBe(2);
    const report = await call(b.core, 'reports.preview', { kind: 'list', params: { columns: ['mobile'] } }, b.asWang);
    expect([report.html.includes('张伟'), report.html.includes('138****5678')]).toEqual([true, true]);
    // The manager is answered everything, whole.
    const all = JSON.stringify(await call(b.core, 'customers.list', {}, b.asManager));
    expect([all.includes('上海星辰贸易有限公司'), all.includes('021-62345678')]).toEqual([true, true]);
  });
});
