/**
 * Each test gets a fresh temporary database and its own app instance:
 * - web (default): `node dist/electron/web.cjs --db <tmp>` driven in a new context of the worker's Chromium;
 * - electron (DOSSIER_E2E_TARGET=electron): the desktop app through Playwright's `_electron`.
 */
import { test as base, chromium, _electron as electron, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath, startWebApp, stopWebApp } from '../web-host';

// The package is an ES module: no __dirname here.
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
interface Fixtures {
  readonly dbPath: string;
  readonly page: Page;
  /** Language the app starts in: zh-CN by default (the browser locale), `en` to start in English. */
  readonly appLocale: 'zh-CN' | 'en';
}

interface WorkerFixtures {
  /** One Chromium per worker (web target; none for the desktop); each test gets a new context, sharing no state. */
  readonly webBrowser: Browser | null;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  webBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (process.env.DOSSIER_E2E_TARGET === 'electron') return use(null);
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  appLocale: ['zh-CN', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dbPath: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    await use(join(dir, 'dossier.db'));
    rmSync(dir, { recursive: true, force: true });
  },
  page: async ({ dbPath, appLocale, webBrowser }, use) => {
    if (process.env.DOSSIER_E2E_TARGET === 'electron') {
      // better-sqlite3 built for Electron's ABI, prepared by `node scripts/electron-native.mjs`.
      const pointer = join(ROOT, 'node_modules', '.cache', 'dossier-native', 'better_sqlite3.path');
      const nativeBinding = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : '';
      const app = await electron.launch({
        args: [join(ROOT, 'dist', 'electron', 'main.cjs')],
        env: {
          ...process.env,
          DOSSIER_DB: dbPath,
          DOSSIER_NATIVE_BINDING: nativeBinding,
          LANG: appLocale === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8',
        },
      });
      const page = await app.firstWindow();
      await use(page);
      await app.close();
      return;
    }
    if (!webBrowser) throw new Error('no browser for the web target');
    const web = await startWebApp(ROOT, dbPath);
    const context = await webBrowser.newContext({ locale: appLocale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(web.url);
    await use(page);
    await context.close();
    await stopWebApp(web);
  },
});

/** The part of the page's globals `callApi` uses (the tests compile without the DOM library). */
interface PageGlobals {
  readonly sessionStorage: { getItem(key: string): string | null };
  fetch(url: string, init: object): Promise<{ json(): Promise<unknown> }>;
  /** The desktop preload's bridge (Electron target). */
  readonly dossier?: Record<string, (input: unknown) => Promise<unknown>>;
}

/**
 * Calls a channel of the running app the way the renderer does (the desktop bridge, or HTTP with the token and the
 * signed-in session kept in the tab's session storage), to set up data a test is not about; throws the error reply.
 */
export function callApi<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      const tab = globalThis as unknown as PageGlobals;
      const bridge = tab.dossier?.[channel];
      const reply = (
        bridge
          ? await bridge(input)
          : await (
              await tab.fetch(`/api/${channel}`, {
                method: 'POST',
                headers: {
                  'Content-Type': 'application/json',
                  'X-Dossier-Token': tab.sessionStorage.getItem('dossier.token') ?? '',
                  'X-Dossier-Session': tab.sessionStorage.getItem('dossier.session') ?? '',
                },
                body: JSON.stringify(input),
              })
            ).json()
      ) as { ok: boolean; value?: unknown; error?: unknown };
      if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
      return reply.value as T;
    },
    { channel, input },
  );
}

/** A figure tile (campaign preview, call-back report): the number under its label. */
export const figure = (page: Page, label: string) =>
  page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');

export { expect } from '@playwright/test';
