/**
 * When birthday and maturity call-backs plan themselves without a scheduler: at start-up, on the reminder timer, and
 * after a customer, a purchase or an import brings a birth or maturity date. The clock is fixed at Monday 9 June
 * 2025, 10:00 in Beijing.
 */
process.env.TZ = 'Asia/Shanghai';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/index';
import type { Callback } from '../../../shared/callbacks/types';
import type { Customer } from '../../../shared/customers/types';
import type { JobStatus } from '../../../shared/import/types';
import type { Purchase } from '../../../shared/purchases/types';
import type { Page } from '../../../shared/records';
import { memoryCore, withDb, type TestCore } from '../helpers';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-06-09T10:00:00+08:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

async function call<T>(core: Pick<TestCore, 'dispatch'>, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

const queue = (core: Pick<TestCore, 'dispatch'>) =>
  call<Page<Callback>>(core, 'callbacks.queue', { view: 'all', includeClosed: true });

describe('birthday and maturity call-backs plan themselves', () => {
  it('when a customer is saved with a birthday coming up, and when a purchase is saved with a maturity date', async () => {
    const core = memoryCore();
    const zhang = await call<Customer>(core, 'customers.create', {
      customer: { kind: 'person', name: '张伟', mobile: '138 0013 8000', birthDate: '1985-06-12' },
    });
    expect((await queue(core)).rows).toMatchObject([
      { customerId: zhang.id, purpose: 'birthday', dueOn: '2025-06-09' },
    ]);

    const emily = await call<Customer>(core, 'customers.create', {
      customer: { kind: 'person', name: 'Emily Chen', mobile: '+86 139-0013-9000' },
    });
    await call(core, 'customers.update', {
      id: emily.id,
      customer: { kind: 'person', name: 'Emily Chen', mobile: '+86 139-0013-9000', birthDate: '1990-06-11' },
    });
    await call<Purchase>(core, 'purchases.save', {
      customerId: emily.id,
      occurredOn: '2024-06-16',
      maturesOn: '2025-06-16',
      product: '稳健理财A款',
      amountCents: 5_000_000,
    });
    const rows = (await queue(core)).rows.filter((c) => c.customerId === emily.id);
    expect(rows.map((c) => [c.purpose, c.notes])).toEqual([
      ['birthday', '生日 6月11日'],
      ['product_maturity', '理财产品「稳健理财A款」6月16日到期'],
    ]);
  });

  it('and a maturity call-back still open is cancelled when its date changes or its purchase is deleted', async () => {
    const core = memoryCore();
    const li = await call<Customer>(core, 'customers.create', {
      customer: { kind: 'person', name: '李娜', mobile: '139 1234 5678' },
    });
    const purchase = { customerId: li.id, occurredOn: '2024-06-16', product: '稳健理财A款', amountCents: 5_000_000 };
    const fund = await call<Purchase>(core, 'purchases.save', { ...purchase, maturesOn: '2025-06-16' });
    // Moved three days earlier: within the week ahead, so the new date is planned at once.
    await call(core, 'purchases.save', { ...purchase, id: fund.id, maturesOn: '2025-06-13' });
    expect((await queue(core)).rows.map((c) => [c.state, c.notes, c.cancelledReason])).toEqual([
      ['cancelled', '理财产品「稳健理财A款」6月16日到期', '到期日已改为 6月13日'],
      ['open', '理财产品「稳健理财A款」6月13日到期', null],
    ]);
    await call(core, 'purchases.delete', { id: fund.id });
    expect((await queue(core)).rows.map((c) => [c.state, c.cancelledReason])).toEqual([
      ['cancelled', '到期日已改为 6月13日'],
      ['cancelled', '购买记录或其到期日已删除'],
    ]);
  });

  it('when an import brings maturity dates ("到期日")', async () => {
    const core = memoryCore();
    await call(core, 'customers.create', {
      customer: { kind: 'person', name: '李娜', mobile: '139 1234 5678' },
    });
    const csv = '姓名,手机,日期,产品,金额,到期日\n李娜,13912345678,2024/6/14,三年期存单,100000,2025/6/13\n';
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: '理财到期.csv',
      data: new Uint8Array(Buffer.from(csv)),
    });
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { fileId, target: 'transactions' });
    let status: JobStatus = await call<JobStatus>(core, 'jobs.get', { jobId });
    for (let i = 0; status.state === 'running' && i < 200; i += 1) {
      await new Promise((r) => setImmediate(r));
      status = await call<JobStatus>(core, 'jobs.get', { jobId });
    }
    expect(status.state).toBe('done');
    expect((await queue(core)).rows).toMatchObject([
      { purpose: 'product_maturity', dueOn: '2025-06-09', notes: '理财产品「三年期存单」6月13日到期' },
    ]);
  });

  it('when the app starts and on the reminder timer, once', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-occasions-')), 'branch.db');
    const first = createCore({ dbPath, host: 'web' });
    // Written straight into the file, as another Dossier or an older version would have left it.
    await call(first, 'customers.create', { customer: { kind: 'person', name: '王芳', mobile: '137 0013 7000' } });
    first.close();
    withDb(dbPath, (db) => db.prepare("UPDATE customers SET birth_date = '1979-06-12'").run());

    const started = createCore({ dbPath, host: 'web' });
    expect((await queue(started)).rows).toMatchObject([{ purpose: 'birthday', notes: '生日 6月12日' }]);
    started.close();

    withDb(dbPath, (db) => db.prepare("UPDATE customers SET birth_date = '1979-06-13'").run());
    const again = createCore({ dbPath, host: 'web' });
    expect((await queue(again)).total).toBe(1);
    // Tuesday: the timer's call plans the next day's birthdays before it reminds.
    vi.setSystemTime(new Date('2025-06-10T09:05:00+08:00'));
    await call(again, 'customers.create', {
      customer: { kind: 'person', name: 'Tom Li', mobile: '136 0013 6000' },
    });
    withDb(dbPath, (db) => db.prepare("UPDATE customers SET birth_date = '1991-06-13' WHERE name = 'Tom Li'").run());
    const reminders = await call<{ dueNow: readonly Callback[] }>(again, 'callbacks.reminders', {});
    expect(reminders.dueNow.map((c) => c.notes)).toContain('生日 6月13日');
    expect((await queue(again)).total).toBe(2);
    again.close();
  });
});
