import { test, expect } from './fixtures';

test('a customer’s ID document is chosen beside the number, checked as that document, shown and changed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByLabel('姓名').fill('陈美玲');
  await page.getByRole('combobox', { name: '证件类型' }).click();
  await page.getByRole('option', { name: '港澳台居民居住证' }).click();
  // A mainland resident ID is not a residence permit.
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByText('港澳台居民居住证号码应为18位', { exact: false })).toBeVisible();

  await page.getByLabel('证件号码').fill('82000019751224002X');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '陈美玲' })).toBeVisible();
  const profile = page.getByRole('main');
  await expect(profile).toContainText('港澳台居民居住证');
  await expect(profile).toContainText('82000019751224002X');
  // The permit carries the birth date, as a resident ID does.
  await expect(profile).toContainText('1975年12月24日');

  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('combobox', { name: '证件类型' })).toHaveText('港澳台居民居住证');
  await page.getByRole('combobox', { name: '证件类型' }).click();
  await page.getByRole('option', { name: '护照' }).click();
  await page.getByLabel('证件号码').fill('E12345678');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '陈美玲' })).toBeVisible();
  await expect(profile).toContainText('护照');
  await expect(profile).toContainText('E12345678');
});
