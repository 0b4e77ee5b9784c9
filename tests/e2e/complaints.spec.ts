/**
 * A complaint worked to the end: logged from the customer page, overdue the day after its due date (the page's clock
 * moved on), taken up and resolved with a cause, its follow-up call made from the queue with a score of 2, and the
 * analysis page counting it all.
 */
import { test, expect, callApi, figure } from './fixtures';

interface Listed {
  readonly rows: readonly { readonly id: string; readonly dueOn: string; readonly status: string }[];
}

const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

test('a complaint from the customer page to the satisfaction figures', async ({ page }) => {
  test.setTimeout(180_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const customer = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '张建华', mobile: '13812345678' },
  });
  const base = page.url().split('#')[0] ?? '';
  await page.goto(`${base}#/customers/${customer.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '张建华' })).toBeVisible();

  // Logged next to the timeline's log buttons; the empty form says what is missing at each field.
  await page.getByRole('button', { name: '登记投诉' }).click();
  const log = page.getByRole('dialog', { name: '张建华的投诉' });
  // The due date is shown before saving, worked out by the core from the limit and the holiday calendar.
  await expect(log.getByText(/^.+ 前办结（受理后 5 个工作日，节假日顺延）$/)).toBeVisible();
  await log.getByRole('button', { name: '保存' }).click();
  await expect(log.getByText('请选择投诉类别。')).toBeVisible();
  await expect(log.getByText('请记录客户的原话。')).toBeVisible();
  await log.getByLabel('类别').click();
  await page.getByRole('option', { name: '服务态度' }).click();
  await log.getByLabel('严重程度').click();
  await page.getByRole('option', { name: '紧急' }).click();
  const urgentHint = log.getByText(/^.+ 前办结（受理后 1 个工作日，节假日顺延）$/);
  await expect(urgentHint).toBeVisible();
  const shownDue = ((await urgentHint.textContent()) ?? '').split(' 前办结')[0] ?? '';
  await log.getByLabel('客户原话').fill('柜台办理转账时工作人员态度冷淡，排队四十分钟无人解释。');
  await log.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`投诉已登记，${shownDue} 前办结。`)).toBeVisible();
  await expect(log).toBeHidden();
  const mine = page.getByRole('list', { name: '该客户的投诉' });
  await expect(mine.getByRole('button')).toHaveCount(1);
  await expect(mine).toContainText('服务态度 · 紧急');

  // Nothing is overdue yet: the report counts one complaint and no score.
  await page.goto(`${base}#/complaints/report`);
  await expect(figure(page, '受理投诉')).toHaveText('1');
  await expect(figure(page, '平均分')).toHaveText('—');

  // The day after the due date: overdue on the navigation and in the overdue view, in red.
  const listed = await callApi<Listed>(page, 'complaints.list', { view: 'all', customerId: customer.id });
  const due = listed.rows[0]?.dueOn ?? '';
  await page.clock.setFixedTime(new Date(`${dayAfter(due)}T10:00:00`));
  await page.goto(`${base}#/complaints`);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByLabel('1 件投诉逾期')).toBeVisible();
  await page.getByRole('tab', { name: /^已逾期/ }).click();
  const grid = page.getByRole('grid', { name: '投诉' });
  const row = grid.getByRole('row').filter({ hasText: '张建华' });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('逾期', { exact: true })).toBeVisible();

  // Taken up, then resolved: the cause is asked for before anything is saved.
  await row.getByText('张建华').click();
  const detail = page.getByRole('dialog', { name: /张建华的投诉/ });
  await detail.getByRole('button', { name: '开始处理' }).click();
  await expect(page.getByText('投诉已开始处理。')).toBeVisible();
  await expect(detail.getByText('处理中').first()).toBeVisible();
  await detail.getByRole('button', { name: '解决' }).click();
  const resolve = page.getByRole('dialog', { name: '解决投诉' });
  await resolve.getByRole('button', { name: '解决' }).click();
  await expect(resolve.getByText('请选择根本原因。')).toBeVisible();
  await resolve.getByLabel('根本原因').click();
  await page.getByRole('option', { name: '员工服务不规范' }).click();
  await resolve.getByLabel('整改措施').fill('柜员服务规范培训，高峰时段增开一个窗口。');
  await resolve.getByLabel('对客户的答复').fill('已致电致歉，说明整改措施。');
  await resolve.getByRole('button', { name: '解决' }).click();
  await expect(page.getByText(/^投诉已解决，.+回访。$/)).toBeVisible();
  await expect(detail.getByText('已解决').first()).toBeVisible();
  await detail.getByRole('button', { name: '关闭', exact: true }).click();
  // Resolved: it leaves the overdue view and the navigation count.
  await expect(grid.getByRole('row').filter({ hasText: '张建华' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByLabel('1 件投诉逾期')).toHaveCount(0);

  // The follow-up call is in the queue; the customer gives the handling 2 of 5.
  await page.goto(`${base}#/callbacks?view=all`);
  const queue = page.getByRole('grid', { name: '待回访列表' });
  await expect(queue.getByRole('row').filter({ hasText: '张建华' })).toContainText('投诉回访');
  await queue.getByRole('button', { name: '记录对 张建华 的回访' }).click();
  const call = page.getByRole('dialog', { name: '回访 张建华' });
  await call.getByRole('button', { name: '已接通' }).click();
  await call.getByRole('radio', { name: '2 分（满分 5 分）' }).focus();
  await page.keyboard.press('Space');
  await call.getByRole('checkbox', { name: '不安排' }).check();
  await call.getByRole('button', { name: '保存回访' }).click();
  await expect(call).toBeHidden();

  // The analysis: the cause in the Pareto table, and the score in the satisfaction figures.
  await page.goto(`${base}#/complaints/report`);
  await expect(figure(page, '平均分')).toHaveText('2.00');
  // The scored follow-up call closed the complaint.
  await expect(figure(page, '已关闭')).toHaveText('1');
  await expect(figure(page, '未办结')).toHaveText('0');
  await expect(figure(page, '满意（4–5 分）')).toHaveText('0.00%');
  const causes = page.getByRole('table', { name: '按根本原因' });
  await expect(causes.getByRole('row').filter({ hasText: '员工服务不规范' })).toContainText('100.00%');
  const scores = page.getByRole('table', { name: '评分分布' });
  await expect(scores.getByRole('row').filter({ hasText: '2 分' })).toContainText('1');
});
