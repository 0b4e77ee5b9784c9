/**
 * A branch with sign-in on and something of everything for two staff members: 陈磊 looks after the company
 * 上海星辰贸易有限公司 and Emily Clark, 王芳 after 张伟, and nobody after 刘洋. Each customer has purchases, a call-back
 * reached with a score, and a campaign call-back; 上海星辰 and 张伟 complained twice each (resolved, with a cause and a
 * countermeasure); the classes are computed. Custom fields hold a second mobile and an old ID number.
 */
import type { Core } from '../../../electron/core/index';
import { branchWithSignIn, call, gatedCore } from './auth-helpers';

/** Every full phone and ID number of the branch: none may reach a staff member's screen. */
export const FULL_NUMBERS = [
  '021-62345678',
  '91350100M000100Y43',
  '13987650000',
  '13655556666',
  '13812345678',
  '310104198802151231',
  '13911112222',
  '310104198001011234',
  '13700001111',
  '13987654321',
];

/** The names of 陈磊's customers and of his customer's contact: never shown to 王芳. */
export const OTHERS_NAMES = ['上海星辰贸易有限公司', 'Emily Clark', '赵敏'];

export async function scopedBranch() {
  const core: Core = gatedCore();
  const ids = await branchWithSignIn(core);
  const asManager = { session: ids.manager };
  const add = async (customer: Record<string, unknown>) =>
    (await call(core, 'customers.create', { customer: customer as never, allowDuplicate: true }, asManager)).id;
  const xingchen = await add({
    kind: 'company',
    name: '上海星辰贸易有限公司',
    phone: '021-62345678',
    idNumber: '91350100M000100Y43',
    ownerId: ids.chenId,
    customFields: { 联系人手机: '13987650000', 行业备注: '外贸' },
  });
  const emily = await add({ kind: 'person', name: 'Emily Clark', mobile: '13655556666', ownerId: ids.chenId });
  const zhang = await add({
    kind: 'person',
    name: '张伟',
    mobile: '13812345678',
    idNumber: '310104198802151231',
    ownerId: ids.wangId,
    customFields: { 备用手机: '13911112222', '身份证(旧)': '310104198001011234', 微信号: 'zhangwei_88' },
  });
  const liu = await add({ kind: 'person', name: '刘洋', mobile: '13700001111', ownerId: null });
  await call(
    core,
    'contacts.save',
    { customerId: xingchen, name: '赵敏', role: 'decision_maker', mobile: '13987654321' },
    asManager,
  );
  const customers = [
    [xingchen, ids.chenId, 2_000_000],
    [emily, ids.chenId, 800_000],
    [zhang, ids.wangId, 500_000],
    [liu, ids.wangId, 100_000],
  ] as const;
  for (const [customerId, staffId, amountCents] of customers) {
    await call(
      core,
      'purchases.save',
      { customerId, occurredOn: '2026-06-03', product: '稳健理财', amountCents, riskOverride: '客户坚持' },
      asManager,
    );
    const cb = await call(core, 'callbacks.create', { customerId, dueOn: '2026-11-02', staffId }, asManager);
    await call(
      core,
      'callbacks.log',
      { id: cb.id, at: '2026-11-02T03:00:00Z', outcome: 'reached', satisfaction: 4 },
      asManager,
    );
    await call(core, 'callbacks.create', { customerId, dueOn: '2030-03-04', staffId }, asManager);
  }
  for (const [customerId, ownerId] of [
    [xingchen, ids.chenId],
    [xingchen, ids.chenId],
    [zhang, ids.wangId],
    [zhang, ids.wangId],
  ] as const) {
    const complaint = await call(
      core,
      'complaints.create',
      {
        customerId,
        receivedAt: '2026-11-03T02:00:00Z',
        channel: 'phone',
        category: 'billing_error',
        words: '对账单金额有误',
        ownerId,
      },
      asManager,
    );
    await call(
      core,
      'complaints.resolve',
      {
        id: complaint.id,
        rootCause: 'process_flaw',
        countermeasure: `核对${customerId === xingchen ? '星辰' : '张伟'}的账单流程`,
        customerTold: '已电话说明',
        at: '2026-11-04T02:00:00Z',
        followUp: null,
      },
      asManager,
    );
  }
  await call(core, 'segments.compute', { asOf: '2026-11-30' }, asManager);
  const wang = (await call(core, 'auth.signIn', { staffId: ids.wangId, secret: '135790' })).session;
  return { core, ...ids, xingchen, emily, zhang, liu, wang, asWang: { session: wang }, asManager };
}
