/**
 * Every page at a branch laptop's 1024×700 and at 1920×1080, with long Chinese and English names in the data: the
 * page never scrolls sideways, its buttons and links are not cut off, no table row grows past a sane height.
 * Screenshots land in test-results/layout/.
 */
import type { Page } from '@playwright/test';
import { test, expect, callApi } from './fixtures';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;

/** One line of text, or two with a small second line; anything taller means text wrapped a character per line. */
const MAX_ROW_HEIGHT = 80;

const LONG_COMPANY = '上海浦东新区陆家嘴金融贸易区张江高科技园区创新发展有限公司';
const LONG_NOTES =
  '客户反映上次理财产品到期后资金未及时转入活期账户，要求回访时说明处理进度，并介绍新一期大额存单的利率和起存金额。';

interface Seeded {
  readonly customerId: string;
}

async function seed(page: Page): Promise<Seeded> {
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const staff = await callApi<{ id: string }[]>(page, 'staff.list', {});
  const people = [
    { kind: 'person', name: '欧阳明华', mobile: '13800138001', tags: ['理财客户', '冬季停订'] },
    { kind: 'person', name: 'Margaret Thompson-Whitfield', mobile: '13900139002', tags: ['冬季停订'] },
    { kind: 'company', name: LONG_COMPANY, phone: '021-58881234', tags: ['冬季停订', '对公客户'] },
    { kind: 'person', name: '赵磊', mobile: '13700137003', tags: ['冬季停订'] },
    // Enough rows that the queue scrolls, so the page's scroll bar takes its width.
    ...[
      '王建国',
      '李秀英',
      '张伟',
      '刘洋',
      '陈静',
      'James Wilson',
      '杨帆',
      '黄丽娟',
      '周杰',
      '吴敏',
      '徐强',
      '孙悦',
    ].map((name, i) => ({ kind: 'person', name, mobile: `1350013${String(1000 + i)}`, tags: ['冬季停订'] })),
  ];
  const ids: string[] = [];
  for (const customer of people) {
    const created = await callApi<{ id: string }>(page, 'customers.create', { customer, allowDuplicate: true });
    ids.push(created.id);
  }
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  await callApi(page, 'campaigns.create', {
    name: '冬季停订客户回访及新一期大额存单产品介绍活动',
    purpose: 'lapsed_customer',
    notes: LONG_NOTES,
    fromOn: today,
    toOn: end,
    staffIds: [staff[0]?.id],
    perDayCap: 10,
    selection: { tag: '冬季停订' },
  });
  await callApi(page, 'callbacks.create', {
    customerId: ids[0],
    dueOn: today,
    windowStart: '14:00',
    windowEnd: '15:30',
    purpose: 'complaint_follow_up',
    priority: 'high',
    notes: LONG_NOTES,
  });
  await callApi(page, 'interactions.create', {
    customerId: ids[0],
    kind: 'visit',
    occurredAt: new Date().toISOString(),
    summary: LONG_NOTES,
    outcome: '客户满意',
  });
  // Purchases for the classes: a long tail over the last months, the company with the long name on top.
  for (const [i, id] of ids.slice(0, 10).entries()) {
    await callApi(page, 'purchases.save', {
      customerId: id,
      occurredOn: new Date(Date.parse(`${today}T00:00:00Z`) - (10 + i * 25) * 86_400_000).toISOString().slice(0, 10),
      product: '大额存单',
      amountCents: Math.round(2_000_000_00 / (i + 1) ** 2),
      profitCents: Math.round(40_000_00 / (i + 1)),
    });
  }
  await callApi(page, 'segments.compute', {});
  // An open complaint with long words, and one on the long-named company resolved with a cause.
  await callApi(page, 'complaints.create', {
    customerId: ids[0],
    channel: 'head_office',
    category: 'information_security',
    severity: 'high',
    words: LONG_NOTES,
  });
  const resolved = await callApi<{ id: string }>(page, 'complaints.create', {
    customerId: ids[2],
    channel: 'counter',
    category: 'waiting_time',
    words: '排队时间过长',
  });
  await callApi(page, 'complaints.resolve', {
    id: resolved.id,
    rootCause: 'customer_misunderstanding',
    countermeasure: LONG_NOTES,
    customerTold: LONG_NOTES,
  });
  await page.reload();
  return { customerId: ids[0] ?? '' };
}

/** The part of the DOM the check reads (the tests compile without the DOM library). */
interface Box {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}
interface Node {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly className: unknown;
  readonly parentElement: Node | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
}
interface LayoutGlobals {
  readonly document: {
    readonly documentElement: Node;
    getElementById(id: string): Node | null;
    querySelectorAll(selector: string): Iterable<Node>;
  };
  getComputedStyle(node: Node): { readonly overflowX: string };
}

/** What is wrong with the page's layout: sideways scrolling, cut-off buttons and links, rows too tall. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((maxRow) => {
    const { document, getComputedStyle } = globalThis as unknown as LayoutGlobals;
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) problems.push(`window scrolls sideways: ${doc.scrollWidth}px`);
    const main = document.getElementById('page');
    if (main && main.scrollWidth > main.clientWidth + 1)
      problems.push(`page scrolls sideways: ${main.scrollWidth} > ${main.clientWidth}`);
    const describe = (el: Node): string =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('#page button, #page a[href], #page [role="button"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < 0 || r.right > doc.clientWidth + 0.5) {
        problems.push(`${describe(el)} outside the window: ${Math.round(r.left)}–${Math.round(r.right)}`);
        continue;
      }
      // Cut off sideways by a container that hides or scrolls its overflow.
      for (let up = el.parentElement; up && up !== main; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible') continue;
        const box = up.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
          problems.push(`${describe(el)} cut off by ${String(up.className).slice(0, 60)}`);
          break;
        }
      }
    }
    for (const row of document.querySelectorAll('#page tr, #page [role="row"]')) {
      const h = row.getBoundingClientRect().height;
      if (h > maxRow) problems.push(`${describe(row)} is ${Math.round(h)}px tall`);
    }
    return problems;
  }, MAX_ROW_HEIGHT);
}

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
