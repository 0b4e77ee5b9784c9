import { test, expect } from './fixtures';

test('the default phone region is saved, and numbers show as people read them', async ({ page }) => {
  // A settings change, a reload and a new customer: three round trips through the whole app.
  test.slow();
  await page.getByRole('link', { name: '设置' }).click();
  const region = page.getByLabel('电话号码默认地区');
  await expect(region).toContainText('(+86)');
  await region.click();
  await page.getByRole('option', { name: /\(\+852\)$/ }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('电话号码默认地区')).toContainText('(+852)');

  // A Hong Kong mobile typed without +852, and a US number with its extension.
  await page.getByRole('button', { name: '新建客户' }).click();
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
  await page.getByLabel('姓名').fill('陈家明');
  await page.getByLabel('手机').fill('6123 4567');
  await page.getByLabel('其他电话').fill('+1-439-171-1846x4636');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '陈家明' })).toBeVisible();

  await expect(page.getByText('6123 4567', { exact: true })).toBeVisible();
  await expect(page.getByText('+1 439 171 1846 ext. 4636', { exact: true })).toBeVisible();

  // Found by the digits as typed anywhere.
  const search = page.getByRole('combobox', { name: '搜索客户' });
  await search.fill('439-171-1846');
  await expect(page.getByRole('option', { name: /陈家明/ })).toBeVisible();
});
