import { test, expect, callApi } from './fixtures';

interface Created {
  readonly id: string;
}

test('staff see their own figures and masked custom phones; a manager marks which custom fields are personal', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  // The desk's manager looks after 上海星辰; 王芳 after 张伟, whose second mobile is kept in a custom field.
  const desk = (await callApi<{ me: { id: string } }>(page, 'auth.status', {})).me.id;
  const wang = await callApi<Created>(page, 'staff.create', { name: '王芳' });
  const chen = await callApi<Created>(page, 'staff.create', { name: '陈磊' });
  const theirs = await callApi<Created>(page, 'customers.create', {
    customer: { kind: 'company', name: '上海星辰贸易有限公司', phone: '021-62345678', ownerId: desk },
  });
  const mine = await callApi<Created>(page, 'customers.create', {
    customer: {
      kind: 'person',
      name: '张伟',
      mobile: '13812345678',
      ownerId: wang.id,
      customFields: { 备用手机: '13911112222', 微信号: 'zhangwei_88' },
    },
  });
  for (const customerId of [theirs.id, theirs.id, mine.id, mine.id])
    await callApi(page, 'complaints.create', {
      customerId,
      channel: 'phone',
      category: 'billing_error',
      words: '对账单金额有误',
    });
  await callApi(page, 'auth.setSecret', { staffId: desk, secret: 'manager-2026' });
  await callApi(page, 'auth.setSecret', { staffId: wang.id, secret: '135790' });
  await callApi(page, 'auth.configure', { enabled: true });
  await page.reload();

  const signIn = page.getByRole('form', { name: '登录 Dossier' });
  const signInAs = async (name: string, secret: string) => {
    // Each password is checked with a memory-hard hash: slow on purpose, slower on a busy machine.
    await expect(signIn).toBeVisible({ timeout: 30_000 });
    await signIn.getByLabel('员工').click();
    await page.getByRole('option', { name }).click();
    await signIn.getByLabel('密码或 PIN').fill(secret);
    await signIn.getByRole('button', { name: '登录' }).click();
    await expect(page.getByText(new RegExp(`已登录：${name}`))).toBeVisible({ timeout: 30_000 });
  };
  await signInAs('王芳', '135790');

  // The complaint report counts her customers only, names no other's repeat complainer, and says so.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/complaints/report';
  });
  await expect(page.getByText('以上数据仅包含您负责的客户和未分配的客户。')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('张伟').first()).toBeVisible();
  await expect(main.getByText('上海星辰贸易有限公司')).toHaveCount(0);

  // Her customer's second mobile is masked like the mobile; the WeChat id is not personal by its name.
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/customers/${id}`;
  }, mine.id);
  await expect(main.getByText('139****2222')).toBeVisible();
  await expect(main.getByText('zhangwei_88')).toBeVisible();
  await expect(main.getByText('13911112222')).toHaveCount(0);

  // She plans a call-back for 陈磊: her change history names him, from the staff list her own pickers read.
  await callApi(page, 'callbacks.create', {
    customerId: mine.id,
    dueOn: '2026-12-15',
    staffId: chen.id,
    notes: '核对年费',
  });
  const history = main.getByRole('region', { name: '修改记录' });
  await history.getByRole('button', { name: '展开' }).click();
  await expect(history.getByText(/回访人：陈磊/)).toBeVisible();
  await expect(history.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-/)).toHaveCount(0);

  // The manager sees the field whole, and unmarks it in Settings → Personal data.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signInAs('我（默认员工）', 'manager-2026');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const field = page.getByLabel('备用手机：个人信息');
  await expect(field).toBeChecked();
  await expect(page.getByLabel('微信号：个人信息')).not.toBeChecked();
  await field.click();
  await expect(page.getByText('备用手机 现对员工完整显示。')).toBeVisible();
  await expect(field).not.toBeChecked();
});
