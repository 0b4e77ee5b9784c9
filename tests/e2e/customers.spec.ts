import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

interface NewCustomer {
  readonly name: string;
  readonly mobile?: string;
  readonly idNumber?: string;
  readonly employer?: string;
}

/** Fills the new-customer form (zh-CN) and presses 创建; does not wait for the outcome. */
async function submitNewCustomer(page: Page, customer: NewCustomer): Promise<void> {
  await page.getByRole('button', { name: '新建客户' }).click();
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
  await page.getByLabel('姓名').fill(customer.name);
  if (customer.mobile) await page.getByLabel('手机').fill(customer.mobile);
  if (customer.idNumber) await page.getByLabel('身份证号').fill(customer.idNumber);
  if (customer.employer) await page.getByLabel('工作单位').fill(customer.employer);
  await page.getByRole('button', { name: '创建', exact: true }).click();
}

async function createCustomer(page: Page, customer: NewCustomer): Promise<string> {
  await submitNewCustomer(page, customer);
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
  return page.url();
}

/** Types into the top bar's search box and opens the hit with this name. */
async function searchAndOpen(page: Page, typed: string, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: '搜索客户' });
  await search.fill(typed);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a customer from creation to the recycle bin and back', async ({ page }) => {
  const url = await createCustomer(page, {
    name: '张伟',
    mobile: '138 0013 8000',
    idNumber: '11010519491231002X',
    employer: '北京市朝阳区第一中学',
  });
  // Stored and shown normalised; the ID filled the birth date.
  await expect(page.getByText('13800138000')).toBeVisible();
  await expect(page.getByText('11010519491231002X')).toBeVisible();
  await expect(page.getByText('1949年12月31日', { exact: false })).toBeVisible();

  // Found by pinyin initials, full pinyin, and a phone typed with spaces; the dropdown says why.
  await page.getByRole('link', { name: '客户', exact: true }).click();
  await page.getByRole('combobox', { name: '搜索客户' }).fill('zw');
  await expect(page.getByRole('option', { name: /张伟/ })).toContainText('拼音');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url);
  await page.getByRole('link', { name: '客户', exact: true }).click();
  await searchAndOpen(page, 'zhangwei', '张伟');
  await page.getByRole('combobox', { name: '搜索客户' }).fill('138 0013');
  await expect(page.getByRole('option', { name: /张伟/ })).toContainText('电话');
  await page.getByRole('option', { name: /张伟/ }).click();

  // Edit: change the employer.
  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: '编辑客户' })).toBeVisible();
  await page.getByLabel('工作单位').fill('招商银行北京分行');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '张伟' })).toBeVisible();
  await expect(page.getByText('招商银行北京分行')).toBeVisible();

  // Log a call: it appears on the timeline at once.
  await page.getByRole('button', { name: '记录电话' }).click();
  const dialog = page.getByRole('dialog', { name: '记录沟通' });
  await dialog.getByLabel('沟通内容').fill('电话回访，客户对理财产品感兴趣，约下周三到网点面谈');
  await dialog.getByLabel('结果').fill('已约面谈');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const timeline = page.getByRole('list', { name: '沟通记录' });
  await expect(timeline).toContainText('电话回访，客户对理财产品感兴趣');
  await expect(timeline).toContainText('结果：已约面谈');
  await expect(timeline).toContainText('我（默认员工）');

  // Delete, then Undo from the notice.
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除该客户？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已移到回收站')).toBeVisible();
  await expect(page.getByText('还没有客户。', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: '张伟' })).toBeVisible();

  // Delete again, restore from the recycle bin, and find it again.
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除该客户？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已移到回收站')).toBeVisible();
  await page.getByRole('combobox', { name: '搜索客户' }).fill('zw');
  await expect(page.getByText('没有匹配的客户。')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '回收站' }).click();
  const row = page.getByRole('row', { name: /张伟/ });
  await expect(row).toContainText('13800138000');
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已恢复“张伟”。')).toBeVisible();
  await expect(page.getByText('回收站是空的。')).toBeVisible();
  await searchAndOpen(page, 'zw', '张伟');
  await expect(page.getByText('招商银行北京分行')).toBeVisible();
});

test('invalid input shows the field message and creates nothing', async ({ page }) => {
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByLabel('姓名').fill('李娜');
  await page.getByLabel('手机').fill('1381234');
  await page.getByLabel('手机').blur();
  await expect(page.getByText('电话号码位数太少。')).toBeVisible();

  await page.getByLabel('手机').fill('13912345678');
  await page.getByLabel('身份证号').fill('110105194912310021');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByText('身份证号校验位不符，可能有输错的数字。')).toBeVisible();
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();

  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('共 0 个客户')).toBeVisible();
  await expect(page.getByText('还没有客户。', { exact: false })).toBeVisible();
});

