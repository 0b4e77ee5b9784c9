/**
 * A small branch for the report kinds: two staff (王丽, Li Lei), five customers with Chinese and English names and
 * real mobiles, a year of purchases classified at two month ends, call-backs, complaints and a saved segment.
 */
// Branch dates are local dates: instants map to the same days everywhere.
process.env.TZ = 'Asia/Shanghai';

import { createCustomer } from '../../../electron/core/customers/records';
import { createStaff, ensureDefaultStaff } from '../../../electron/core/staff/staff';
import type { Db } from '../../../electron/core/db/open';
import { reportFormat } from '../../../electron/core/reports/format';
import { reportNumbers, type ReportNumbers } from '../../../electron/core/reports/numbers';
import { translate, type Translate } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/i18n/languages';
import { customer, memoryCore, type TestCore } from '../helpers';

export const yuan = (v: number): number => v * 100;

export interface Branch extends TestCore {
  readonly wangLi: string;
  readonly liLei: string;
  /** Customer ids by name. */
  readonly ids: Readonly<Record<string, string>>;
  readonly call: <T>(channel: string, input: unknown) => Promise<T>;
}

export const sayer =
  (language: Language): Translate =>
  (key, params) =>
    translate(language, key, params);

/** Figures as a masked print in the language writes them. */
export const numbersIn = (language: Language): ReportNumbers => reportNumbers(reportFormat(language, false), language);

/** Reads a value out of the dispatcher's envelope, failing the test on a refusal. */
async function callOf<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

const CUSTOMERS = [
  { name: '张伟', mobile: '13812345678', idNumber: '11010519491231002X', owner: 'wangLi', region: '北京' },
  { name: '王芳', mobile: '13987654321', idNumber: null, owner: 'wangLi', region: '北京' },
  { name: 'Emily Carter', mobile: '13700001111', idNumber: null, owner: 'liLei', region: '上海' },
  { name: '李娜', mobile: '13600002222', idNumber: null, owner: 'liLei', region: '上海' },
  { name: '<img src=x onerror=alert(1)>', mobile: '13500003333', idNumber: null, owner: 'liLei', region: '上海' },
] as const;

export async function branch(): Promise<Branch> {
  const core = memoryCore();
  const db: Db = core.db;
  const wangLi = ensureDefaultStaff(db).id;
  db.prepare("UPDATE staff SET name = '王丽' WHERE id = ?").run(wangLi);
  const liLei = createStaff(db, 'Li Lei').id;
  const call = <T>(channel: string, input: unknown) => callOf<T>(core, channel, input);
  const ids: Record<string, string> = {};
  for (const c of CUSTOMERS) {
    const created = createCustomer(
      db,
      customer({
        name: c.name,
        mobile: c.mobile,
        region: c.region,
        ownerId: c.owner === 'wangLi' ? wangLi : liLei,
        ...(c.idNumber ? { idType: 'residentId', idNumber: c.idNumber } : {}),
      }),
      wangLi,
    );
    ids[c.name] = created.id;
  }
  db.prepare("UPDATE customers SET created_at = '2024-05-01T02:00:00.000Z'").run();
  return { ...core, wangLi, liLei, ids, call };
}

/** Purchases over 2025: 张伟 the largest, then 王芳, Emily; 李娜 buys only in November (moves up at year end). */
export async function purchases(b: Branch): Promise<void> {
  const buy = (name: string, occurredOn: string, amount: number, profit: number) =>
    b.call('purchases.save', {
      id: null,
      customerId: b.ids[name],
      occurredOn,
      maturesOn: null,
      product: '稳健理财A款',
      productId: null,
      riskOverride: null,
      amountCents: yuan(amount),
      profitCents: yuan(profit),
      channel: null,
      notes: null,
    });
  await buy('张伟', '2025-03-10', 50_000, 1_000);
  await buy('张伟', '2025-08-20', 30_000, 600);
  await buy('王芳', '2025-06-01', 15_000, 300);
  await buy('Emily Carter', '2025-04-01', 5_000, 100);
  await buy('<img src=x onerror=alert(1)>', '2025-02-01', 1_000, 20);
  await b.call('segments.compute', { asOf: '2025-10-31' });
  await buy('李娜', '2025-11-15', 60_000, 1_500);
  await b.call('segments.compute', { asOf: '2025-12-31' });
}
