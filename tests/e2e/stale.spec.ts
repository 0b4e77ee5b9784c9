import { test, expect, callApi } from './fixtures';

/** Screens follow what just happened without a reload, and say so when the app behind them is gone. */
test('a customer deleted and restored takes their call-back out of the queue and back, with the count', async ({
  page,
}) => {
  const created = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '欧阳明华', mobile: '13800138000' },
  });
  // Due long ago: overdue whatever day the test runs.
  await callApi(page, 'callbacks.create', { customerId: created.id, dueOn: '2020-03-02', purpose: 'after_sale' });
  await page.reload();
  const count = page.getByRole('navigation', { name: '主导航' }).getByLabel(/逾期 1 个/);
  await expect(count).toBeVisible();

  await page.goto(page.url().replace(/#.*$/, `#/customers/${created.id}`));
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除该客户？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已移到回收站')).toBeVisible();
  await expect(count).toHaveCount(0);

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '欧阳明华' })).toBeVisible();
  await expect(count).toBeVisible();
});

test('while the app does not answer, the search box says so instead of "no customer matches"', async ({ page }) => {
  await page.route('**/api/customers.search', (route) => route.abort('connectionrefused'));
  await page.getByRole('combobox', { name: '搜索客户' }).fill('张伟');
  await expect(page.getByText('无法连接客户档案服务，请确认程序仍在运行。')).toBeVisible();
  await expect(page.getByText('没有匹配的客户。')).toHaveCount(0);
});
