/**
 * The same layout check in English, whose words run longer than Chinese ones: every page at 1024×700 — the screen
 * where longer words overflow first (1920×1080 is checked in Chinese by layout.spec.ts; in English it cost every
 * test run another 30–40 s) — fits without sideways scrolling or cut-off
 * controls. Screenshots land in test-results/layout/en-*.png.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LONG_COMPANY, SIZES, layoutProblems, seed } from './layout-check';

test.use({ appLocale: 'en' });

const heading = (name: string | RegExp) => async (p: Page) => {
  await expect(p.getByRole('heading', { level: 1, name })).toBeVisible();
};

for (const size of SIZES.filter((s) => s.width === 1024)) {
  test(`every page fits in English at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(360_000);
    await page.setViewportSize(size);
    const { customerId } = await seed(page);
    const pages: readonly { name: string; path: string; ready: (p: Page) => Promise<void> }[] = [
      {
        name: 'customers',
        path: '/',
        ready: async (p) => {
          await expect(p.getByRole('grid', { name: 'Customers' }).getByText(LONG_COMPANY)).toBeVisible();
        },
      },
      { name: 'customer', path: `/customers/${customerId}`, ready: heading('欧阳明华') },
      { name: 'customer-edit', path: `/customers/${customerId}/edit`, ready: heading('Edit customer') },
      { name: 'queue', path: '/callbacks?view=all', ready: heading(/./) },
      { name: 'campaigns', path: '/callbacks/campaigns', ready: heading(/./) },
      { name: 'callback-report', path: '/callbacks/report', ready: heading(/./) },
      {
        name: 'segments',
        path: '/segments',
        ready: async (p) => {
          await expect(p.getByRole('table', { name: /ABC/ }).first()).toBeVisible();
        },
      },
      { name: 'segments-settings', path: '/segments/settings', ready: heading(/./) },
      { name: 'saved-segments', path: '/segments/saved', ready: heading('Saved segments') },
      { name: 'products', path: '/products', ready: heading('Products') },
      { name: 'risk', path: '/risk', ready: heading('Risk matching') },
      {
        name: 'complaints',
        path: '/complaints?view=all',
        ready: async (p) => {
          const grid = p.getByRole('grid', { name: 'Complaints' });
          await expect(grid.getByRole('row').filter({ hasText: LONG_COMPANY })).toBeVisible();
        },
      },
      {
        name: 'complaint-report',
        path: '/complaints/report',
        ready: async (p) => {
          await expect(p.getByRole('button', { name: 'Export .xlsx' })).toBeVisible();
        },
      },
      { name: 'import', path: '/import', ready: heading('Import') },
      { name: 'trash', path: '/trash', ready: heading('Recycle bin') },
      { name: 'settings', path: '/settings', ready: heading('Settings') },
      { name: 'audit', path: '/audit', ready: heading('Audit log') },
    ];
    const base = page.url().split('#')[0] ?? '';
    for (const target of pages) {
      await page.goto(`${base}#${target.path}`);
      await target.ready(page);
      await expect(page.locator('.MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate')).toHaveCount(0);
      await page.screenshot({ path: `test-results/layout/en-${size.width}x${size.height}-${target.name}.png` });
      expect.soft(await layoutProblems(page), `${target.name} at ${size.width}×${size.height}`).toEqual([]);
    }
  });
}
