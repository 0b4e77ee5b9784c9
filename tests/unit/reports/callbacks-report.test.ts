/**
 * The printed call-back report of one November day: four call-backs planned for 2025-11-04, 张伟 reached (will buy
 * again, 5), 王芳 reached (price, 3), Emily Carter not reached (phone off, due again), 李娜 not called yet.
 * Reach rate 2 ÷ (2 + 1) = 66.67%; average satisfaction (5 + 3) ÷ 2 = 4. The branch writes its measures for
 * the period; they are printed with the figures, escaped, and every change is in the audit log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callbackReportBody, callbackReportKind } from '../../../electron/core/reports/callbacks-body';
import { reportFormat } from '../../../electron/core/reports/format';
import { callbackReportData } from '../../../electron/core/reports/callbacks-data';
import { callbackReportParams } from '../../../shared/reports/kind-params';
import type { ReportNote } from '../../../shared/reports/notes';
import { branch, numbersIn, sayer, type Branch } from './branch';

const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const NOVEMBER = { from: '2025-11-01', to: '2025-11-30' };

describe('the call-back report with its measures', () => {
  let b: Branch;
  beforeAll(async () => {
    b = await branch();
    const plan = (name: string) =>
      b.call<{ id: string }>('callbacks.create', {
        customerId: b.ids[name],
        dueOn: '2025-11-04',
        purpose: 'after_sale',
      });
    const zhang = await plan('张伟');
    const wang = await plan('王芳');
    const emily = await plan('Emily Carter');
    await plan('李娜');
    const at = '2025-11-04T10:00:00+08:00';
    await b.call('callbacks.log', {
      id: zhang.id,
      at,
      outcome: 'reached',
      answerCategory: 'will_buy_again',
      satisfaction: 5,
      next: null,
    });
    await b.call('callbacks.log', {
      id: wang.id,
      at,
      outcome: 'reached',
      answerCategory: 'price',
      satisfaction: 3,
      next: null,
    });
    await b.call('callbacks.log', { id: emily.id, at, outcome: 'not_reached', reason: 'phone_off' });
  });

  it('takes the figures of the call-back report and has no measures yet', () => {
    const d = callbackReportData(b.db, callbackReportParams.parse(NOVEMBER));
    expect(d.report).toMatchObject({ planned: 4, reached: 2, notReached: 1, pending: 1, reachRate: 66.67 });
    expect(d.report.satisfaction.average).toBe(4);
    expect(d.measures).toEqual({ text: '', updatedAt: null, updatedByName: null });
    const out = textOf(callbackReportBody(d, sayer('zh-CN'), numbersIn('zh-CN')).toString());
    // The period is in the title (and the file name); the page does not repeat it.
    const built = callbackReportKind.build(b.db, callbackReportParams.parse(NOVEMBER), {
      lang: 'zh-CN',
      t: sayer('zh-CN'),
      format: reportFormat('zh-CN', false),
      today: '2025-12-01',
      actor: b.wangLi,
    });
    expect(built.title).toBe('回访报告 2025-11-01 至 2025-11-30');
    expect(textOf(built.body.toString())).toBe(out);
    expect(out).toContain('接通率 66.67%');
    expect(out).toContain('愿意继续购买 1 50%');
    expect(out).toContain('关机 1 100%');
    expect(out).toContain('改进措施 尚未填写本报告的改进措施。');
  });

  it('saves the measures for the period, audited, and prints them escaped, line by line', async () => {
    const text =
      '1. 价格原因的客户由王丽在 11 月底前逐一上门。\n2. Check <b>phone</b> numbers of unreachable customers.';
    const saved = await b.call<ReportNote>('reports.measures.save', { report: NOVEMBER, text });
    expect(saved).toMatchObject({ text, updatedByName: '王丽' });
    // The same period asks for the same measures; a staff filter prints the branch's measures too; another period has none.
    expect((await b.call<ReportNote>('reports.measures.get', { report: { ...NOVEMBER, staffId: b.liLei } })).text).toBe(
      text,
    );
    expect(
      (await b.call<ReportNote>('reports.measures.get', { report: { from: '2025-12-01', to: '2025-12-31' } })).text,
    ).toBe('');
    const audit = b.db
      .prepare("SELECT action, staff_id AS staffId, changes FROM audit_log WHERE entity = 'report_note'")
      .all() as { action: string; staffId: string; changes: string }[];
    expect(audit).toEqual([{ action: 'create', staffId: b.wangLi, changes: JSON.stringify({ text: [null, text] }) }]);

    const html = callbackReportBody(
      callbackReportData(b.db, callbackReportParams.parse(NOVEMBER)),
      sayer('en'),
      numbersIn('en'),
    ).toString();
    // Line breaks kept (the block keeps white space), the markup typed printed as text.
    expect(html).toContain(
      '<div class="text">1. 价格原因的客户由王丽在 11 月底前逐一上门。\n2. Check &lt;b&gt;phone&lt;/b&gt; numbers of unreachable customers.</div>',
    );
    expect(textOf(html)).toContain('Reach rate 66.67%');
  });

  it('keeps a campaign’s measures apart, removes them when emptied, and refuses an overlong text', async () => {
    const campaign = { campaignId: '01a2b3c4-0000-7000-8000-000000000001' };
    await b.call('reports.measures.save', { report: campaign, text: '活动结束后电话回访价格敏感客户。' });
    expect((await b.call<ReportNote>('reports.measures.get', { report: NOVEMBER })).text).toContain('价格原因');
    const removed = await b.call<ReportNote>('reports.measures.save', { report: campaign, text: '   ' });
    expect(removed.text).toBe('');
    expect(b.db.prepare("SELECT count(*) AS n FROM report_notes WHERE scope LIKE 'campaign:%'").get()).toEqual({
      n: 0,
    });
    const actions = b.db.prepare("SELECT action FROM audit_log WHERE entity = 'report_note' ORDER BY rowid").all();
    expect(actions).toEqual([{ action: 'create' }, { action: 'create' }, { action: 'delete' }]);
    const tooLong = await b.dispatch('reports.measures.save', { report: NOVEMBER, text: '很'.repeat(5001) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await b.call<ReportNote>('reports.measures.get', { report: NOVEMBER })).text).toContain('价格原因');
  });
});
