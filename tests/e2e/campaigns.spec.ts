import { test, expect, callApi, figure } from './fixtures';

const TAG = '理财到期';

test('a campaign for the customers with a tag: preview, create, list, report', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  // Four customers carry the tag, two do not.
  const customers = [
    { name: '王建国', mobile: '13800138001', tags: [TAG] },
    { name: '李秀英', mobile: '13900139002', tags: [TAG, 'VIP'] },
    { name: '杭州润泽建材有限公司', kind: 'company', phone: '0571-8888 1234', tags: [TAG] },
    { name: 'Jason Wong', mobile: '+86 137 0013 7003', tags: [TAG] },
    { name: '张伟', mobile: '13600136004', tags: ['VIP'] },
    { name: '刘芳', mobile: '13500135005', tags: [] },
  ];
  for (const c of customers)
    await callApi(page, 'customers.create', { customer: { kind: 'person', ...c }, allowDuplicate: true });
  await page.reload();

  await page.getByRole('link', { name: '回访活动' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '回访活动' })).toBeVisible();
  await expect(page.getByText('还没有回访活动')).toBeVisible();
  await page.getByRole('button', { name: '新建回访活动' }).click();
  const dialog = page.getByRole('dialog', { name: '新建回访活动' });

  // Nothing chosen yet: the name and the customers are asked for, in Chinese.
  await dialog.getByRole('button', { name: '预览计划' }).click();
  await expect(dialog.getByText('请填写活动名称。')).toBeVisible();
  await expect(dialog.getByText('请用搜索框或至少一个筛选条件')).toBeVisible();

  await dialog.getByLabel('活动名称').fill('理财到期客户回访');
  await dialog.getByLabel('备注').fill('提醒客户理财产品即将到期，了解续作意向');
  await dialog.getByRole('combobox', { name: '标签' }).click();
  await page.getByRole('option', { name: TAG, exact: true }).click();
  // Several tags can be chosen: the menu stays open until closed.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(dialog.getByText('符合筛选条件的客户：4 位。')).toBeVisible();

  await dialog.getByRole('button', { name: '预览计划' }).click();
  const preview = page.getByRole('dialog', { name: '确认回访计划' });
  await expect(figure(page, '选中客户')).toHaveText('4');
  await expect(figure(page, '已有待回访')).toHaveText('0');
  await expect(figure(page, '将安排回访')).toHaveText('4');
  await expect(figure(page, '超出名额')).toHaveText('0');
  // The first assignments name the tagged customers and no one else.
  const sample = preview.getByRole('table', { name: '前几条安排' });
  await expect(sample.getByRole('row')).toHaveCount(1 + 4);
  await expect(sample).toContainText('王建国');
  await expect(sample).toContainText('Jason Wong');
  await expect(sample).not.toContainText('张伟');

  await preview.getByRole('button', { name: '创建活动（4 条回访）' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText('回访活动“理财到期客户回访”已创建，共安排 4 条回访。')).toBeVisible();

  // In the list: four call-backs, all still to call.
  const row = page.getByRole('row', { name: /理财到期客户回访/ });
  await expect(row).toContainText('流失客户回访');
  await expect(row.getByRole('cell').nth(3)).toHaveText('4');
  await expect(row.getByRole('cell').nth(4)).toHaveText('4');
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

  // Its report: planned = the tagged customers, nobody reached yet.
  await row.getByRole('link', { name: '理财到期客户回访' }).click();
  await expect(page).toHaveURL(/#\/callbacks\/report\?campaign=[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: '回访报告' })).toBeVisible();
  await expect(page.getByText('回访活动：理财到期客户回访')).toBeVisible();
  await expect(figure(page, '计划回访')).toHaveText('4');
  await expect(figure(page, '接通')).toHaveText('0');
  await expect(figure(page, '待拨打')).toHaveText('4');
  await expect(figure(page, '接通率')).toHaveText('—');

  // The workbook of the same report.
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 .xlsx' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});
