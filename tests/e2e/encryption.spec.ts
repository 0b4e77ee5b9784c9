/**
 * The web host on an encrypted database: the unlock screen first, a wrong passphrase said as such, then the app;
 * Settings → Encryption changes the passphrase.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from './fixtures';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const PASSPHRASE = '杭州分行 2026 春';

/** A database with demo customers, encrypted with the CLI before the web host starts. */
const test = base.extend<{ dbPath: string }>({
  // eslint-disable-next-line no-empty-pattern
  dbPath: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-crypt-'));
    const dbPath = join(dir, 'dossier.db');
    const keyFile = join(dir, 'key.txt');
    writeFileSync(keyFile, PASSPHRASE, { mode: 0o600 });
    const cli = join(ROOT, 'dist', 'electron', 'cli.cjs');
    for (const args of [
      ['seed-demo', '--customers', '30', '--db', dbPath],
      ['encryption', 'enable', '--new-key-file', keyFile, '--db', dbPath],
    ]) {
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
    }
    await use(dbPath);
    rmSync(dir, { recursive: true, force: true });
  },
});

test('unlocks an encrypted database: wrong key said, then the customers; the passphrase changed in Settings', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await expect(page.getByRole('heading', { name: '数据库已加密' })).toBeVisible();
  const passphrase = page.getByLabel('密码短语');
  await passphrase.fill('上海分行 2025');
  await page.getByRole('button', { name: '打开' }).click();
  await expect(page.getByRole('alert')).toHaveText('密钥错误：此密码短语无法打开数据库。数据没有损坏。');

  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: '打开' }).click();
  // Opening derives the key and starts the first backup: on a busy machine (three spec workers) it took over 10 s.
  // The app asks who is at the desk first; its dialog hides the page behind it until answered.
  await page
    .getByRole('dialog', { name: '谁在使用这台电脑？' })
    .getByRole('button', { name: '我（默认员工）' })
    .click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  await expect(page.getByText('共 30 个客户')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  const section = page.getByRole('region', { name: '数据加密' });
  await expect(section).toContainText('数据库及其备份已加密');
  await section.getByRole('button', { name: '更改密码短语' }).click();
  await section.getByLabel('当前密码短语').fill('not the passphrase');
  await section.getByLabel('新密码短语').fill('宁波分行 new key');
  await section.getByLabel('再次输入密码短语').fill('宁波分行 new key');
  await section.getByRole('button', { name: '更改密码短语' }).click();
  await expect(section.getByText('密钥错误：这不是当前的密码短语。')).toBeVisible();
  await section.getByLabel('当前密码短语').fill(PASSPHRASE);
  await section.getByRole('button', { name: '更改密码短语' }).click();
  await expect(page.getByText(/^已加密。已先备份到 /)).toBeVisible();
});
