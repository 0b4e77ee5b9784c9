/**
 * The head-office view: the web host started with `--hq` and the read-only role's URL, over a throw-away
 * PostgreSQL cluster seeded with two hand-counted branches and one that never pushed. Without PostgreSQL's
 * binaries the spec is skipped on a developer's machine (said why) and fails in CI, which installs them.
 */
import { test as base, chromium, expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'pg';
import { seedTwoBranches, setUpHq } from '../fixtures/hq-branches';
import { startCluster, type Cluster } from '../unit/hq/cluster';
import { SIZES, layoutProblems } from './layout-check';
import { CHROMIUM_ARGS, chromiumPath, startWebApp, stopWebApp, type WebApp } from '../web-host';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const test = base.extend<{ hqPage: Page }, { hqApp: { web: WebApp; browser: Browser } }>({
  hqApp: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      let cluster: Cluster;
      try {
        cluster = await startCluster();
      } catch (error) {
        const message = (error as Error).message;
        if (/not installed/.test(message) && !process.env.CI) {
          base.skip(
            true,
            `PostgreSQL binaries are absent (${message}); install postgresql to run the head-office view`,
          );
        }
        throw error;
      }
      const dir = mkdtempSync(join(tmpdir(), 'dossier-hq-e2e-'));
      try {
        const hq = await setUpHq(cluster.url, cluster.urlFor, [
          ['SH01', '上海静安支行'],
          ['BJ02', 'Beijing Chaoyang'],
          ['GZ03', '广州天河支行'],
        ]);
        const admin = new Client({ connectionString: cluster.url });
        await admin.connect();
        await seedTwoBranches(admin, hq.branches.SH01!, hq.branches.BJ02!);
        await admin.end();
        const web = await startWebApp(ROOT, join(dir, 'unused.db'), ['--hq', hq.readerUrl]);
        const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
        await use({ web, browser });
        await browser.close();
        await stopWebApp(web);
      } finally {
        cluster.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  hqPage: async ({ hqApp, locale }, use) => {
    const context = await hqApp.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(hqApp.web.url);
    await use(page);
    await context.close();
  },
});

test('head office sees every branch with a total, opens one, and no branch page is offered', async ({
  hqPage: page,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: '各网点' })).toBeVisible();
  await expect(page.getByText('3 个网点 · 逾期投诉按')).toBeVisible();
  const grid = page.getByRole('grid', { name: '各网点数据' });
  const row = (name: string) => grid.getByRole('row').filter({ hasText: name });
  await expect(row('上海静安支行').getByRole('gridcell', { name: '50%' })).toBeVisible();
  await expect(row('上海静安支行')).toContainText('10,000');
  await expect(row('Beijing Chaoyang')).toContainText('5,000');
  await expect(row('广州天河支行')).toContainText('从未推送');
  await expect(row('全部网点')).toContainText('8,000');
  await expect(row('全部网点').getByRole('gridcell', { name: '5', exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('hq-chart').locator('svg').first()).toBeVisible();
  // The page fits both screens the branches use; pictures in test-results/screenshots.
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', `hq-branches-${size.width}.png`) });
  }
  // Only head office's pages are in the navigation.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText(['各网点', '跨网点查找', '同一客户']);

  await row('上海静安支行').getByRole('link', { name: '上海静安支行' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '上海静安支行' })).toBeVisible();
  const tile = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');
  await expect(tile('客户数')).toHaveText('3');
  await expect(tile('接通率')).toHaveText('50%');
  await expect(tile('平均满意度')).toHaveText('4.5');
  await expect(tile('每万客户投诉数')).toHaveText('10,000');
  const abc = page.getByRole('table').filter({ hasText: 'A 类' });
  await expect(abc.getByRole('row').filter({ hasText: 'A 类' })).toContainText('1');
  await page.getByRole('link', { name: '全部网点' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '各网点' })).toBeVisible();

  // An address of a branch page answers "not found", not a branch's data.
  await page.goto(page.url().replace(/#.*$/, '#/customers'));
  await expect(page.getByRole('heading', { level: 1, name: '该页面不存在。' })).toBeVisible();
});

test('head office finds a customer at every branch and lists the same person at two', async ({ hqPage: page }) => {
  await page.getByRole('link', { name: '跨网点查找' }).click();
  await page.getByLabel('姓名或手机号（如 5678）').fill('王芳');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByText('2 位客户')).toBeVisible();
  const results = page.getByRole('grid', { name: '跨网点查找客户' });
  await expect(results.getByRole('row').filter({ hasText: 'BJ02' })).toContainText('139****0001');
  await expect(results.getByRole('row').filter({ hasText: 'SH01' })).toContainText('138****5678');
  await page.getByLabel('姓名或手机号（如 5678）').fill('张伟');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page.getByText('没有任何网点的客户符合“张伟”。')).toBeVisible();

  await page.getByRole('link', { name: '同一客户' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '同一客户在多个网点' })).toBeVisible();
  const byId = page.getByRole('region', { name: '2 位客户，分属 2 个网点' });
  await expect(byId).toHaveCount(1);
  await expect(byId.getByRole('row').filter({ hasText: '王芳' })).toHaveCount(2);
  await page.getByRole('tab', { name: '按手机号' }).click();
  await expect(page.getByRole('region', { name: '2 位客户，分属 2 个网点' })).toHaveCount(2);
  await expect(page.getByRole('region').first()).toContainText('Li Lei');
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });
  test('the branch list counts with plurals and says an empty branch never pushed', async ({ hqPage: page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Branches' })).toBeVisible();
    await expect(page.getByText('3 branches · overdue complaints counted on')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '广州天河支行' })).toContainText('Never');
    await expect(page.getByRole('row').filter({ hasText: 'All branches' })).toContainText('8,000');
    // English headers are longer: the page still fits the narrow screen.
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'hq-branches-en-1024.png') });
  });
});
