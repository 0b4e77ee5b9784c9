import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/result';
import { findFontDir, loadReportFonts } from '../../../electron/core/reports/fonts';
import { call, reportFixture } from './fixture';
import type { TestCore } from '../helpers';

const auditRows = (core: TestCore, entity: string) =>
  core.db
    .prepare('SELECT entity_id, staff_id, action, changes FROM audit_log WHERE entity = ? ORDER BY seq')
    .all(entity) as {
    entity_id: string;
    staff_id: string;
    action: string;
    changes: string;
  }[];

async function refusal(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('customer analysis report: the document', () => {
  it('has every section of the branch template in Chinese, with masked numbers and the manager', async () => {
    const { core, wangId, staffName } = await reportFixture();
    const { html, title } = await call(core, 'reports.preview', { kind: 'customer', params: { customerId: wangId } });
    expect(title).toBe('客户分析报告——王芳');
    const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      '一、报告目的',
      '二、基本信息',
      '三、客户关系',
      '四、业务信息',
      '五、客户分类及依据',
      '六、回访记录',
      '七、投诉',
      '八、深入分析',
      '九、客户评估',
      '十、修正计划',
    ]);
    expect(html).toContain('138****5678');
    expect(html).toContain('110101********1249');
    expect(html).not.toContain('13812345678');
    expect(html).not.toContain('198506151249');
    expect(html).toContain(staffName);
    expect(html).toContain('周六排队超过一小时');
    expect(html).toContain('<svg');
    // An ordinary (masked) print is not an event for the audit log.
    expect(auditRows(core, 'reportPrint')).toEqual([]);
  });

  it('shows the preview in the font the PDF embeds, carrying only the subsets its text uses', async () => {
    const { core, wangId } = await reportFixture();
    const { html } = await call(core, 'reports.preview', { kind: 'customer', params: { customerId: wangId } });
    const dir = findFontDir();
    if (!dir) throw new Error('the bundled font is missing: run npm ci');
    const faces = loadReportFonts(dir).faces;
    const holding = (char: string) => {
      const point = char.codePointAt(0) ?? 0;
      return faces.filter((face) => face.ranges.some(([from, to]) => point >= from && point <= to));
    };
    const inlined = [
      ...html.matchAll(
        /font-weight:(\d+);src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\);unicode-range:([^;]+);/g,
      ),
    ];
    const ranges = new Set(inlined.map((m) => `${m[1]} ${m[2]}`));
    // 王 (the customer) and 析 (the title) in regular and bold; nothing the page does not draw (龘 is in no report).
    for (const char of ['王', '析'])
      for (const face of holding(char)) expect(ranges).toContain(`${face.weight} ${face.range}`);
    for (const face of holding('龘')) expect(ranges).not.toContain(`${face.weight} ${face.range}`);
    expect(inlined.length).toBeLessThan(faces.length / 2);
    expect(html).not.toMatch(/url\((file:|files\/)/);
  });

  it('prints full numbers only when asked, and records who asked', async () => {
    const { core, wangId } = await reportFixture();
    const { html } = await call(core, 'reports.preview', {
      kind: 'customer',
      params: { customerId: wangId },
      lang: 'en',
      unmask: true,
    });
    expect(html).toContain('13812345678');
    expect(html).toContain('110101198506151249');
    const [row, ...more] = auditRows(core, 'reportPrint');
    expect(more).toEqual([]);
    expect(row?.entity_id).toBe(wangId);
    expect(JSON.parse(row?.changes ?? '{}')).toMatchObject({ kind: 'customer', unmasked: true, as: 'preview' });
  });

  it('prints a hostile name and branch name as text', async () => {
    const { core } = await reportFixture();
    const evil = await call(core, 'customers.create', {
      customer: { kind: 'person', name: '<img src=x onerror=alert(1)>' },
    });
    await call(core, 'reports.letterhead.set', {
      branchName: '"}</style><script>alert(2)</script>',
      logo: null,
      paper: 'A4',
    });
    const { html } = await call(core, 'reports.preview', { kind: 'customer', params: { customerId: evil.id } });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    // The running header repeats the branch name inside the stylesheet: as a CSS string of escapes, not markup.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('prints the newest draft version, who prepared it and who reviewed it', async () => {
    const { core, wangId, staffName } = await reportFixture();
    const texts = { purpose: '年度复核', analysis: '', assessment: '', revision: '' };
    const v1 = await call(core, 'reports.drafts.save', { customerId: wangId, texts });
    const v2 = await call(core, 'reports.drafts.save', {
      customerId: wangId,
      texts: { ...texts, assessment: '吸引力高，可发展为长期客户。\nStrong relationship.' },
    });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    const list = await call(core, 'reports.drafts.list', { customerId: wangId });
    expect(list.map((d) => [d.version, d.status])).toEqual([
      [2, 'draft'],
      [1, 'draft'],
    ]);
    const reviewed = await call(core, 'reports.drafts.review', { id: v2.id });
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewedByName: staffName, preparedByName: staffName });
    const again = await refusal(call(core, 'reports.drafts.review', { id: v2.id }));
    expect(again.issues[0]?.code).toBe('reports.alreadyReviewed');
    // Opening version 1 again gives its own texts.
    expect((await call(core, 'reports.drafts.get', { id: v1.id })).texts.assessment).toBe('');

    const { html } = await call(core, 'reports.preview', { kind: 'customer', params: { customerId: wangId } });
    expect(html).toContain('吸引力高，可发展为长期客户。\nStrong relationship.');
    expect(html).toMatch(/审核人<\/div><div class="value">周婷</);
    const older = await call(core, 'reports.preview', {
      kind: 'customer',
      params: { customerId: wangId, draftId: v1.id },
    });
    expect(older.html).not.toContain('吸引力高');
    expect(older.html).toMatch(/审核人<\/div><div class="value"></);
    expect(auditRows(core, 'reportDraft').map((r) => r.action)).toEqual(['create', 'create', 'update']);
  });

  it('refuses another customer’s draft, an unknown kind and a bad customer id with specific reasons', async () => {
    const { core, wangId } = await reportFixture();
    const other = await call(core, 'customers.create', { customer: { kind: 'person', name: 'Li Lei' } });
    const draft = await call(core, 'reports.drafts.save', {
      customerId: other.id,
      texts: { purpose: 'x', analysis: '', assessment: '', revision: '' },
    });
    const wrong = await refusal(
      call(core, 'reports.preview', { kind: 'customer', params: { customerId: wangId, draftId: draft.id } }),
    );
    expect(wrong.issues).toEqual([{ path: 'params.draftId', code: 'reports.draftOtherCustomer' }]);
    const kind = await refusal(call(core, 'reports.preview', { kind: 'nonsense', params: {} }));
    expect(kind.issues).toEqual([{ path: 'kind', code: 'reports.unknownKind' }]);
    const id = await refusal(call(core, 'reports.preview', { kind: 'customer', params: { customerId: '42' } }));
    expect(id.issues).toEqual([{ path: 'params.customerId', code: 'id.invalid' }]);
  });
});

