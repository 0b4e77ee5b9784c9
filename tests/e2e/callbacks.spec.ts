import { test, expect, callApi, figure } from './fixtures';

const TAG = '冬季停订';

test('working a campaign: reached, no answer, number suspended; retries scheduled; on the timeline', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const people = [
    { name: '王建国', mobile: '13800138001' },
    { name: '李秀英', mobile: '13900139002' },
    { name: '赵磊', mobile: '13700137003' },
  ];
  for (const p of people)
    await callApi(page, 'customers.create', { customer: { kind: 'person', ...p, tags: [TAG] }, allowDuplicate: true });
  const staff = await callApi<{ id: string }[]>(page, 'staff.list', {});
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  await callApi(page, 'campaigns.create', {
    name: '停订客户回访',
    fromOn: today,
    toOn: end,
    staffIds: [staff[0]?.id],
    perDayCap: 10,
    selection: { tag: TAG },
  });
  await page.reload();

  // The navigation counts what is due; the queue lists all three.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^回访(?!活动|报告)/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '回访' })).toBeVisible();
  await page.getByRole('tab', { name: /^全部/ }).click();
  const table = page.getByRole('grid', { name: '待回访列表' });
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
  await expect(page.getByRole('tab', { name: /^全部/ })).toContainText('3');

  // The grid sorts in the core: by customer name (pinyin), then the other way, then back to the due date.
  const customerCells = table.locator('.MuiDataGrid-cell[data-field="customerName"]');
  await table.getByRole('columnheader', { name: '客户' }).click();
  await expect(customerCells).toHaveText(['李秀英', '王建国', '赵磊']);
  await expect(page).toHaveURL(/sort=customerName/);
  await table.getByRole('columnheader', { name: '客户' }).click();
  await expect(customerCells).toHaveText(['赵磊', '王建国', '李秀英']);
  await table.getByRole('columnheader', { name: '应回访日期' }).click();
  await expect(page).not.toHaveURL(/sort=/);

  // 1. Reached: satisfied, 5 stars, no next call.
  await table.getByRole('button', { name: '记录对 王建国 的回访' }).click();
  let dialog = page.getByRole('dialog', { name: '回访 王建国' });
  await expect(dialog).toContainText('第 1 次（最多 3 次）');
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await expect(dialog.getByText('请选择是否接通。')).toBeVisible();
  await dialog.getByRole('button', { name: '已接通' }).click();
  await dialog.getByLabel('客户反馈').click();
  await page.getByRole('option', { name: '满意', exact: true }).click();
  // The stars are radio buttons under the hood: the keyboard picks one as a user without a mouse would.
  await dialog.getByRole('radio', { name: '5 分（满分 5 分）' }).focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('radio', { name: '5 分（满分 5 分）' })).toBeChecked();
  await dialog.getByLabel('回访记录').fill('冬天孩子不喝，开春后恢复订奶');
  await dialog.getByRole('checkbox', { name: '不安排' }).check();
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await expect(page.getByText('已保存对 王建国 的回访。')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(1 + 2);

  // 2. No answer: retried on the next working day.
  await table.getByRole('button', { name: '记录对 李秀英 的回访' }).click();
  dialog = page.getByRole('dialog', { name: '回访 李秀英' });
  await dialog.getByRole('button', { name: '未接通' }).click();
  await dialog.getByRole('button', { name: '无人接听' }).click();
  await expect(dialog.getByText('将在下一个工作日再次回访（第 2 次，最多 3 次）。')).toBeVisible();
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await expect(page.getByText(/未接通：将于 .+ 再次回访 李秀英。/)).toBeVisible();

  // 3. Number suspended (停机): also retried, and the attempt is counted.
  await table.getByRole('button', { name: '记录对 赵磊 的回访' }).click();
  dialog = page.getByRole('dialog', { name: '回访 赵磊' });
  await dialog.getByRole('button', { name: '未接通' }).click();
  await dialog.getByRole('button', { name: '停机' }).click();
  await dialog.getByRole('button', { name: '保存回访' }).click();
  await expect(page.getByText(/未接通：将于 .+ 再次回访 赵磊。/)).toBeVisible();

  // Both unreached stay in the queue with one attempt made, due after today.
  await expect(table.getByRole('row')).toHaveCount(1 + 2);
  for (const name of ['李秀英', '赵磊']) {
    const row = table.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('1/3');
  }
  await page.getByRole('tab', { name: /^今天/ }).click();
  await expect(table).not.toContainText('李秀英');

  // The calls are on the customers' timelines.
  await page.getByRole('tab', { name: /^全部/ }).click();
  await table.getByRole('link', { name: '赵磊' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '赵磊' })).toBeVisible();
  await expect(page.getByText('未接通：停机')).toBeVisible();
  await expect(page.getByText('已拨 1 次未接通')).toBeVisible();

  // The campaign's report: one reached (satisfied, 5 of 5); the two called without an answer count as not reached
  // while they wait for their retry, so the reach rate is 1 of 3, not 100 %.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '回访活动' }).click();
  await page.getByRole('link', { name: '停订客户回访' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '回访报告' })).toBeVisible();
  await expect(figure(page, '计划回访')).toHaveText('3');
  await expect(figure(page, '接通')).toHaveText('1');
  await expect(figure(page, '未接通')).toHaveText('2');
  await expect(figure(page, '待拨打')).toHaveText('0');
  await expect(figure(page, '接通率')).toHaveText('33.33%');
  await expect(figure(page, '平均满意度')).toHaveText('5.00');
  await expect(page.getByText('共拨打 3 次，其中未接通 2 次。')).toBeVisible();
});

