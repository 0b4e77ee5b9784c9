import { test, expect, callApi } from './fixtures';

test('a branch team: add 王丽 and 李强, choose who is at the desk, rename, reassign all, deactivate', async ({
  page,
}) => {
  // A long walk through one section (three dialogs, a reload, the pickers): more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const section = page.getByRole('region', { name: '员工', exact: true });
  const table = section.getByRole('table', { name: '员工列表' });
  await expect(table.getByRole('row')).toHaveCount(1 + 1);

  // Add two staff members; a name already in use is refused next to the field.
  for (const name of ['王丽', '李强']) {
    await section.getByRole('button', { name: '添加员工' }).click();
    const dialog = page.getByRole('dialog', { name: '添加员工' });
    await dialog.getByLabel('员工姓名').fill(` ${name} `);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(`已添加 ${name}。`)).toBeVisible();
    await expect(dialog).toBeHidden();
  }
  await section.getByRole('button', { name: '添加员工' }).click();
  let dialog = page.getByRole('dialog', { name: '添加员工' });
  await dialog.getByLabel('员工姓名').fill('王丽');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('已有在职员工使用这个姓名。')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(table.getByRole('row')).toHaveCount(1 + 3);

  // 王丽 looks after two customers and one open call-back.
  const staff = await callApi<{ id: string; name: string }[]>(page, 'staff.list', {});
  const wang = staff.find((s) => s.name === '王丽')?.id;
  const customers = [];
  for (const [name, mobile] of [
    ['陈静', '13800138000'],
    ['Emily Chen', '15012345678'],
  ])
    customers.push(
      await callApi<{ id: string }>(page, 'customers.create', {
        customer: { kind: 'person', name, mobile, ownerId: wang },
        allowDuplicate: true,
      }),
    );
  await callApi(page, 'callbacks.create', { customerId: customers[0]?.id, dueOn: '2030-03-04', staffId: wang });

  // With several staff, the next start asks who is working at this desk.
  await page.reload();
  const choose = page.getByRole('dialog', { name: '谁在使用这台电脑？' });
  await choose.getByRole('button', { name: '李强', exact: true }).click();
  await expect(choose).toBeHidden();
  await expect(page.getByLabel('当前员工')).toContainText('李强');

  const row = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(row('王丽').getByRole('cell').nth(1)).toHaveText('2');
  await expect(row('王丽').getByRole('cell').nth(2)).toHaveText('1');
  // The default staff member and the one at this desk cannot be deactivated.
  await expect(row('我（默认员工）').getByRole('button', { name: /^停用/ })).toHaveCount(0);
  await expect(row('李强').getByRole('button', { name: /^停用/ })).toHaveCount(0);
  await expect(row('李强')).toContainText('当前员工');

  // Rename.
  await row('李强').getByRole('button', { name: '修改 李强 的姓名' }).click();
  dialog = page.getByRole('dialog', { name: '修改 李强 的姓名' });
  await dialog.getByLabel('员工姓名').fill('李强（客服部）');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已改名为 李强（客服部）。')).toBeVisible();

  // Reassign all of 王丽 to 李强.
  await row('王丽').getByRole('button', { name: '全部转给他人：王丽' }).click();
  dialog = page.getByRole('dialog', { name: '将 王丽 名下的全部转给他人' });
  await expect(dialog).toContainText('2 个客户、1 个待回访');
  await dialog.getByLabel('接手员工').click();
  await page.getByRole('option', { name: '李强（客服部）' }).click();
  await dialog.getByRole('button', { name: '全部转出' }).click();
  await expect(page.getByText('已将 2 个客户、1 个待回访 从 王丽 转给 李强（客服部）。')).toBeVisible();
  await expect(row('王丽').getByRole('cell').nth(1)).toHaveText('0');
  await expect(row('李强（客服部）').getByRole('cell').nth(1)).toHaveText('2');
  await expect(row('李强（客服部）').getByRole('cell').nth(2)).toHaveText('1');

  // Deactivate 王丽: kept in the list as deactivated.
  await row('王丽').getByRole('button', { name: '停用 王丽' }).click();
  dialog = page.getByRole('dialog', { name: '停用 王丽' });
  await dialog.getByRole('button', { name: '停用', exact: true }).click();
  await expect(page.getByText('已停用 王丽。')).toBeVisible();
  await expect(row('王丽')).toContainText('已停用');
  await expect(row('王丽').getByRole('button', { name: '重新启用 王丽' })).toBeVisible();

  // The pickers no longer offer her; the customer now shows the new account manager.
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByLabel('客户经理').click();
  await expect(page.getByRole('option', { name: '李强（客服部）' })).toBeVisible();
  await expect(page.getByRole('option', { name: '王丽' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.goto(page.url().replace(/#.*$/, `#/customers/${customers[1]?.id}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Emily Chen' })).toBeVisible();
  await expect(page.getByText('李强（客服部）').first()).toBeVisible();
});
