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

test('a campaign corrected, then cancelled: its open call-backs go, the call made stays', async ({ page }) => {
  test.setTimeout(180_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  for (const c of [
    { name: '王建国', mobile: '13800138001' },
    { name: '李秀英', mobile: '13900139002' },
    { name: 'Jason Wong', mobile: '+86 137 0013 7003' },
  ])
    await callApi(page, 'customers.create', {
      customer: { kind: 'person', ...c, tags: [TAG] },
      allowDuplicate: true,
    });
  const staff = await callApi<{ id: string }[]>(page, 'staff.list', {});
  // Next Monday to the Friday after, so every call-back is in the future and on a working day.
  const monday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7));
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const plus = (days: number) =>
    new Date(Date.parse(`${monday}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const { campaign } = await callApi<{ campaign: { id: string } }>(page, 'campaigns.create', {
    name: '理财到期客户回访',
    fromOn: monday,
    toOn: plus(4),
    staffIds: [staff[0]?.id],
    perDayCap: 1,
    selection: { tag: TAG },
  });
  const queue = await callApi<{ rows: { id: string; dueOn: string }[] }>(page, 'callbacks.queue', {
    view: 'all',
    campaignId: campaign.id,
  });
  // One a day at most: three different days; ending the range on the second strands the third.
  const days = queue.rows.map((r) => r.dueOn);
  expect(new Set(days).size).toBe(3);
  await callApi(page, 'callbacks.log', { id: queue.rows[0]?.id, outcome: 'reached', satisfaction: 5 });
  for (const name of ['王芳', '李强']) await callApi(page, 'staff.create', { name });
  await page.reload();
  // With several staff, the start asks who is at the desk.
  await page
    .getByRole('dialog', { name: '谁在使用这台电脑？' })
    .getByRole('button', { name: '我（默认员工）' })
    .click();
  await page.getByRole('link', { name: '回访活动' }).click();

  // Edit: a shorter range that would strand an open call-back is refused, saying how many.
  await page.getByRole('button', { name: '编辑 理财到期客户回访' }).click();
  const edit = page.getByRole('dialog', { name: '编辑回访活动' });
  await expect(edit.getByText('未完成的回访会使用新的目的')).toBeVisible();
  await edit.getByLabel('活动名称').fill('理财到期客户回访（第一批）');
  await edit.getByLabel('结束日期').fill(days[1] ?? '');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByText('有 1 个未完成的回访安排在这个日期范围之外。')).toBeVisible();
  await edit.getByLabel('结束日期').fill(plus(4));
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存回访活动“理财到期客户回访（第一批）”。')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '理财到期客户回访（第一批）' });
  await expect(row).toBeVisible();

  // Hand over: the two open call-backs go to two colleagues, one each, on their planned days; the call made stays.
  await row.getByRole('button', { name: '编辑 理财到期客户回访（第一批）' }).click();
  await page.getByRole('dialog', { name: '编辑回访活动' }).getByRole('button', { name: '回访人员与移交…' }).click();
  const people = page.getByRole('dialog', { name: '“理财到期客户回访（第一批）”由谁回访' });
  const me = people.getByRole('row').filter({ hasText: '我（默认员工）' });
  await expect(me.getByRole('cell')).toHaveText(['我（默认员工）', '2', '1', '移交…']);
  await me.getByRole('button', { name: '移交我（默认员工）的未完成回访' }).click();
  const to = people.getByLabel('从我（默认员工）移交给');
  await to.click();
  for (const name of ['王芳', '李强']) await page.getByRole('option', { name }).click();
  await page.keyboard.press('Escape');
  await people.getByRole('button', { name: '移交', exact: true }).click();
  await expect(page.getByText(/^已将 2 个回访移交给(王芳、李强|李强、王芳)。$/)).toBeVisible();
  await expect(me.getByRole('cell')).toHaveText(['我（默认员工）', '0', '1', '移交…']);
  for (const name of ['王芳', '李强'])
    await expect(people.getByRole('row').filter({ hasText: name }).getByRole('cell')).toHaveText([
      name,
      '1',
      '0',
      '移交…',
    ]);
  const moved = await callApi<{ rows: { dueOn: string; state: string }[] }>(page, 'callbacks.queue', {
    view: 'all',
    campaignId: campaign.id,
    includeClosed: true,
  });
  expect(moved.rows.map((r) => r.dueOn).sort()).toEqual([...days].sort());
  await people.getByRole('button', { name: '关闭' }).click();

  // Cancel: the confirmation says how many open call-backs go; a reason is required.
  await row.getByRole('button', { name: '取消 理财到期客户回访（第一批）' }).click();
  const confirm = page.getByRole('dialog', { name: '取消“理财到期客户回访（第一批）”？' });
  await expect(confirm).toContainText('将取消 2 个未完成的回访。已拨打的回访保留，报告仍会统计。');
  await confirm.getByRole('button', { name: '取消活动' }).click();
  await expect(confirm.getByText('请填写原因。')).toBeVisible();
  await confirm.getByLabel('原因').fill('产品到期日调整，改下月统一回访');
  await confirm.getByRole('button', { name: '取消活动' }).click();
  await expect(page.getByText('已取消回访活动“理财到期客户回访（第一批）”，共取消 2 个未完成的回访。')).toBeVisible();
  await expect(row).toContainText('已于');
  await expect(row.getByRole('button', { name: /^编辑 / })).toHaveCount(0);
  // Total 3, open 0, done 1, unreachable 0, cancelled 2; the call made keeps the campaign at 100 %.
  await expect(row.getByRole('cell')).toHaveText([/理财到期/, /.*/, /.*/, '3', '0', '1', '0', '2', '100%', '']);

  await row.getByRole('link').click();
  await expect(figure(page, '计划回访')).toHaveText('1');
  await expect(figure(page, '接通')).toHaveText('1');
});
