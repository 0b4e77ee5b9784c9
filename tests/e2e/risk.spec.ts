import { test, expect, callApi } from './fixtures';
import type { Page } from '@playwright/test';

const section = (page: Page, title: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

async function openCustomer(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: '搜索客户' }).fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a purchase above the customer’s risk level is stopped, goes on with a reason, and is listed', async ({
  page,
}) => {
  // Four screens and six dialogs.
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await callApi(page, 'customers.create', { customer: { kind: 'person', name: '张伟', mobile: '138 1234 5678' } });
  await page.reload();

  // The catalogue: a stock fund rated R4.
  await page.getByRole('link', { name: '产品目录' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '产品目录' })).toBeVisible();
  await page.getByRole('button', { name: '添加产品' }).click();
  let dialog = page.getByRole('dialog', { name: '添加产品' });
  await dialog.getByLabel('产品名称').fill('股票基金');
  await dialog.getByLabel('类别').fill('基金');
  await dialog.getByRole('combobox', { name: '风险等级' }).click();
  await page.getByRole('option', { name: 'R4 中高风险' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: '产品目录' }).getByRole('row', { name: /股票基金/ })).toContainText(
    'R4',
  );

  // The customer is assessed C2 稳健型: valid for a year.
  await openCustomer(page, '张伟');
  const risk = section(page, '风险承受能力');
  await expect(risk.getByText('尚未评估：只能购买 R1 产品。')).toBeVisible();
  await risk.getByRole('button', { name: '重新评估' }).click();
  dialog = page.getByRole('dialog', { name: '风险承受能力评估' });
  await dialog.getByRole('combobox', { name: '风险等级' }).click();
  await page.getByRole('option', { name: 'C2 稳健型' }).click();
  await dialog.getByLabel('备注').fill('问卷 38 分');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(risk.getByTestId('risk-level')).toHaveText('C2 稳健型');
  await expect(risk.getByText(/^到期日 /)).toBeVisible();

  // The R4 fund picked from the catalogue: the form warns before saving, the core refuses, and a reason lets it through.
  const purchases = section(page, '购买记录');
  await purchases.getByRole('button', { name: '添加购买记录' }).click();
  dialog = page.getByRole('dialog', { name: '添加购买记录' });
  await dialog.getByLabel('产品').fill('股票');
  await page.getByRole('option', { name: /股票基金/ }).click();
  await expect(dialog.getByText('基金 · R4 中高风险')).toBeVisible();
  await dialog.getByLabel('金额（元）').fill('200,000');
  await expect(dialog.getByText('“股票基金”的风险等级为 R4，高于客户的风险承受能力 C2。')).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  const warning = page.getByRole('dialog', { name: '风险不匹配' });
  await expect(warning.getByText('“股票基金”的风险等级为 R4，高于客户的风险承受能力 C2。')).toBeVisible();
  // No reason, no purchase.
  await warning.getByRole('button', { name: '记录原因并保存' }).click();
  await expect(warning.getByText('请填写原因。')).toBeVisible();
  await warning.getByLabel('继续购买的原因').fill('客户坚持购买，已签署风险揭示书');
  await warning.getByRole('button', { name: '记录原因并保存' }).click();
  await expect(warning).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('购买记录已保存。')).toBeVisible();
  const row = purchases.getByRole('table', { name: '购买记录' }).getByRole('row', { name: /股票基金/ });
  await expect(row).toContainText('R4');
  await expect(row).toContainText('超风险等级销售：客户坚持购买，已签署风险揭示书');

  // Listed as a mismatch, with the level then and the reason.
  await page.getByRole('link', { name: '风险匹配' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '风险匹配' })).toBeVisible();
  const grid = page.getByRole('grid', { name: '风险不匹配' });
  const mismatch = grid.getByRole('row', { name: /张伟/ });
  await expect(mismatch).toContainText('股票基金');
  await expect(mismatch).toContainText('C2');
  await expect(mismatch).toContainText('¥200,000.00');
  await expect(mismatch).toContainText('客户坚持购买，已签署风险揭示书');
});