test('a second customer with the same mobile is caught, and "open existing" goes to the first', async ({ page }) => {
  const first = await createCustomer(page, { name: '王芳', mobile: '139 1234 5678', employer: '中国建设银行上海分行' });

  await submitNewCustomer(page, { name: '王芳芳', mobile: '+86 139-1234-5678' });
  const warning = page.getByRole('alert').filter({ hasText: '该客户可能已经存在' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('王芳');
  await expect(warning).toContainText('同一手机号');
  await expect(warning.getByRole('button', { name: '仍然创建' })).toBeVisible();

  await warning.getByRole('button', { name: '打开已有客户' }).click();
  await expect(page).toHaveURL(first);
  await expect(page.getByRole('heading', { level: 1, name: '王芳' })).toBeVisible();
  await expect(page.getByText('中国建设银行上海分行')).toBeVisible();
});

test('"create anyway" saves the duplicate on purpose', async ({ page }) => {
  await createCustomer(page, { name: '陈静', mobile: '13600001111' });
  await submitNewCustomer(page, { name: '陈静', mobile: '136 0000 1111' });
  await page.getByRole('button', { name: '仍然创建' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '陈静' })).toBeVisible();
  await page.getByRole('link', { name: '客户', exact: true }).click();
  await expect(page.getByText('共 2 个客户')).toBeVisible();
});

test('keyboard: F and Ctrl+K focus the search box, Ctrl+N or N opens a new customer', async ({ page }) => {
  const search = page.getByRole('combobox', { name: '搜索客户' });
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('f');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  await page.getByRole('heading', { name: '客户', exact: true }).click();
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
  // Typing "f" or "n" into a field types it.
  await page.getByLabel('姓名').pressSequentially('fang');
  await expect(page.getByLabel('姓名')).toHaveValue('fang');
  // Browsers keep Ctrl+N for themselves: a plain N (outside fields) also starts a new customer.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
});

test('a company customer keeps its contacts with their decision roles', async ({ page }) => {
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByRole('radio', { name: '企业' }).check();
  await page.getByLabel('客户名称').fill('杭州明远贸易有限公司');
  await page.getByLabel('统一社会信用代码').fill('91330106MA2B0X1234');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  // A mistyped credit code is caught like a resident ID.
  await expect(page.getByText('统一社会信用代码校验位不符，可能有输错的字符。')).toBeVisible();
  await page.getByLabel('统一社会信用代码').fill('');
  await page.getByLabel('员工人数').fill('120');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '杭州明远贸易有限公司' })).toBeVisible();
  await expect(page.getByText('企业', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: '添加联系人' }).click();
  const dialog = page.getByRole('dialog', { name: '添加联系人' });
  await dialog.getByLabel('姓名').fill('周建国');
  await dialog.getByLabel('职务').fill('采购部经理');
  await dialog.getByLabel('电话').fill('0571-8765 4321');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const contacts = page.getByRole('region', { name: '联系人' });
  await expect(contacts.getByText('周建国')).toBeVisible();
  await expect(contacts.getByText('决策人', { exact: true })).toBeVisible();
  await expect(contacts.getByText('0571-87654321', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: '编辑联系人周建国' }).click();
  const edit = page.getByRole('dialog', { name: '编辑联系人' });
  await edit.getByLabel('决策角色').click();
  await page.getByRole('option', { name: '影响决策人' }).click();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(contacts.getByText('影响决策人', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: '删除联系人周建国' }).click();
  await page.getByRole('dialog', { name: '删除该联系人？' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有联系人。')).toBeVisible();
});

test('first start: an empty list points to importing a list and offers demo data, and shows no export', async ({
  page,
}) => {
  const firstSteps = page.getByRole('region', { name: '开始使用' });
  await expect(firstSteps.getByText('还没有客户。')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出' })).toHaveCount(0);
  await expect(firstSteps.getByRole('link', { name: '导入名单' })).toHaveAttribute('href', '#/import');

  await firstSteps.getByRole('button', { name: '用演示数据试用' }).click();
  await expect(page.getByText(/^已添加 300 位演示客户和 \d+ 条回访。$/)).toBeVisible();
  await expect(page.getByText('共 300 个客户')).toBeVisible();
  await expect(firstSteps).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出' })).toBeVisible();
});
