/**
 * The printed complaint analysis of a spring (plain Monday–Friday weeks), reported on 2025-05-10:
 *
 * | | customer | received (Beijing) | category | severity → due | owner | resolved | cause |
 * |-|-|-|-|-|-|-|-|
 * | A | 张伟 | Mon 03-03 09:00 | waiting_time | normal → 03-10 | 王丽 | 03-04 09:00 (24 h) | understaffing |
 * | B | 李娜 | Tue 04-01 14:00 | fees | high → 04-04 | Li Lei | 04-01 16:00 (2 h) | fee_policy |
 * | C | Emily Carter | Mon 04-07 09:00 | waiting_time | urgent → 04-08 | Li Lei | open | |
 *
 * By category: waiting_time 2 (66.67%), fees 1 (cumulative 100%). Causes 1 each, fee_policy first (ties by key),
 * so B's countermeasure is listed first. Median resolution (24 + 2) ÷ 2 = 13 h, both within their limit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { complaintReportBody } from '../../../electron/core/reports/complaints-body';
import { complaintReportData } from '../../../electron/core/reports/complaints-data';
import { complaintReportParams } from '../../../shared/reports/kind-params';
import { branch, numbersIn, sayer, type Branch } from './branch';

const textOf = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const SPRING = { from: '2025-03-01', to: '2025-04-30', today: '2025-05-10' };

describe('the complaint analysis with countermeasures', () => {
  let b: Branch;
  beforeAll(async () => {
    b = await branch();
    const receive = (name: string, receivedAt: string, category: string, severity: string, ownerId: string) =>
      b.call<{ id: string }>('complaints.create', {
        customerId: b.ids[name],
        receivedAt,
        category,
        channel: 'counter',
        severity,
        ownerId,
        words: `${name} 的投诉`,
      });
    const resolve = (id: string, at: string, rootCause: string, countermeasure: string) =>
      b.call('complaints.resolve', { id, rootCause, countermeasure, customerTold: '已电话答复', at, followUp: null });
    const a = await receive('张伟', '2025-03-03T09:00:00+08:00', 'waiting_time', 'normal', b.wangLi);
    const bb = await receive('李娜', '2025-04-01T14:00:00+08:00', 'fees', 'high', b.liLei);
    await receive('Emily Carter', '2025-04-07T09:00:00+08:00', 'waiting_time', 'urgent', b.liLei);
    await resolve(a.id, '2025-03-04T09:00:00+08:00', 'understaffing', '高峰时段增开一个窗口');
    await resolve(bb.id, '2025-04-01T16:00:00+08:00', 'fee_policy', 'Refunded the fee; <explained> the fee policy');
  });

  it('takes the complaint report and lists the countermeasures in the order of the root-cause Pareto', () => {
    const d = complaintReportData(b.db, complaintReportParams.parse(SPRING));
    expect(d.report).toMatchObject({ total: 3, open: 1, resolved: 2 });
    expect(d.report.byCategory.map((r) => [r.key, r.count, r.percent, r.cumulativePercent])).toEqual([
      ['waiting_time', 2, 66.67, 66.67],
      ['fees', 1, 33.33, 100],
    ]);
    expect(d.report.resolution).toMatchObject({ count: 2, medianHours: 13, withinLimitPercent: 100 });
    expect(d.countermeasureTotal).toBe(2);
    expect(
      d.countermeasures.map((c) => [c.rootCause, c.customerName, c.ownerName, c.resolvedOn, c.withinLimit]),
    ).toEqual([
      ['fee_policy', '李娜', 'Li Lei', '2025-04-01', true],
      ['understaffing', '张伟', '王丽', '2025-03-04', true],
    ]);
  });

  it('limits everything to one owner when asked', () => {
    const d = complaintReportData(b.db, complaintReportParams.parse({ ...SPRING, ownerId: b.liLei }));
    expect(d.ownerName).toBe('Li Lei');
    expect(d.report.total).toBe(2);
    expect(d.countermeasures.map((c) => c.customerName)).toEqual(['李娜']);
  });

  it('prints the Pareto tables, countermeasures and times in Chinese, the countermeasure escaped', () => {
    const d = complaintReportData(b.db, complaintReportParams.parse(SPRING));
    const html = complaintReportBody(d, sayer('zh-CN'), numbersIn('zh-CN')).toString();
    const out = textOf(html);
    expect(out).toContain('等候时间 2 66.67% 66.67%');
    expect(out).toContain('收费/价格 1 33.33% 100%');
    expect(out).toContain('整改措施及责任人（已解决投诉 2 件）');
    expect(out).toContain(
      '收费政策 收费/价格 李娜 Refunded the fee; &lt;explained&gt; the fee policy Li Lei 2025-04-01 是',
    );
    expect(out).toContain('人手不足 等候时间 张伟 高峰时段增开一个窗口 王丽 2025-03-04 是');
    expect(html).not.toContain('<explained>');
    // Months of the period with their complaints and how many were done.
    expect(out).toContain('2025-03 1 1 0');
    expect(out).toContain('2025-04 2 1 0');
  });

  it('prints in English too', () => {
    const d = complaintReportData(b.db, complaintReportParams.parse(SPRING));
    const out = textOf(complaintReportBody(d, sayer('en'), numbersIn('en')).toString());
    expect(out).toContain('Countermeasures and owners (2 resolved complaints)');
    expect(out).toContain('Time to resolution 2 13 100%');
  });
});
