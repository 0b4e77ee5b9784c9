import type { Locator, Page } from '@playwright/test';
import { callApi, expect, test } from './fixtures';

/** Whether the element lies wholly inside the window (not clipped on the right or below). */
async function expectInViewport(page: Page, element: Locator): Promise<void> {
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  const size = page.viewportSize();
  expect(box, 'element has a box').not.toBeNull();
  expect(size).not.toBeNull();
  if (!box || !size) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

async function createCustomers(page: Page, customers: readonly Record<string, unknown>[]): Promise<void> {
  for (const customer of customers)
    await callApi(page, 'customers.create', { customer: { kind: 'person', ...customer } });
}

/** Reloads the page; with several staff it asks who is at the desk, and the default member answers. */
async function reloadAtDesk(page: Page): Promise<void> {
  await page.reload();
  const choose = page.getByRole('dialog', { name: '谁在使用这台电脑？' });
  await choose.getByRole('button', { name: '我（默认员工）' }).click();
  await expect(choose).toBeHidden();
}

for (const [width, height] of [
  [1024, 700],
  [1920, 1080],
] as const)
  test(`at ${width}×${height} the sorted column, the actions and the selection's actions are on screen`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await callApi(page, 'demo.seed', {});
    await reloadAtDesk(page);
    const grid = page.getByRole('grid', { name: '客户' });
    await expect(page.getByText('共 300 个客户')).toBeVisible();

    // Sorted by update time, newest first: that header is on screen and says so.
    const sorted = grid.getByRole('columnheader', { name: '更新时间' });
    await expect(sorted).toHaveAttribute('aria-sort', 'descending');
    await expectInViewport(page, sorted);
    for (const name of ['姓名/名称', '电话', '工作单位', '地区', '客户经理', '标签'])
      await expectInViewport(page, grid.getByRole('columnheader', { name }));
    await expectInViewport(page, page.getByRole('button', { name: '导出' }));
    await expectInViewport(page, page.getByRole('button', { name: '新建客户' }));
    // The grid speaks the app's language.
    await expect(page.getByText('每页行数', { exact: false })).toBeVisible();

    await grid.getByRole('row').nth(1).getByRole('checkbox').check();
    await grid.getByRole('row').nth(2).getByRole('checkbox').check();
    await expect(page.getByText('已选 2 位客户')).toBeVisible();
    const toolbar = page.getByRole('toolbar', { name: '已选客户' });
    for (const name of ['添加标签', '移除标签', '更换客户经理', '发起回访活动', '导出', '删除'])
      await expectInViewport(page, toolbar.getByRole('button', { name }));
    await expectInViewport(page, page.getByRole('button', { name: '选择全部 300 位符合条件的客户' }));
    await page.screenshot({ path: `test-results/customer-list-${width}x${height}.png` });

    // A long value is cut with an ellipsis and kept whole in the title.
    const employer = grid.locator('[role="gridcell"][data-field="employer"] [title]').first();
    const title = await employer.getAttribute('title');
    expect(title).toBeTruthy();
    await expect(employer).toHaveCSS('text-overflow', 'ellipsis');
  });

