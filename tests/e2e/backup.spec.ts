import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { BackupList } from '../../shared/backup/types';
import { startWebApp, stopWebApp } from '../web-host';
import { test, expect, callApi } from './fixtures';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function openCustomers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
}

async function openBackups(page: Page) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const section = page.getByRole('region', { name: '备份', exact: true });
  await expect(section).toBeVisible();
  return { section, table: section.getByRole('table', { name: '备份列表' }) };
}

test('back up now, add a customer, restore the backup: the customer is gone, the state before is listed', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  let { section, table } = await openBackups(page);
  await section.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/^已备份：dossier-.*-manual\.db（完好）。$/)).toBeVisible();
  const manual = table.getByRole('row').filter({ hasText: '手动' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('完好');
  await expect(manual).toContainText(/\d+(\.\d)? ?(kB|MB|千字节|兆字节)/);

  await callApi(page, 'customers.create', { customer: { kind: 'person', name: '李娜', mobile: '13912345678' } });
  // Made behind the page's back: a reload shows it.
  await page.reload();
  await openCustomers(page);
  await expect(page.getByText('李娜')).toBeVisible();

  ({ section, table } = await openBackups(page));
  await manual.getByRole('button', { name: /^恢复 / }).click();
  const dialog = page.getByRole('dialog', { name: '恢复此备份？' });
  await expect(dialog).toContainText('恢复前会先备份当前状态');
  await dialog.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByText(/^已恢复。恢复前的状态已备份为 dossier-.*-restore\.db。$/)).toBeVisible();
  await expect(dialog).toBeHidden();
  const before = table.getByRole('row').filter({ hasText: '恢复前' });
  await expect(before).toHaveCount(1);
  await expect(before).toContainText('完好');

  await openCustomers(page);
  await expect(page.getByText('李娜')).toHaveCount(0);
});

/**
 * A database with 王芳 and a backup of it made by hand; then the file is overwritten with garbage. The start-up
 * backup (made in a worker) is waited for first, so that the hand-made one is the newest.
 */
const damaged = test.extend<{ dbPath: string }>({
  dbPath: async ({ dbPath }, use) => {
    const web = await startWebApp(ROOT, dbPath);
    const [origin, token] = web.url.split('/#token=') as [string, string];
    const call = async (channel: string, input: unknown) => {
      const reply = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
        body: JSON.stringify(input),
      });
      const body = (await reply.json()) as { ok: boolean; value?: unknown };
      if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body)}`);
      return body.value;
    };
    await expect
      .poll(async () => ((await call('backup.list', {})) as BackupList).backups.map((backup) => backup.reason), {
        timeout: 30_000,
      })
      .toContain('start');
    await call('customers.create', { customer: { kind: 'person', name: '王芳', mobile: '13612345678' } });
    await call('backup.create', {});
    await stopWebApp(web);
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x41));
    await use(dbPath);
  },
});

damaged('started on a damaged file, the app offers the newest good backup and restores it', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: '数据库已损坏' })).toBeVisible();
  await expect(page.getByText(/最新的完好备份是 .* 的备份（.*，手动）。/)).toBeVisible();
  await page.getByRole('button', { name: '恢复此备份' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await expect(page.getByText('王芳')).toBeVisible();
});

test('the schedule and retention: a number out of range is refused at the field, a good one is kept', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const { section } = await openBackups(page);
  await section.getByLabel('备份间隔（小时）').fill('2');
  await section.getByLabel('今天保留份数').fill('60');
  await section.getByRole('button', { name: '保存备份设置' }).click();
  await expect(section.getByText('请输入允许范围内的整数。')).toBeVisible();
  await section.getByLabel('今天保留份数').fill('3');
  await expect(section.getByText('保留今天最多 3 份备份、之前 7 天每天一份、再往前 4 周每周一份。')).toBeVisible();
  await section.getByRole('button', { name: '保存备份设置' }).click();
  await expect(page.getByText('备份设置已保存。')).toBeVisible();

  await page.reload();
  const again = (await openBackups(page)).section;
  await expect(again.getByLabel('备份间隔（小时）')).toHaveValue('2');
  await expect(again.getByLabel('今天保留份数')).toHaveValue('3');
});
