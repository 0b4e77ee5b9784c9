/**
 * Every page at a branch laptop's 1024×700 and at 1920×1080, with long Chinese and English names in the data: the
 * page never scrolls sideways, its buttons and links are not cut off, no table row grows past a sane height.
 * Screenshots land in test-results/layout/.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LONG_COMPANY, SIZES, layoutProblems, seed } from './layout-check';

for (const size of SIZES) {
  test(`every page fits at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(360_000);
    await page.setViewportSize(size);
    const { customerId } = await seed(page);
    const pages: readonly { name: string; path: string; ready: (p: Page) => Promise<void> }[] = [
      {
        name: 'customers',
        path: '/',
        ready: async (p) => {
          // The company with the longest name, found through the list's own search so it is on screen.
          await p.getByLabel('在列表中查找').fill('陆家嘴');
          await expect(p.getByRole('grid', { name: '客户' }).getByText(LONG_COMPANY)).toBeVisible();
        },
      },
      {
        name: 'customer',
        path: `/customers/${customerId}`,
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: /欧阳明华/ })).toBeVisible();
          await expect(p.getByRole('button', { name: '记录电话' })).toBeVisible();
        },
      },
      {
        name: 'customer-edit',
        path: `/customers/${customerId}/edit`,
        ready: async (p) => {
          await expect(p.getByRole('button', { name: '保存' }).first()).toBeVisible();
        },
      },
      {
        name: 'customer-new',
        path: '/customers/new',
        ready: async (p) => {
          await expect(p.getByRole('button', { name: '创建' }).first()).toBeVisible();
        },
      },
      {
        name: 'callbacks',
        path: '/callbacks?view=all',
        ready: async (p) => {
          const grid = p.getByRole('grid', { name: '待回访列表' });
          await expect(grid.getByRole('row').filter({ hasText: '欧阳明华' }).first()).toBeVisible({ timeout: 30_000 });
          // The first row's log button is whole on screen (the rest scroll inside the grid).
          await expect(grid.getByRole('button', { name: /^记录对 / }).first()).toBeInViewport({ ratio: 1 });
        },
      },
      {
        name: 'callbacks-month',
        path: '/callbacks?view=month',
        ready: async (p) => {
          await expect(p.getByRole('grid', { name: '待回访列表' }).getByRole('row').nth(1)).toBeVisible();
        },
      },
      {
        name: 'campaigns',
        path: '/callbacks/campaigns',
        ready: async (p) => {
          await expect(p.getByText('冬季停订客户回访及新一期大额存单产品介绍活动').first()).toBeVisible();
        },
      },
      {
        name: 'callback-report',
        path: '/callbacks/report',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '回访报告' })).toBeVisible();
        },
      },
      {
        name: 'segments',
        path: '/segments',
        ready: async (p) => {
          await expect(p.getByRole('table', { name: 'ABC客户分析法：各类客户' })).toBeVisible();
          await expect(p.getByRole('table', { name: /^行：/ })).toBeVisible();
        },
      },
      {
        name: 'segments-rfm',
        path: '/segments?scheme=rfm',
        ready: async (p) => {
          await expect(p.getByRole('table', { name: '最近购买 × 购买频次' })).toBeVisible();
        },
      },
      {
        name: 'segments-settings',
        path: '/segments/settings',
        ready: async (p) => {
          await expect(p.getByTestId('preview-moved')).toHaveText('没有客户会改变类别。');
        },
      },
      {
        name: 'saved-segments',
        path: '/segments/saved',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '已存分组' })).toBeVisible();
        },
      },
      {
        name: 'products',
        path: '/products',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '产品目录' })).toBeVisible();
        },
      },
      {
        name: 'risk',
        path: '/risk',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '风险匹配' })).toBeVisible();
        },
      },
      {
        name: 'complaints',
        path: '/complaints?view=all',
        ready: async (p) => {
          const grid = p.getByRole('grid', { name: '投诉' });
          await expect(grid.getByRole('row').filter({ hasText: '欧阳明华' })).toBeVisible();
          await expect(grid.getByRole('row').filter({ hasText: LONG_COMPANY })).toBeVisible();
        },
      },
      {
        name: 'complaint-report',
        path: '/complaints/report',
        ready: async (p) => {
          await expect(p.getByRole('table', { name: '按根本原因' })).toBeVisible();
          await expect(p.getByRole('button', { name: '导出 .xlsx' })).toBeVisible();
        },
      },
      {
        name: 'import',
        path: '/import',
        ready: async (p) => {
          await expect(p.getByRole('button', { name: '选择文件…' })).toBeVisible();
        },
      },
      {
        name: 'import-history',
        path: '/import/history',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
        },
      },
      {
        name: 'trash',
        path: '/trash',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '回收站' })).toBeVisible();
        },
      },
      {
        name: 'settings',
        path: '/settings',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
        },
      },
      {
        name: 'audit',
        path: '/audit',
        ready: async (p) => {
          await expect(p.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
        },
      },
      {
        name: 'not-found',
        path: '/no-such-page',
        ready: async (p) => {
          await expect(p.getByText('该页面不存在。')).toBeVisible();
        },
      },
    ];
    const base = page.url().split('#')[0] ?? '';
    for (const target of pages) {
      await page.goto(`${base}#${target.path}`);
      await target.ready(page);
      await expect(page.locator('.MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate')).toHaveCount(0);
      await page.screenshot({ path: `test-results/layout/${size.width}x${size.height}-${target.name}.png` });
      expect.soft(await layoutProblems(page), `${target.name} at ${size.width}×${size.height}`).toEqual([]);
    }
  });
}
