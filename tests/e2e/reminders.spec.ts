import type { Page } from '@playwright/test';
import { openDatabase } from '../../electron/core/db/open';
import { createDispatch } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { test as base, expect } from './fixtures';

/** A Wednesday two to three weeks ahead: a working day that no call-back comes due on during the test. */
function futureWednesday(): string {
  const day = new Date();
  day.setDate(day.getDate() + 14 + ((3 - day.getDay() + 7) % 7));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const PLANNED_ON = futureWednesday();

/** The database as Dossier left it when closed: one call-back that came due since, one planned weeks ahead. */
const test = base.extend({
  dbPath: async ({ dbPath }, use) => {
    // The core itself, not its index: that reads package.json, which an ES module may not import plainly.
    const db = openDatabase(dbPath);
    const dispatch = createDispatch(createHandlers({ db, dbPath, host: 'web', version: 'e2e' }));
    const call = async (channel: string, input: unknown): Promise<{ id: string }> => {
      const reply = await dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
      return reply.value as { id: string };
    };
    const wang = await call('customers.create', { customer: { kind: 'person', name: '王芳', mobile: '13800138000' } });
    const zhang = await call('customers.create', { customer: { kind: 'person', name: '张伟', mobile: '13900139000' } });
    await call('callbacks.create', {
      customerId: wang.id,
      dueOn: '2025-06-04',
      windowStart: '10:00',
      windowEnd: '11:00',
      purpose: 'after_sale',
    });
    await call('callbacks.create', { customerId: zhang.id, dueOn: PLANNED_ON });
    db.close();
    await use(dbPath);
  },
});

/** Calls a channel from the page, with the token the web host handed it. */
function callApi<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      // Runs in the page; the e2e tsconfig has no DOM types.
      const storage = (globalThis as { sessionStorage?: { getItem(key: string): string | null } }).sessionStorage;
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Dossier-Token': storage?.getItem('dossier.token') ?? '',
        },
        body: JSON.stringify(input),
      });
      const reply = (await response.json()) as { ok: boolean; value: unknown };
      return reply.value as T;
    },
    { channel, input },
  );
}

test.skip(process.env.DOSSIER_E2E_TARGET === 'electron', 'On the desktop the main process shows OS notifications.');

test('a call-back that came due while Dossier was closed is announced once, not again after a reload', async ({
  page,
}) => {
  const reminders = page.getByRole('region', { name: '回访提醒' });
  await expect(reminders.getByText('客户档案关闭期间，有 1 个回访已到期。')).toBeVisible();
  await expect(reminders.getByText('王芳')).toBeVisible();

  await reminders.getByRole('button', { name: '打开回访列表' }).click();
  await expect(page).toHaveURL(/#\/callbacks$/);
  await expect(reminders).toHaveCount(0);

  const polled = page.waitForResponse((r) => r.url().endsWith('/api/callbacks.reminders'));
  await page.reload();
  const reply = (await (await polled).json()) as { value: { total: number } };
  expect(reply.value.total).toBe(0);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(reminders).toHaveCount(0);
});

test('a holiday added in Settings moves an open call-back off that day', async ({ page }) => {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const calendar = page.getByRole('region', { name: '节假日与调休' });
  await calendar.getByLabel('日期', { exact: true }).fill(PLANNED_ON);
  await calendar.getByLabel('名称（选填）').fill('网点装修');
  await calendar.getByRole('button', { name: '添加' }).click();

  await expect(page.getByText('节假日已保存，1 个待回访已顺延到下一个工作日。')).toBeVisible();
  await expect(calendar.getByRole('row', { name: /网点装修/ })).toContainText('放假');

  const open = await callApi<{ rows: { customerName: string; dueOn: string }[] }>(page, 'callbacks.queue', {
    view: 'all',
  });
  const zhang = open.rows.find((r) => r.customerName === '张伟');
  const thursday = new Date(`${PLANNED_ON}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 1);
  expect(zhang?.dueOn).toBe(thursday.toISOString().slice(0, 10));
});
