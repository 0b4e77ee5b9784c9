/**
 * The branch's reports as real PDFs from the machine's Chromium, read back with poppler: A4 pages, each section's
 * Chinese or English text where it belongs, masked numbers, and a name written like markup printed as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrintEngine } from '../../../electron/core/reports/chromium-print';
import { createDispatch } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import type { FileDownload } from '../../../shared/import/types';
import { unwrap } from '../../../shared/result';
import { branch, purchases, type Branch } from './branch';

const dir = mkdtempSync(join(tmpdir(), 'dossier-kinds-pdf-'));
const engine = chromiumPrintEngine();
let b: Branch;
let pdf: (name: string, request: Record<string, unknown>) => Promise<string>;

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const text = (path: string) => poppler('pdftotext', '-layout', path, '-');
/** The headings appear in this order. */
function inOrder(all: string, headings: readonly string[]): void {
  let at = -1;
  for (const h of headings) {
    const next = all.indexOf(h, at + 1);
    expect(next, h).toBeGreaterThan(at);
    at = next;
  }
}

beforeAll(async () => {
  b = await branch();
  await purchases(b);
  const handlers = createHandlers({ db: b.db, dbPath: ':memory:', host: 'web', version: 'test', printEngine: engine });
  const dispatch = createDispatch(handlers, () => undefined);
  unwrap(await dispatch('reports.letterhead.set', { branchName: '招商银行北京朝阳支行', logo: null, paper: 'A4' }));
  pdf = async (name, request) => {
    const file = unwrap(await dispatch('reports.pdf', request)) as FileDownload;
    const path = join(process.env.DOSSIER_PDF_DIR ?? dir, name);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    return path;
  };
}, 60_000);

afterAll(() => engine.close());

describe('the branch reports printed', () => {
  it('prints the segment table in Chinese on A4, its sections in order', async () => {
    const path = await pdf('segments.pdf', {
      kind: 'segments',
      params: { classKey: 'abc:A', migrationFrom: '2025-10', migrationTo: '2025-12' },
      lang: 'zh-CN',
    });
    expect(poppler('pdfinfo', path)).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const all = text(path);
    inOrder(all, [
      '客户分类表（ABC 分析）',
      'ABC客户分析法：各类客户',
      'ABC客户分析法 A 类客户（共 2 户）',
      '类别迁移：ABC客户分析法',
    ]);
    expect(all).toMatch(/张伟\s+¥80,000\.00/);
    expect(all).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
  }, 60_000);

  it('prints the customer list in English with masked numbers and a markup-like name as text', async () => {
    const path = await pdf('list.pdf', {
      kind: 'list',
      params: { filter: '{"query":""}', columns: 'mobile,region' },
      lang: 'en',
    });
    const all = text(path);
    inOrder(all, ['Customer list', '5 customers', 'Phone and ID numbers are masked.', 'Name']);
    expect(all).toContain('138****5678');
    expect(all).not.toContain('13812345678');
    expect(all).toContain('<img src=x onerror=alert(1)>');
    expect(all).toContain('Page 1 of 1');
  }, 60_000);

  it('prints the call-back report with the measures the branch wrote', async () => {
    const report = { from: '2025-11-01', to: '2025-11-30' };
    await b.call('reports.measures.save', { report, text: '对价格敏感的客户，11 月底前由王丽逐一上门。' });
    const path = await pdf('callbacks.pdf', { kind: 'callbacks', params: report, lang: 'zh-CN' });
    const all = text(path);
    inOrder(all, ['回访报告 2025-11-01 至 2025-11-30', '改进措施', '对价格敏感的客户，11 月底前由王丽逐一上门。']);
  }, 60_000);
});
