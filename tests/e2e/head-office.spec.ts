/**
 * Settings → Head office in the web host, against a throw-away PostgreSQL cluster set up with `dossier hq init` and
 * `hq add-branch`: the manager enters the address and the password, pushes, and sees the last push and an empty
 * queue; with PostgreSQL stopped the branch keeps working, the push says why it failed and the queue grows; with it
 * back the next push sends everything. The section fits at 1024×700.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'pg';
import type { Page } from '@playwright/test';
import { startCluster, type Cluster } from '../unit/hq/cluster';
import { test as base, callApi, expect } from './fixtures';
import { layoutProblems } from './layout-check';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

function dossier(args: readonly string[]): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'electron', 'cli.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  if (run.status !== 0) throw new Error(`dossier ${args.join(' ')}: ${run.stderr}${run.stdout}`);
  return run.stdout;
}

let cluster: Cluster;
/** What add-branch printed, as the manager types it into Settings: the address, and the password apart. */
let address = '';
let password = '';

/** A new database that is branch SH01 (the branch is set once, with the CLI, before the app starts). */
const test = base.extend<{ dbPath: string }>({
  // eslint-disable-next-line no-empty-pattern
  dbPath: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-hq-'));
    const dbPath = join(dir, 'dossier.db');
    dossier(['branch', 'init', '--code', 'SH01', '--name', '上海静安支行', '--db', dbPath]);
    await use(dbPath);
    rmSync(dir, { recursive: true, force: true });
  },
});

test.beforeAll(async () => {
  cluster = await startCluster();
  dossier(['hq', 'init', '--url', cluster.url]);
  const added = JSON.parse(
    dossier(['hq', 'add-branch', '--code', 'SH01', '--name', '上海静安支行', '--url', cluster.url, '--json']),
  ) as { url: string };
  const url = new URL(added.url);
  password = decodeURIComponent(url.password);
  url.password = '';
  address = url.toString();
});

test.afterAll(() => cluster?.destroy());

/** Customers head office holds for SH01 (as the superuser). */
async function atHeadOffice(): Promise<number> {
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    const r = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier.customers c JOIN dossier.branches b ON b.id = c.branch_id
       WHERE b.code = 'SH01' AND c.deleted_at IS NULL`,
    );
    return r.rows[0]!.n;
  } finally {
    await admin.end();
  }
}

/** The number of changes waiting, as the section says it. */
async function queued(page: Page): Promise<number> {
  const text = (await page.getByTestId('sync-queue').textContent()) ?? '';
  return text.includes('没有待推送的改动') ? 0 : Number(/(\d+) 项改动待推送/.exec(text)?.[1] ?? NaN);
}

test('the manager connects the branch, pushes, loses head office and gets it back', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  for (const customer of [
    { kind: 'person', name: '王芳', mobile: '13812345678' },
    { kind: 'person', name: 'James Wilson', mobile: '13900139002' },
  ])
    await callApi(page, 'customers.create', { customer });

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const section = page.getByRole('region', { name: '总部' });
  await expect(section.getByText('网点 SH01 · 上海静安支行')).toBeVisible();
  await expect(section.getByTestId('sync-last-push')).toHaveText('尚未推送');
  await expect(section.getByRole('button', { name: '立即推送' })).toBeDisabled();

  await section.getByLabel('总部数据库（postgresql://用户@主机/库）').fill(address);
  await section.getByLabel('密码', { exact: true }).fill(password);
  await section.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('总部连接已保存。')).toBeVisible();
  await expect(section.getByText('密码已保存（留空则保持不变）')).toBeVisible();
  // The address is shown as stored: without the password.
  await expect(section.getByLabel('总部数据库（postgresql://用户@主机/库）')).not.toHaveValue(new RegExp(password));

  await section.getByRole('button', { name: '立即推送' }).click();
  await expect(section.getByTestId('sync-last-push')).toContainText('上次推送：');
  await expect(section.getByTestId('sync-queue')).toHaveText('没有待推送的改动');
  await expect(section.getByTestId('sync-last-error')).toHaveCount(0);
  expect(await atHeadOffice()).toBe(2);

  // Head office goes away: the branch keeps working, the push says why, and the changes wait.
  cluster.stop();
  try {
    await callApi(page, 'customers.create', { customer: { kind: 'person', name: '李强', mobile: '13700137003' } });
    await section.getByRole('button', { name: '立即推送' }).click();
    const problem = section.getByTestId('sync-last-error');
    // Promptly: a server that is gone is given up within the 3-second first connect, never the old 10 seconds.
    await expect(problem).toContainText('无法连接总部数据库；改动保留在本地，下次推送时一并发送。', {
      timeout: 8_000,
    });
    await expect(section.getByTestId('sync-queue')).toHaveText(/\d+ 项改动待推送/);
    const waiting = await queued(page);
    expect(waiting).toBeGreaterThan(0);

    await callApi(page, 'customers.create', {
      customer: { kind: 'person', name: 'Margaret Thompson', mobile: '13600136004' },
    });
    await section.getByRole('button', { name: '立即推送' }).click();
    await expect.poll(() => queued(page), { timeout: 8_000 }).toBeGreaterThan(waiting);
    await expect(problem).toBeVisible();
  } finally {
    cluster.start();
  }

  // Back: the next push sends what waited.
  await section.getByRole('button', { name: '立即推送' }).click();
  await expect(section.getByTestId('sync-queue')).toHaveText('没有待推送的改动', { timeout: 40_000 });
  await expect(section.getByTestId('sync-last-error')).toHaveCount(0);
  expect(await atHeadOffice()).toBe(4);

  await page.setViewportSize({ width: 1024, height: 700 });
  await section.scrollIntoViewIfNeeded();
  expect(await layoutProblems(page)).toEqual([]);
  const box = await section.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 1024).toBe(true);
  // The README's picture (docs/screenshots/settings-head-office.png) is copied from here by hand: a test run leaves
  // the working tree alone.
  await section.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'settings-head-office.png') });
});