describe('letterhead', () => {
  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

  it('keeps the branch name, logo and paper, prints them, and audits the change', async () => {
    const { core, wangId } = await reportFixture();
    const saved = await call(core, 'reports.letterhead.set', {
      branchName: '招商银行北京朝阳支行',
      logo: PNG,
      paper: 'Letter',
    });
    expect(saved).toEqual({ branchName: '招商银行北京朝阳支行', logo: PNG, paper: 'Letter' });
    const { html } = await call(core, 'reports.preview', { kind: 'customer', params: { customerId: wangId } });
    expect(html).toContain(`<img src="${PNG}"`);
    expect(html).toContain('<span class="branch">招商银行北京朝阳支行</span>');
    expect(html).toContain('size: letter');
    const [row] = auditRows(core, 'letterhead');
    expect(JSON.parse(row?.changes ?? '{}')).toMatchObject({
      branchName: ['', '招商银行北京朝阳支行'],
      logo: [null, 'image'],
    });
  });

  it('refuses a logo that is not an image or too large, and changes nothing', async () => {
    const { core } = await reportFixture();
    const svg = await refusal(
      call(core, 'reports.letterhead.set', {
        branchName: 'X',
        logo: 'data:image/svg+xml;base64,PHN2Zz4=',
        paper: 'A4',
      }),
    );
    expect(svg.issues).toEqual([{ path: 'logo', code: 'reports.logoType' }]);
    const big = await refusal(
      call(core, 'reports.letterhead.set', {
        branchName: 'X',
        logo: `data:image/png;base64,${'A'.repeat(300_000)}`,
        paper: 'A4',
      }),
    );
    expect(big.issues.map((i) => i.code)).toContain('reports.logoTooLarge');
    expect(await call(core, 'reports.letterhead.get', {})).toEqual({ branchName: '', logo: null, paper: 'A4' });
  });
});