test('several tags in one filter, all that match selected, tagged, handed over and deleted with undo', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const staff = await callApi<{ id: string }>(page, 'staff.create', { name: '王丽' });
  await createCustomers(page, [
    { name: '张伟', mobile: '13800138000', tags: ['VIP'] },
    { name: '李娜', mobile: '+86 139-1234-5678', tags: ['VIP', '理财'] },
    { name: '王芳', mobile: '15012345678', tags: ['理财'] },
    { name: 'Emily Chen', mobile: '13700001111', tags: ['沉睡客户'] },
  ]);
  await reloadAtDesk(page);
  const grid = page.getByRole('grid', { name: '客户' });
  await expect(page.getByText('共 4 个客户')).toBeVisible();

  // Tags menu in pinyin order (理财 li, 沉睡客户 chen, VIP): chen < li < vip.
  await page.getByLabel('标签', { exact: true }).click();
  await expect(page.getByRole('option')).toHaveText(['沉睡客户', '理财', 'VIP']);
  await page.getByRole('option', { name: 'VIP' }).click();
  await page.getByRole('option', { name: '理财' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('共 3 个客户')).toBeVisible();
  await page.getByLabel('标签匹配').click();
  await page.getByRole('option', { name: '含全部标签' }).click();
  await expect(page.getByText('共 1 个客户')).toBeVisible();
  await expect(grid.getByRole('row', { name: /李娜/ })).toBeVisible();
  await page.getByLabel('标签匹配').click();
  await page.getByRole('option', { name: '含任一标签' }).click();
  await expect(page.getByText('共 3 个客户')).toBeVisible();

  // Sort by name: pinyin order.
  await grid.getByRole('columnheader', { name: '姓名/名称' }).click();
  await expect(grid.getByRole('columnheader', { name: '姓名/名称' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByRole('row').nth(1)).toContainText('李娜');
  await expect(grid.getByRole('row').nth(3)).toContainText('张伟');

  // One picked, then all that match (fewer per page than match would page, here all fit: pick two first).
  await grid.getByRole('row', { name: /王芳/ }).getByRole('checkbox').check();
  await expect(page.getByText('已选 1 位客户')).toBeVisible();
  await page.getByRole('button', { name: '选择全部 3 位符合条件的客户' }).click();
  await expect(page.getByText('已选中全部 3 位符合条件的客户')).toBeVisible();

  const toolbar = page.getByRole('toolbar', { name: '已选客户' });
  await toolbar.getByRole('button', { name: '添加标签' }).click();
  const tagDialog = page.getByRole('dialog', { name: '为 3 位客户添加标签' });
  await tagDialog.getByLabel('标签').fill('重点维护');
  await tagDialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已为 3 位客户添加标签“重点维护”。')).toBeVisible();
  await expect(grid.getByRole('row', { name: /王芳/ })).toContainText('理财');

  await grid.getByRole('row', { name: /张伟/ }).getByRole('checkbox').check();
  await grid.getByRole('row', { name: /李娜/ }).getByRole('checkbox').check();
  await toolbar.getByRole('button', { name: '更换客户经理' }).click();
  const ownerDialog = page.getByRole('dialog', { name: '更换 2 位客户的客户经理' });
  await ownerDialog.getByLabel('客户经理').click();
  await page.getByRole('option', { name: '王丽' }).click();
  await ownerDialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已更换 2 位客户的客户经理。')).toBeVisible();
  await expect(grid.getByRole('row', { name: /张伟/ })).toContainText('王丽');
  await expect(grid.getByRole('row', { name: /王芳/ })).not.toContainText('王丽');
  const listed = await callApi<{ total: number }>(page, 'customers.list', { tags: ['重点维护'], ownerId: staff.id });
  expect(listed.total).toBe(2);

  // Delete two: the confirmation counts them, the undo brings them back.
  await grid.getByRole('row', { name: /张伟/ }).getByRole('checkbox').check();
  await grid.getByRole('row', { name: /王芳/ }).getByRole('checkbox').check();
  await toolbar.getByRole('button', { name: '删除' }).click();
  const confirm = page.getByRole('dialog', { name: '删除 2 位客户？' });
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已将 2 位客户移到回收站。')).toBeVisible();
  await expect(page.getByText('共 1 个客户')).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已恢复 2 位客户。')).toBeVisible();
  await expect(page.getByText('共 3 个客户')).toBeVisible();
});

test.describe('in English', () => {
  test.use({ appLocale: 'en' });

  test('the grid and the selection speak English, with plurals', async ({ page }) => {
    await createCustomers(page, [
      { name: 'Emily Chen', mobile: '13700001111' },
      { name: '欧阳明华', mobile: '13912345678' },
    ]);
    await page.reload();
    const grid = page.getByRole('grid', { name: 'Customers' });
    await expect(page.getByText('Rows per page', { exact: false })).toBeVisible();
    await grid
      .getByRole('row', { name: /Emily Chen/ })
      .getByRole('checkbox')
      .check();
    await expect(page.getByText('1 customer selected')).toBeVisible();
    await grid
      .getByRole('row', { name: /欧阳明华/ })
      .getByRole('checkbox')
      .check();
    await expect(page.getByText('2 customers selected')).toBeVisible();
    await page.getByRole('toolbar', { name: 'Selected customers' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete 2 customers?' })).toBeVisible();
  });
});
