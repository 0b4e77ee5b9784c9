import { test, expect, callApi } from './fixtures';

test('switching to English in Settings sticks after a reload', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByLabel('界面语言').click();
  await page.getByRole('option', { name: 'English' }).click();

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();

  // Back to following the system (zh-CN here).
  await page.getByLabel('Language').click();
  await page.getByRole('option', { name: 'Follow the system' }).click();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }),
  ).toBeVisible();
});

test.describe('on an English system', () => {
  test.use({ appLocale: 'en' });

  test('the UI starts in English', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Recycle bin' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
    await expect(page.getByText('0 customers')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search customers' })).toBeVisible();

    await page.getByRole('button', { name: 'New customer' }).click();
    await page.getByLabel('Name').fill('Zhang Wei');
    await page.getByLabel('Mobile').fill('1381234');
    await page.getByLabel('Mobile').blur();
    await expect(page.getByText('Too few digits for a phone number.')).toBeVisible();
  });

  test('counts read "1 month" and "1 year old", not "1 months"', async ({ page }) => {
    const birthDate = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
    const emily = await callApi<{ id: string }>(page, 'customers.create', {
      customer: { kind: 'person', name: 'Emily Chen', mobile: '15012345678', birthDate },
      allowDuplicate: true,
    });
    await callApi(page, 'cadence.set', { customerId: emily.id, cadence: { every: 1, unit: 'months', mode: 'fixed' } });
    await page.goto(page.url().replace(/#.*$/, `#/customers/${emily.id}`));
    await expect(page.getByText('(1 year old)')).toBeVisible();
    await expect(page.getByText('Every 1 month', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Cadence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cadence' });
    await dialog.getByLabel('Every', { exact: true }).fill('3');
    await dialog.getByLabel('Counted').click();
    await expect(page.getByRole('option', { name: 'Every 3 months' })).toBeVisible();
    await expect(page.getByRole('option', { name: '3 months after the last contact' })).toBeVisible();
  });
});

test('after switching language, the notice and the built-in control labels are in the new language', async ({
  page,
}) => {
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByLabel('界面语言').click();
  await page.getByRole('option', { name: 'English' }).click();
  // The notice, not the Settings page's own info boxes (sign-in, backups).
  await expect(page.getByRole('alert').filter({ hasText: 'Settings saved.' })).toBeVisible();

  await page.getByLabel('Language').click();
  await page.getByRole('option', { name: '简体中文' }).click();
  const notice = page.getByRole('alert').filter({ hasText: '设置已保存。' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: '关闭' })).toBeVisible();

  // A call to log in Chinese: the stars' "no score" choice is Chinese too, not MUI's English "Empty".
  const customer = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '周婷', mobile: '13600136006' },
  });
  await callApi(page, 'callbacks.create', { customerId: customer.id, dueOn: '2030-03-04' });
  await page.goto(page.url().replace(/#.*$/, `#/customers/${customer.id}`));
  await page.getByRole('button', { name: '记录对 周婷 的回访' }).click();
  const dialog = page.getByRole('dialog', { name: '回访 周婷' });
  await dialog.getByRole('button', { name: '已接通' }).click();
  await expect(dialog.getByRole('radio', { name: '不评分' })).toBeAttached();
  await expect(dialog.getByRole('radio', { name: 'Empty' })).toHaveCount(0);
});
