import { readFileSync } from 'node:fs';
import { openDatabase } from '../../electron/core/db/open';
import { createDispatch } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { test as base, callApi, expect } from './fixtures';

/**
 * Four customers and their purchases of the last month: 张伟 ¥100,000 and 李娜 ¥60,000 are A, 王芳 ¥30,000 is B,
 * Emily Chen bought nothing and is C. The A customers' analysis reports are printed in one batch.
 */
const test = base.extend({
  dbPath: async ({ dbPath }, use) => {
    const db = openDatabase(dbPath);
    const dispatch = createDispatch(createHandlers({ db, dbPath, host: 'web', version: 'e2e' }));
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    for (const [name, mobile, yuan] of [
      ['张伟', '13812345678', 100_000],
      ['李娜', '13987654321', 60_000],
      ['王芳', '15012345678', 30_000],
      ['Emily Chen', '13700001111', 0],
    ] as const) {
      const reply = await dispatch('customers.create', { customer: { kind: 'person', name, mobile } });
      if (!reply.ok) throw new Error(reply.error.message);
      const { id } = reply.value as { id: string };
      if (yuan === 0) continue;
      const bought = await dispatch('purchases.save', {
        customerId: id,
        occurredOn: lastMonth,
        product: '大额存单',
        amountCents: yuan * 100,
        profitCents: yuan,
      });
      if (!bought.ok) throw new Error(bought.error.message);
    }
    db.close();
    await use(dbPath);
  },
});

test('print the analysis reports of a segment in batch: progress, then one PDF per customer in a zip', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await callApi(page, 'segments.compute', {});
  await page.goto(`${page.url().split('#')[0]}#/?class=abc:A`);
  await expect(page.getByText('共 2 个客户')).toBeVisible();

  await page.getByRole('button', { name: '批量打印报告' }).click();
  const dialog = page.getByRole('dialog', { name: '批量打印客户分析报告' });
  await expect(dialog.getByText('为此名单中的 2 位客户各打印一份客户分析报告。')).toBeVisible();
  await expect(dialog.getByLabel('每位客户一个 PDF（打包为 .zip）')).toBeChecked();

  const pending = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: '开始打印' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('客户分析报告.zip');
  await expect(dialog.getByText('完成：共 2 份报告，已保存为 客户分析报告.zip。')).toBeVisible();

  // The zip holds the A customers' reports, in name order (李 before 张), each a PDF; 王芳 (B) is not in it.
  const zip = readFileSync(await download.path());
  const names = zip.toString('utf8');
  expect(names).toContain('1 李娜.pdf');
  expect(names).toContain('2 张伟.pdf');
  expect(names).not.toContain('王芳');
  expect(zip.toString('latin1').match(/%PDF-/g)).toHaveLength(2);

  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});
