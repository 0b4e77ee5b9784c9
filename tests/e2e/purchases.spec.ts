import { test, expect, callApi, figure } from './fixtures';
import type { Page } from '@playwright/test';

/** A customer as an import leaves one: two columns the dossier has no field for, kept as custom fields. */
async function seedCustomer(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await callApi(page, 'customers.create', {
    customer: {
      kind: 'person',
      name: '张伟',
      mobile: '138 0013 8000',
      idNumber: '11010519491231002X',
      employer: '杭州恒达机械有限公司',
      customFields: { 微信号: 'zhangwei_88', 开户网点: '朝阳支行' },
    },
  });
  await page.reload();
  await page.getByRole('combobox', { name: '搜索客户' }).fill('zw');
  await page.getByRole('option', { name: /张伟/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '张伟' })).toBeVisible();
}

const section = (page: Page, title: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

test('purchases on a customer’s page: added, corrected, deleted, with the totals kept up', async ({ page }) => {
  await seedCustomer(page);
  const purchases = section(page, '购买记录');
  await expect(purchases.getByText('还没有购买记录。')).toBeVisible();

  // Add: amounts typed the way people type them, in yuan.
  await purchases.getByRole('button', { name: '添加购买记录' }).click();
  let dialog = page.getByRole('dialog', { name: '添加购买记录' });
  await dialog.getByLabel('日期').fill('2026-03-01');
  await dialog.getByLabel('产品').fill('稳健理财A款');
  await dialog.getByLabel('金额（元）').fill('50,000');
  await dialog.getByLabel('毛利（元）').fill('¥300.5');
  await dialog.getByLabel('渠道').fill('网点');
  await dialog.getByLabel('备注').fill('客户经理推荐');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('购买记录已保存。')).toBeVisible();
  const table = purchases.getByRole('table', { name: '购买记录' });
  await expect(table.getByRole('row')).toHaveCount(1 + 1);
  const first = table.getByRole('row', { name: /稳健理财A款/ });
  await expect(first).toContainText('2026年3月1日');
  await expect(first).toContainText('客户经理推荐');
  await expect(first).toContainText('¥50,000.00');
  await expect(first).toContainText('¥300.50');
  await expect(first).toContainText('网点');

  // A second one, without an amount at first: the dialog says what is missing and saves nothing.
  await purchases.getByRole('button', { name: '添加购买记录' }).click();
  dialog = page.getByRole('dialog', { name: '添加购买记录' });
  await dialog.getByLabel('日期').fill('2026-04-02');
  await dialog.getByLabel('产品').fill('基金定投');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('金额无效。')).toBeVisible();
  await dialog.getByLabel('金额（元）').fill('2000');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  // Newest first, and the total covers both.
  await expect(table.getByRole('row')).toHaveCount(1 + 2);
  await expect(table.getByRole('row').nth(1)).toContainText('基金定投');
  await expect(table.getByRole('row').nth(2)).toContainText('稳健理财A款');
  await expect(purchases.getByText('共 2 笔，合计 ¥52,000.00')).toBeVisible();

  // Edit: the dialog opens with the purchase as saved; a corrected product and amount replace it.
  await table.getByRole('button', { name: '编辑购买记录稳健理财A款' }).click();
  dialog = page.getByRole('dialog', { name: '编辑购买记录' });
  await expect(dialog.getByLabel('日期')).toHaveValue('2026-03-01');
  await expect(dialog.getByLabel('产品')).toHaveValue('稳健理财A款');
  await expect(dialog.getByLabel('金额（元）')).toHaveValue('50000');
  await expect(dialog.getByLabel('毛利（元）')).toHaveValue('300.5');
  await dialog.getByLabel('产品').fill('稳健理财B款');
  await dialog.getByLabel('金额（元）').fill('80000');
  await dialog.getByLabel('毛利（元）').fill('');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row')).toHaveCount(1 + 2);
  await expect(table.getByRole('row', { name: /稳健理财A款/ })).toHaveCount(0);
  const edited = table.getByRole('row', { name: /稳健理财B款/ });
  await expect(edited).toContainText('¥80,000.00');
  await expect(edited).toContainText('2026年3月1日');
  await expect(edited).not.toContainText('¥300.50');
  await expect(purchases.getByText('共 2 笔，合计 ¥82,000.00')).toBeVisible();

  // Delete, after confirming which one.
  await table.getByRole('button', { name: '删除购买记录基金定投' }).click();
  const confirm = page.getByRole('dialog', { name: '删除该购买记录？' });
  await expect(confirm).toContainText('确定删除 2026年4月2日 的“基金定投”吗？');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('购买记录已删除。')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(1 + 1);
  await expect(table.getByRole('row', { name: /基金定投/ })).toHaveCount(0);
  await expect(purchases.getByText('共 1 笔，合计 ¥80,000.00')).toBeVisible();

  // All of it was saved, not only shown: the page reads it back the same.
  await page.reload();
  await expect(section(page, '购买记录').getByRole('row', { name: /稳健理财B款/ })).toContainText('¥80,000.00');
  await expect(section(page, '购买记录').getByRole('row')).toHaveCount(1 + 1);
});

test('a custom field value kept from an import is edited on the customer and found by search', async ({ page }) => {
  await seedCustomer(page);
  await expect(figure(page, '开户网点')).toHaveText('朝阳支行');
  await expect(figure(page, '微信号')).toHaveText('zhangwei_88');

  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: '编辑客户' })).toBeVisible();
  const fields = section(page, '其他字段');
  const labels = fields.getByRole('textbox', { name: '字段名' });
  const values = fields.getByRole('textbox', { name: '内容' });
  await expect(labels).toHaveCount(2);
  await expect(labels.nth(1)).toHaveValue('开户网点');
  await expect(values.nth(1)).toHaveValue('朝阳支行');
  await values.nth(1).fill('国贸支行');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '张伟' })).toBeVisible();
  await expect(figure(page, '开户网点')).toHaveText('国贸支行');
  await expect(figure(page, '微信号')).toHaveText('zhangwei_88');
  await expect(page.getByText('朝阳支行')).toHaveCount(0);

  // The new value is what search finds; the old one no longer finds the customer.
  await page.getByRole('link', { name: '客户', exact: true }).click();
  const search = page.getByRole('combobox', { name: '搜索客户' });
  await search.fill('国贸支行');
  await expect(page.getByRole('option', { name: /张伟/ })).toBeVisible();
  await search.fill('朝阳支行');
  await expect(page.getByText('没有匹配的客户。')).toBeVisible();
});
