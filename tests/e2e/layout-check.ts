/**
 * What the layout specs share: realistic data with long Chinese and English names, and the check that a page fits
 * (no sideways scrolling, no cut-off buttons or links, no row taller than a sane height).
 */
import type { Page } from '@playwright/test';
import { expect, callApi } from './fixtures';

export const SIZES = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;

/** One line of text, or two with a small second line; anything taller means text wrapped a character per line. */
const MAX_ROW_HEIGHT = 80;

export const LONG_COMPANY = '上海浦东新区陆家嘴金融贸易区张江高科技园区创新发展有限公司';
const LONG_NOTES =
  '客户反映上次理财产品到期后资金未及时转入活期账户，要求回访时说明处理进度，并介绍新一期大额存单的利率和起存金额。';

interface Seeded {
  readonly customerId: string;
}

export async function seed(page: Page): Promise<Seeded> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
  getComputedStyle(node: Node): { readonly overflowX: string; readonly visibility: string };
}

/** What is wrong with the page's layout: sideways scrolling, cut-off buttons and links, rows too tall. */
export async function layoutProblems(page: Page): Promise<string[]> {
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
      // Not on screen: a grid's sort button stays hidden until its header is hovered or sorted.
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
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