test('a call-back planned on the customer page, postponed in bulk to a weekday', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const created = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '欧阳明华', mobile: '+86 138-0013-8000' },
  });
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/customers/${id}`;
  }, created.id);
  await expect(page.getByRole('heading', { level: 1, name: '欧阳明华' })).toBeVisible();
  await expect(page.getByText('暂无待回访计划。')).toBeVisible();
  await page.getByRole('button', { name: '安排回访' }).click();
  const dialog = page.getByRole('dialog', { name: '为 欧阳明华 安排回访' });
  await dialog.getByLabel('开始时间').fill('14:00');
  await dialog.getByRole('button', { name: '安排', exact: true }).click();
  await expect(dialog.getByText('请同时填写时间段的开始和结束。')).toBeVisible();
  await dialog.getByLabel('结束时间').fill('15:30');
  await dialog.getByRole('button', { name: '安排', exact: true }).click();
  await expect(page.getByText(/已安排 .+ 回访 欧阳明华。/)).toBeVisible();
  const planned = page.getByRole('list', { name: '待回访计划' });
  await expect(planned).toContainText('14:00–15:30');

  // Postponed from the queue to a Saturday: it lands on the Monday after.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^回访(?!活动|报告)/ })
    .click();
  await page.getByRole('tab', { name: /^全部/ }).click();
  const table = page.getByRole('grid', { name: '待回访列表' });
  await table.getByRole('row').filter({ hasText: '欧阳明华' }).getByRole('checkbox').check();
  await page.getByRole('button', { name: '推迟' }).click();
  const postpone = page.getByRole('dialog', { name: '推迟 1 个回访' });
  await postpone.getByLabel('新日期').fill('2031-03-15');
  await postpone.getByRole('button', { name: '推迟' }).click();
  await expect(page.getByText('已推迟 1 个回访。')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '欧阳明华' })).toContainText('2031年3月17日');
});

test('timeline entries corrected and removed with undo; a logged call keeps its type and time', async ({ page }) => {
  test.setTimeout(180_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const { id } = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '陈静', mobile: '13512345678' },
  });
  await callApi(page, 'interactions.create', {
    customerId: id,
    kind: 'visit',
    occurredAt: '2026-03-02T10:00:00+08:00',
    summary: '到网点咨询定期存款',
  });
  const cb = await callApi<{ id: string }>(page, 'callbacks.create', { customerId: id, dueOn: '2026-03-03' });
  await callApi(page, 'callbacks.log', {
    id: cb.id,
    at: '2026-03-03T15:00:00+08:00',
    outcome: 'reached',
    notes: '客户确认下周来办理',
  });
  await page.goto(`${page.url().split('#')[0] ?? ''}#/customers/${id}`);
  const timeline = page.getByRole('list', { name: '沟通记录' });
  const visit = timeline.getByRole('listitem').filter({ hasText: '到网点咨询定期存款' });
  const call = timeline.getByRole('listitem').filter({ hasText: '客户确认下周来办理' });

  // Correct the visit: it was a meeting, and the text said too little.
  await visit.getByRole('button', { name: /^更正 / }).click();
  let dialog = page.getByRole('dialog', { name: '更正记录' });
  await dialog.getByLabel('方式').click();
  await page.getByRole('option', { name: '会议' }).click();
  await dialog.getByLabel('沟通内容').fill('约见客户，介绍三年期定期存款');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已更正记录。')).toBeVisible();
  const meeting = timeline.getByRole('listitem').filter({ hasText: '约见客户，介绍三年期定期存款' });
  await expect(meeting).toContainText('会议');

  // Remove it, after a confirmation; Undo puts it back.
  await meeting.getByRole('button', { name: /^删除 / }).click();
  const confirm = page.getByRole('dialog', { name: '从时间线上删除这条记录？' });
  await expect(confirm).toContainText('删除后可立即撤销');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已删除记录。')).toBeVisible();
  await expect(meeting).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(meeting).toBeVisible();

  // The logged call's entry: says where it comes from, cannot be removed, only its text corrected.
  await expect(call).toContainText('由回访记录生成');
  await expect(call.getByRole('button', { name: /^删除 / })).toBeDisabled();
  await call.getByRole('button', { name: /^更正 / }).click();
  dialog = page.getByRole('dialog', { name: '更正记录' });
  await expect(dialog.getByText('这条记录对应一次回访拨打')).toBeVisible();
  await expect(dialog.getByLabel('时间')).toBeDisabled();
  await dialog.getByLabel('沟通内容').fill('回访（定期关怀），第 1 次\n客户确认下周三来网点办理');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已更正记录。')).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: '下周三来网点办理' })).toContainText('由回访记录生成');
});
