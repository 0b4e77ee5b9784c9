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

test('an ID type column is read in the import preview as each row’s document', async ({ page }) => {
  test.setTimeout(90_000);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }).click();
  const csv = '姓名,证件类型,证件号码\r\nSheryl Baxter,Passport,533380006\r\n李嘉欣,回乡证,H12345678\r\n';
  await page.setInputFiles('input[type=file]', { name: '证件.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('combobox', { name: '证件类型' })).toHaveText('证件类型');
  await page.getByRole('button', { name: '下一步' }).click();
  const preview = page.getByRole('table', { name: '预览检查' });
  await expect(preview.getByRole('row').filter({ hasText: 'Sheryl Baxter' })).toContainText('护照');
  await expect(preview.getByRole('row').filter({ hasText: '李嘉欣' })).toContainText('港澳居民来往内地通行证');
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(
    page.getByRole('list', { name: '导入' }).getByRole('listitem').filter({ hasText: '新建' }),
  ).toContainText('2');
});
