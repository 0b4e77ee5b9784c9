import { openDatabase } from '../../electron/core/db/open';
import { createDispatch } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { test as base, callApi, expect, figure } from './fixtures';

/**
 * Four customers and their purchases of the last month: 张伟 ¥100,000 and 李娜 ¥60,000 are A (the share ranked above
 * each is under 80 %), 王芳 ¥30,000 is B (84 % above her), Emily Chen bought nothing and is C.
 */
const test = base.extend({
  dbPath: async ({ dbPath }, use) => {
    const db = openDatabase(dbPath);
    const dispatch = createDispatch(createHandlers({ db, dbPath, host: 'web', version: 'e2e' }));
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    for (const [name, mobile, yuan] of [
      ['张伟', '13812345678', 100_000],
      ['李娜', '13987654321', 60_000],
      ['王芳', '15012345678', 30_000],
      ['Emily Chen', '13700001111', 0],
    ] as const) {
      const reply = await dispatch('customers.create', { customer: { kind: 'person', name, mobile } });
      if (!reply.ok) throw new Error(reply.error.message);
      const { id } = reply.value as { id: string };
      if (yuan === 0) continue;
      const bought = await dispatch('purchases.save', {
        customerId: id,
        occurredOn: lastMonth,
        product: '大额存单',
        amountCents: yuan * 100,
        profitCents: yuan,
      });
      if (!bought.ok) throw new Error(bought.error.message);
    }
    db.close();
    await use(dbPath);
  },
});

/** Classifies now, as the Segments page's button does. */
async function classify(page: Parameters<typeof callApi>[0]): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await callApi(page, 'segments.compute', {});
}

test('filter the list by a class from a link, save it as a segment, see it pinned with its count', async ({ page }) => {
  await classify(page);
  // A chart's bar links here.
  await page.goto(`${page.url().split('#')[0]}#/?class=abc:A`);
  await expect(page.getByText('共 2 个客户')).toBeVisible();
  const grid = page.getByRole('grid');
  await expect(grid).toContainText('张伟');
  await expect(grid).toContainText('李娜');
  await expect(grid).not.toContainText('王芳');
  await expect(page.getByTestId('filter-chips').getByText('ABC客户分析法：A 类')).toBeVisible();

  // The more-filters panel shows the class; adding B there widens the list (any class of one scheme).
  await page.getByRole('button', { name: '更多筛选（1）' }).click();
  const panel = page.getByRole('dialog', { name: '更多筛选' });
  await panel.getByRole('combobox', { name: '客户分类' }).click();
  await page.getByRole('option', { name: 'B 类', exact: true }).click();
  await panel.getByRole('button', { name: '应用' }).click();
  await expect(page.getByText('共 3 个客户')).toBeVisible();
  // Removing the B chip goes back to the A customers.
  await page
    .getByTestId('filter-chips')
    .getByText('ABC客户分析法：B 类')
    .locator('..')
    .locator('.MuiChip-deleteIcon')
    .click();
  await expect(page.getByText('共 2 个客户')).toBeVisible();

  await page.getByRole('button', { name: '保存为分组' }).click();
  const save = page.getByRole('dialog', { name: '将当前列表保存为分组' });
  await save.getByLabel('名称').fill('A 类重点客户');
  await save.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存分组“A 类重点客户”。')).toBeVisible();

  // Pinned in the navigation with its count; it opens the list filtered by the segment.
  const pinned = page.getByRole('link', { name: 'A 类重点客户：2 位客户' });
  await expect(pinned).toBeVisible();
  await page.goto(`${page.url().split('#')[0]}#/`);
  await expect(page.getByText('共 4 个客户')).toBeVisible();
  await pinned.click();
  await expect(page.getByText('共 2 个客户')).toBeVisible();
  await expect(page.getByTestId('filter-chips').getByText('分组: A 类重点客户')).toBeVisible();

  // A name already taken is said on the field.
  await page.getByRole('button', { name: '保存为分组' }).click();
  const again = page.getByRole('dialog', { name: '将当前列表保存为分组' });
  await again.getByLabel('名称').fill('A 类重点客户');
  await again.getByRole('button', { name: '保存' }).click();
  await expect(again.getByText('已有名为“A 类重点客户”的分组。')).toBeVisible();
  await again.getByRole('button', { name: '取消' }).click();
});

test('a saved segment is the source of a call-back campaign', async ({ page }) => {
  await classify(page);
  await callApi(page, 'savedSegments.create', { name: 'A 类重点客户', filter: { classes: ['abc:A'] } });
  await page.getByRole('link', { name: '已存分组' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '已存分组' })).toBeVisible();
  const row = page.getByRole('row', { name: /A 类重点客户/ });
  await expect(row).toContainText('2 位客户');
  await row.getByRole('button', { name: '发起回访活动' }).click();
  const dialog = page.getByRole('dialog', { name: '新建回访活动' });
  await expect(dialog.getByText('符合筛选条件的客户：2 位。')).toBeVisible();
  await dialog.getByLabel('活动名称').fill('A 类客户年末回访');
  await dialog.getByRole('button', { name: '预览计划' }).click();
  await expect(figure(page, '选中客户')).toHaveText('2');
  const preview = page.getByRole('dialog', { name: '确认回访计划' });
  await expect(preview.getByRole('table', { name: '前几条安排' })).toContainText('李娜');
  await preview.getByRole('button', { name: '创建活动（2 条回访）' }).press('Enter');
  await expect(page.getByText('回访活动“A 类客户年末回访”已创建，共安排 2 条回访。')).toBeVisible();
});
