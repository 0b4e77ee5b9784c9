/**
 * The printed PDF itself, from the machine's Chromium (DOSSIER_CHROMIUM or /usr/bin/chromium) and read back with
 * poppler: A4 or Letter pages, page numbers, the sections' text where it belongs, an embedded CJK font and no
 * fallback, masked numbers, and a three-page report under 1 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrintEngine } from '../../../electron/core/reports/chromium-print';
import { createHandlers } from '../../../electron/core/handlers';
import { createDispatch } from '../../../electron/core/dispatch';
import { call, reportFixture } from './fixture';
import type { TestCore } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
const engine = chromiumPrintEngine();
let core: TestCore;
let wangId: string;

function pdfFile(name: string, base64: string): string {
  const path = join(process.env.DOSSIER_PDF_DIR ?? dir, name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const pageText = (path: string, page: number) =>
  poppler('pdftotext', '-layout', '-f', String(page), '-l', String(page), path, '-');
/** The text between two headings, read in page order. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return text.slice(start, end);
}

beforeAll(async () => {
  const fixture = await reportFixture();
  wangId = fixture.wangId;
  // The fixture's database with this file's engine: one browser for every PDF below.
  const handlers = createHandlers({
    db: fixture.core.db,
    dbPath: ':memory:',
    host: 'web',
    version: 'test',
    printEngine: engine,
  });
  core = { db: fixture.core.db, handlers, dispatch: createDispatch(handlers, () => undefined) };
  await call(core, 'reports.letterhead.set', { branchName: '招商银行北京朝阳支行', logo: null, paper: 'A4' });
  // Enough history for a three-page report: call-backs and a long assessment.
  for (let i = 1; i <= 7; i++)
    await call(core, 'callbacks.create', {
      customerId: wangId,
      dueOn: `2025-${String(((i - 1) % 12) + 1).padStart(2, '0')}-1${i % 10}`,
      purpose: i % 2 ? 'periodic_care' : 'after_sale',
      notes: `第 ${i} 次回访：确认理财产品到期安排，客户希望了解新的大额存单利率。`,
    });
  await call(core, 'segments.compute', {});
  await call(core, 'reports.drafts.save', {
    customerId: wangId,
    texts: {
      purpose: '年度复核前了解客户的购买和服务情况。',
      analysis: '客户以稳健型产品为主，资金集中在大额存单。',
      assessment: '吸引力高：资产稳定，转介绍意愿强。Likely to stay for the long term.',
      revision: '每季度拜访一次；七月前介绍新的存单产品。',
    },
  });
}, 60_000);

afterAll(() => engine.close());

describe('printed customer analysis report', () => {
  it('prints A4 pages numbered 第 n 页 / 共 N 页, each section where it belongs, under 1 MB', async () => {
    const file = await call(core, 'reports.pdf', { kind: 'customer', params: { customerId: wangId } });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toBe('客户分析报告——王芳.pdf');
    const path = pdfFile('zh.pdf', file.base64);
    const info = poppler('pdfinfo', path);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBe(3);
    expect(Buffer.from(file.base64, 'base64').length).toBeLessThan(1_000_000);
    const texts = Array.from({ length: pages }, (_, i) => pageText(path, i + 1));
    texts.forEach((text, i) => {
      expect(text).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
      expect(text).toContain('招商银行北京朝阳支行 · 客户分析报告——王芳');
    });
    const all = texts.join('\n');
    const basic = between(all, '二、基本信息', '三、客户关系');
    expect(basic).toContain('138****5678');
    expect(basic).toContain('110101********1249');
    expect(basic).toContain('北京朝阳医院');
    expect(all).not.toContain('13812345678');
    expect(between(all, '四、业务信息', '五、客户分类')).toContain('大额存单 3 年');
    expect(between(all, '六、回访记录', '七、投诉')).toContain('第 7 次回访');
    expect(between(all, '七、投诉', '八、深入分析')).toContain('周六排队超过一小时');
    expect(between(all, '九、客户评估', '十、修正计划')).toContain('Likely to stay for the long term.');
    expect(all.indexOf('编制人')).toBeGreaterThan(all.indexOf('十、修正计划'));
  }, 60_000);

  it('embeds the bundled CJK font, subset, with no fallback font', async () => {
    const file = await call(core, 'reports.pdf', { kind: 'customer', params: { customerId: wangId } });
    const rows = poppler('pdffonts', pdfFile('fonts.pdf', file.base64)).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name, ...rest] = row.split(/\s+/);
      // name type... emb sub uni: the bundled Noto Sans SC, embedded and subset (ABCDEF+ prefix).
      expect(name).toMatch(/^[A-Z]{6}\+NotoSansSC/);
      expect(rest.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
  }, 60_000);

  it('prints Letter pages in English, "Page 1 of N", and a hostile name as text', async () => {
    const evil = await call(core, 'customers.create', {
      customer: { kind: 'person', name: '<img src=x onerror=alert(1)>', mobile: '13912345678' },
    });
    const file = await call(core, 'reports.pdf', {
      kind: 'customer',
      params: { customerId: evil.id },
      lang: 'en',
      paper: 'Letter',
    });
    const path = pdfFile('en.pdf', file.base64);
    expect(poppler('pdfinfo', path)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const text = pageText(path, 1);
    expect(text).toContain('Customer analysis report — <img src=x onerror=alert(1)>');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('139****5678');
    expect(text).toContain('2. Basic information');
  }, 60_000);
});
