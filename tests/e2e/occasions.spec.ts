import type { Page } from '@playwright/test';
import { test, expect, callApi } from './fixtures';

/** The page's local date `days` from today, as `YYYY-MM-DD`, and how the call-back's note says it (6月12日). */
async function dayAhead(page: Page, days: number): Promise<{ iso: string; monthDay: string }> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number): string => String(n).padStart(2, '0');
    return {
      iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      monthDay: `${d.getMonth() + 1}月${d.getDate()}日`,
    };
  }, days);
}

async function openQueue(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^回访(?!活动|报告)/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '回访' })).toBeVisible();
  await page.getByRole('tab', { name: /^全部/ }).click();
}

test('a customer with a birthday in 3 days shows a birthday call-back in the queue, once', async ({ page }) => {
  // Three loads of the app on a shared machine.
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const birthday = await dayAhead(page, 3);
  // Born in a leap year, so that a birthday on 29 February is a real date too.
  await callApi(page, 'customers.create', {
    customer: { kind: 'person', name: '张伟', mobile: '138 0013 8000', birthDate: `1988${birthday.iso.slice(4)}` },
  });
  await callApi(page, 'customers.create', {
    customer: { kind: 'person', name: 'Emily Chen', mobile: '+86 139-0013-9000', birthDate: '1990-01-01' },
  });
  await page.reload();
  await openQueue(page);

  const table = page.getByRole('grid', { name: '待回访列表' });
  const row = table.getByRole('row', { name: /张伟/ });
  await expect(row).toContainText('生日关怀');
  await expect(row).toContainText(`生日 ${birthday.monthDay}`);

  // Reloading the app (start-up planning, the reminder poll) plans nothing more.
  await page.reload();
  await openQueue(page);
  await expect(table.getByRole('row')).toHaveCount(1 + 1);
});

test('a purchase given a maturity date in its form gets a call-back before it matures', async ({ page }) => {
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await callApi(page, 'customers.create', { customer: { kind: 'person', name: '李娜', mobile: '139 1234 5678' } });
  await page.reload();
  await page.getByRole('combobox', { name: '搜索客户' }).fill('李娜');
  await page.getByRole('option', { name: /李娜/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '李娜' })).toBeVisible();

  const maturity = await dayAhead(page, 5);
  const purchases = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: '购买记录', exact: true }) });
  await purchases.getByRole('button', { name: '添加购买记录' }).click();
  const dialog = page.getByRole('dialog', { name: '添加购买记录' });
  await dialog.getByLabel('产品').fill('稳健理财A款');
  await dialog.getByLabel('金额（元）').fill('50,000');
  await dialog.getByLabel('到期日').fill(maturity.iso);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(purchases.getByRole('row', { name: /稳健理财A款/ })).toBeVisible();

  await openQueue(page);
  const row = page.getByRole('grid', { name: '待回访列表' }).getByRole('row', { name: /李娜/ });
  await expect(row).toContainText('产品到期');
  await expect(row).toContainText(`理财产品「稳健理财A款」${maturity.monthDay}到期`);
});
