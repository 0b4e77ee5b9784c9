/** A hand-built branch for the report tests: a person with two years of purchases, visits, a call-back and a complaint. */
import { createStaff } from '../../../electron/core/staff/staff';
import { updateSettings } from '../../../electron/core/settings/settings';
import { unwrap } from '../../../shared/result';
import type { Input } from '../../../shared/contract';
import type { Channel } from '../../../shared/channels';
import type { Output } from '../../../shared/contract';
import { customer, memoryCore, type TestCore } from '../helpers';

export async function call<K extends Channel>(core: TestCore, channel: K, input: Input<K>): Promise<Output<K>> {
  return unwrap(await core.dispatch(channel, input)) as Output<K>;
}

export interface ReportFixture {
  readonly core: TestCore;
  readonly wangId: string;
  readonly staffName: string;
}

/** Purchases of 王芳: [day, product, amount in yuan, profit in yuan | null, channel]. */
export const WANG_PURCHASES: readonly [string, string, number, number | null, string][] = [
  ['2024-03-15', '稳盈理财 90 天', 50_000, 600, '柜台'],
  ['2024-03-28', '大额存单 3 年', 200_000, 2_400, '柜台'],
  ['2024-11-02', '稳盈理财 90 天', 80_000, 900, '手机银行'],
  ['2025-01-20', '黄金积存', 12_000.5, null, '手机银行'],
  ['2025-06-30', '大额存单 3 年', 100_000, 1_300, '柜台'],
];

export async function reportFixture(): Promise<ReportFixture> {
  const core = memoryCore();
  const manager = createStaff(core.db, '周婷');
  updateSettings(core.db, { currentStaffId: manager.id });
  const wang = await call(core, 'customers.create', {
    customer: customer({
      name: '王芳',
      gender: 'female',
      birthDate: '1985-06-15',
      mobile: '13812345678',
      idNumber: '110101198506151249',
      employer: '北京朝阳医院',
      position: '护士长',
      region: '北京市朝阳区',
      address: '北京市朝阳区工体北路8号',
      source: 'referral',
      ownerId: manager.id,
      tags: ['理财', 'VIP'],
    }),
  });
  for (const [day, product, yuan, profit, channel] of WANG_PURCHASES)
    await call(core, 'purchases.save', {
      customerId: wang.id,
      occurredOn: day,
      product,
      amountCents: Math.round(yuan * 100),
      profitCents: profit === null ? null : profit * 100,
      channel,
    });
  await call(core, 'interactions.create', {
    customerId: wang.id,
    kind: 'visit',
    occurredAt: '2024-03-10T02:00:00Z',
    summary: '上门拜访，介绍大额存单',
  });
  await call(core, 'interactions.create', {
    customerId: wang.id,
    kind: 'meeting',
    occurredAt: '2025-06-01T06:30:00Z',
    summary: 'Annual review with her husband',
  });
  await call(core, 'interactions.create', {
    customerId: wang.id,
    kind: 'call',
    occurredAt: '2025-07-01T06:30:00Z',
    summary: '电话问候',
  });
  await call(core, 'callbacks.create', {
    customerId: wang.id,
    dueOn: '2025-07-15',
    purpose: 'after_sale',
    notes: '确认存单到账',
  });
  await call(core, 'complaints.create', {
    customerId: wang.id,
    channel: 'counter',
    category: 'waiting_time',
    words: '周六排队超过一小时',
    receivedAt: '2025-02-08T03:00:00Z',
  });
  return { core, wangId: wang.id, staffName: manager.name };
}
