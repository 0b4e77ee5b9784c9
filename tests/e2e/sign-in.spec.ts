import { test, expect, callApi } from './fixtures';

test('a manager turns sign-in on; staff sign in, are refused a manager’s page, and sign out', async ({ page }) => {
  test.setTimeout(180_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await callApi(page, 'staff.create', { name: '王芳' });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const section = page.getByRole('region', { name: '登录与角色' });
  const enable = section.getByLabel('员工需要登录');

  // Turning it on before the manager has a password is refused, and it stays off.
  await enable.click();
  await expect(page.getByText('请先设置您自己的密码或 PIN，再开启登录。')).toBeVisible();
  await expect(enable).not.toBeChecked();

  for (const [row, secret] of [
    ['我（默认员工）', 'manager-2026'],
    ['王芳', '135790'],
  ] as const) {
    await section
      .getByRole('row', { name: new RegExp(row) })
      .getByRole('button', { name: '设置密码' })
      .click();
    const dialog = page.getByRole('dialog', { name: `${row} 的密码或 PIN` });
    await dialog.getByLabel('密码或 PIN').fill('123');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('密码或 PIN 至少 6 个字符。')).toBeVisible();
    await dialog.getByLabel('密码或 PIN').fill(secret);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(`已保存 ${row} 的密码。`)).toBeVisible();
  }
  await expect(section.getByRole('row', { name: /王芳/ })).toContainText('已设置');

  // On: this tab has no session yet, so the sign-in screen takes over.
  await enable.click();
  const signIn = page.getByRole('form', { name: '登录 Dossier' });
  // Each password is checked with a memory-hard hash: slow on purpose, slower on a busy machine.
  await expect(signIn).toBeVisible({ timeout: 30_000 });
  await signIn.getByLabel('员工').click();
  await page.getByRole('option', { name: '王芳' }).click();
  await signIn.getByLabel('密码或 PIN').fill('000000');
  await signIn.getByRole('button', { name: '登录' }).click();
  await expect(signIn.getByText('密码或 PIN 错误。再错 4 次将被锁定。')).toBeVisible();
  await signIn.getByLabel('密码或 PIN').fill('135790');
  await signIn.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('已登录：王芳（员工）')).toBeVisible({ timeout: 30_000 });
  // Back on the page the tab was on; the staff list on it is a manager's.
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: '员工', exact: true }).getByText('只有主管可以执行此操作。'),
  ).toBeVisible();

  // Import history is a manager's: the core refuses it.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/import/history';
  });
  // Settings (whose backup list is a manager's too) is gone; the history page says why it shows nothing.
  await expect(page.getByRole('region', { name: '备份' })).toBeHidden();
  await expect(page.getByText('只有主管可以执行此操作。')).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(signIn).toBeVisible();
  await expect(page.getByText('已登录：王芳（员工）')).toBeHidden();

  // The manager finds 王芳's refused attempt, sign-in and sign-out in the audit log, every kind named in Chinese.
  await signIn.getByLabel('员工').click();
  await page.getByRole('option', { name: '我（默认员工）' }).click();
  await signIn.getByLabel('密码或 PIN').fill('manager-2026');
  await signIn.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(/已登录：我（默认员工）/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计日志' }).click();
  await page.getByLabel('记录类型').click();
  const kinds = page.getByRole('listbox').getByRole('option');
  await expect(kinds.filter({ hasText: '回访设置' })).toHaveCount(1);
  await expect(kinds.filter({ hasText: '导出文件' })).toHaveCount(1);
  for (const name of await kinds.allTextContents()) expect(name, name).toMatch(/[\u4e00-\u9fff]/);
  await kinds.filter({ hasText: /^员工$/ }).click();
  await page.getByLabel('操作类型').click();
  await page.getByRole('listbox').getByRole('option', { name: '登录被拒' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row').filter({ hasText: '登录被拒' })).toHaveCount(1);
  await expect(grid.getByRole('row').filter({ hasText: '登录被拒' })).toContainText('员工');
});
