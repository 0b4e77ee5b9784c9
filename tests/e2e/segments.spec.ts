import type { Page } from '@playwright/test';
import { test, expect, callApi } from './fixtures';

/**
 * Seven customers, six of whom bought in the last months for ¥1,000,000 in all: 王建国 ¥600,000 (60 %), Margaret
 * Thompson ¥150,000, 张伟 ¥100,000, 李秀英 ¥60,000, 陈静 ¥50,000, 刘洋 ¥40,000; 杨帆 bought nothing. By collections
 * with A while the customers ranked above hold less than 80 %: A = 王建国, Margaret Thompson, 张伟 (above them 0 %,
 * 60 %, 75 %); B = 李秀英, 陈静 (85 %, 91 %); C = 刘洋 (96 %) and 杨帆.
 */
const BUYERS = [
  { name: '王建国', mobile: '13812345678', yuan: [250_000, 200_000, 150_000] },
  { name: 'Margaret Thompson', mobile: '13912345679', yuan: [100_000, 50_000] },
  { name: '张伟', mobile: '13712345670', yuan: [100_000] },
  { name: '李秀英', mobile: '13612345671', yuan: [30_000, 30_000] },
  { name: '陈静', mobile: '13512345672', yuan: [50_000] },
  { name: '刘洋', mobile: '13412345673', yuan: [40_000] },
] as const;

async function seed(page: Page): Promise<Map<string, string>> {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const today = await page.evaluate(() => {
    const d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  });
  const daysAgo = (n: number): string => new Date(today - n * 86_400_000).toISOString().slice(0, 10);
  const ids = new Map<string, string>();
  for (const buyer of BUYERS) {
    const created = await callApi<{ id: string }>(page, 'customers.create', {
      customer: { kind: 'person', name: buyer.name, mobile: buyer.mobile },
    });
    ids.set(buyer.name, created.id);
    for (const [i, yuan] of buyer.yuan.entries()) {
      await callApi(page, 'purchases.save', {
        customerId: created.id,
        occurredOn: daysAgo(20 + i * 45),
        product: '大额存单',
        amountCents: yuan * 100,
        profitCents: yuan * 2,
      });
    }
  }
  const idle = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '杨帆', mobile: '13312345674' },
  });
  ids.set('杨帆', idle.id);
  return ids;
}

/** The count in the class table of the ABC tab. */
const abcCount = (page: Page, cls: string) =>
  page
    .getByRole('table', { name: 'ABC客户分析法：各类客户' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: cls, exact: true }) })
    .getByRole('cell')
    .nth(1);

test('segments: the A customers, why one is A, and a threshold that moves them', async ({ page }) => {
  test.setTimeout(150_000);
  const ids = await seed(page);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户分层' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户分层' })).toBeVisible();
  await page.getByRole('button', { name: '重新计算' }).click();
  await expect(page.getByText('已为 7 位客户分层。')).toBeVisible();
  await expect(page.getByText(/^统计期间 .+ 至 .+ · 计算于 /)).toBeVisible();
  await expect(abcCount(page, 'A 类')).toHaveText('3');
  await expect(abcCount(page, 'B 类')).toHaveText('2');
  await expect(abcCount(page, 'C 类')).toHaveText('2');
  // 3 : 2 : 2 against the guideline 1 : 2 : 2.
  await expect(page.getByTestId('abc-ratio')).toHaveText('A : B : C 实际为 1 : 0.7 : 0.7（参考 1 : 2 : 2）');
  // A holds ¥850,000 of ¥1,000,000.
  const aRow = page.getByRole('table', { name: 'ABC客户分析法：各类客户' }).getByRole('row', { name: /^A 类 / });
  await expect(aRow).toContainText('85.0%');

  // The R×F grid counts the six buyers; the other schemes have their own tabs.
  await page.getByRole('tab', { name: 'RFM 分析' }).click();
  await expect(page).toHaveURL(/scheme=rfm/);
  const grid = page.getByRole('table', { name: '最近购买 × 购买频次' });
  await expect(grid.getByRole('cell')).toHaveCount(25);
  const cells = await grid.getByRole('cell').allTextContents();
  expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(6);
  // A cell with customers opens the list narrowed to its two scores.
  await expect(grid.getByRole('link').first()).toHaveAttribute('href', /^#\/\?rMin=(\d)&rMax=\1&fMin=(\d)&fMax=\2$/);
  await page.getByRole('tab', { name: 'ABC客户分析法' }).click();

  // The A row opens the customer list filtered to the A class.
  await page
    .getByRole('table', { name: 'ABC客户分析法：各类客户' })
    .getByRole('link', { name: 'A 类', exact: true })
    .click();
  await expect(page).toHaveURL(/#\/\?class=abc:A$/);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();

  // On 王建国's page: why he is A, with the figures behind it.
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/customers/${id}`;
  }, ids.get('王建国'));
  await expect(page.getByRole('heading', { level: 1, name: '王建国' })).toBeVisible();
  const card = page.getByRole('region', { name: '客户分类' });
  await expect(card.getByTestId('class-abc')).toContainText('A 类');
  await expect(card).toContainText('按回款额：近 12 个月 ¥600,000.00，排名 1 / 6，累计 60.0%');
  await expect(card).toContainText('期间内（近 12 个月）购买 3 次');
  // 杨帆 bought nothing: C with nothing to rank, and RFM's "no purchase" class.
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/customers/${id}`;
  }, ids.get('杨帆'));
  await expect(page.getByRole('heading', { level: 1, name: '杨帆' })).toBeVisible();
  await expect(card).toContainText('无可排名金额，归为 C');
  await expect(card.getByTestId('class-rfm')).toContainText('期间内（近 12 个月）未购买');

  // A stricter A limit: only 王建国 has less than 60 % ranked above him.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户分层' }).click();
  await page.getByRole('link', { name: '分层阈值' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '分层阈值' })).toBeVisible();
  const preview = page.getByRole('table', { name: 'ABC客户分析法：当前与按新阈值的各类客户数' });
  await expect(preview.getByRole('row', { name: /^A 类 / })).toHaveText(/^A 类\s*3\s*3\s*$/);
  const aMax = page.getByLabel('A 类累计占比上限');
  await aMax.fill('');
  await expect(page.getByText('请先更正标出的阈值，才能预览和保存。')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存' })).toBeDisabled();
  await aMax.fill('60');
  await expect(preview.getByRole('row', { name: /^A 类 / })).toHaveText(/^A 类\s*3\s*1\s*-2$/);
  await expect(page.getByTestId('preview-moved')).toHaveText(/将有 \d+ 位客户改变类别。/);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('阈值已保存，正在重新计算分层。')).toBeVisible({ timeout: 20_000 });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户分层' }).click();
  await expect(abcCount(page, 'A 类')).toHaveText('1', { timeout: 20_000 });
  await expect(abcCount(page, 'B 类')).toHaveText('4');

  // 张伟 is B now, with the figures behind it; changes on one day keep the day's last class, so his history says he
  // was first classified B today.
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/customers/${id}`;
  }, ids.get('张伟'));
  await expect(page.getByRole('heading', { level: 1, name: '张伟' })).toBeVisible();
  await expect(card.getByTestId('class-abc')).toContainText(
    'B 类按回款额：近 12 个月 ¥100,000.00，排名 3 / 6，累计 85.0%',
  );
  const change = card.getByRole('listitem').filter({ hasText: 'ABC客户分析法：— → B 类' });
  await expect(change.getByText('首次分类', { exact: true })).toBeVisible();
});
