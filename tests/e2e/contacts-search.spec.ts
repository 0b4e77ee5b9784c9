import { test, expect, callApi } from './fixtures';

test('a contact’s name, initials or mobile finds the company, and the result says which contact', async ({ page }) => {
  // Seven searches, a contact added and removed: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const company = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'company', name: '杭州明远贸易有限公司', phone: '0571-8888 6666' },
  });
  await callApi(page, 'customers.create', { customer: { kind: 'person', name: '周杰', mobile: '13600136000' } });
  await page.goto(`${page.url().split('#')[0]}#/customers/${company.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '杭州明远贸易有限公司' })).toBeVisible();

  await page.getByRole('button', { name: '添加联系人' }).click();
  const dialog = page.getByRole('dialog', { name: '添加联系人' });
  await dialog.getByLabel('姓名').fill('周建国');
  await dialog.getByLabel('电话').fill('139 1234 5678');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const search = page.getByRole('combobox', { name: '搜索客户' });
  const hit = page.getByRole('option', { name: /杭州明远贸易有限公司/ });
  for (const typed of ['周建国', 'zjg', '139 1234 5678']) {
    await search.fill(typed);
    await expect(hit).toContainText('联系人：周建国');
  }
  // Two letters: the company (by its contact) and the person named 周杰 (by name).
  await search.fill('zj');
  await expect(hit).toContainText('联系人：周建国');
  await expect(page.getByRole('option', { name: /周杰/ })).toContainText('拼音');
  await search.fill('周建国');
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${company.id}$`));

  // A removed contact no longer finds the company.
  await page.getByRole('button', { name: '删除联系人周建国' }).click();
  await page.getByRole('dialog', { name: '删除该联系人？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有联系人。')).toBeVisible();
  await search.fill('周建国');
  await expect(page.getByText('没有匹配的客户。')).toBeVisible();
});
