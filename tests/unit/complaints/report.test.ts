import { beforeAll, describe, expect, it } from 'vitest';
import { deleteCustomer } from '../../../electron/core/customers/records';
import { median, pareto } from '../../../electron/core/complaints/report';
import type { ComplaintChannel, ComplaintReport, ComplaintSeverity } from '../../../shared/complaints/types';
import { at, complaintsCore, type ComplaintsCore } from './setup';

describe('pareto and median', () => {
  it('sorts by count with the running share, and takes the middle value', () => {
    expect(pareto(['fees', 'waiting_time', 'waiting_time', 'product'])).toEqual([
      { key: 'waiting_time', count: 2, percent: 50, cumulativePercent: 50 },
      { key: 'fees', count: 1, percent: 25, cumulativePercent: 75 },
      { key: 'product', count: 1, percent: 25, cumulativePercent: 100 },
    ]);
    expect(median([216, 2, 24, 36])).toBe(30);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});

/**
 * A hand-computed spring at a branch with four customers (plain Monday–Friday weeks), reported on 2025-05-10:
 *
 * | | customer | received (Beijing) | category | channel | severity → due | owner | resolved | cause |
 * |-|-|-|-|-|-|-|-|-|
 * | A | 张伟 | Mon 03-03 09:00 | waiting_time | counter | normal → 03-10 | 王丽 | 03-04 09:00 (24 h) | understaffing |
 * | B | 张伟 | Mon 03-17 10:00 | waiting_time | counter | normal → 03-24 | 王丽 | 03-26 10:00 (216 h, late) | understaffing |
 * | C | 李娜 | Tue 04-01 14:00 | fees | phone | high → 04-04 | Li Lei | 04-01 16:00 (2 h) | fee_policy |
 * | D | 李娜 | Mon 04-07 09:00 | waiting_time | online | urgent → 04-08 | Li Lei | open, overdue | |
 * | E | Emily Chen | Tue 04-15 09:00 | billing_error | letter | low → 04-29 | 王丽 | 04-16 21:00 (36 h) | system_fault |
 * | F | 王强 | Wed 04-30 09:00 | service_attitude | counter | normal → 05-07 | 王丽 | open, overdue | |
 *
 * Left out: a complaint of a customer in the recycle bin, and one received in May.
 * Scores in the period: A's follow-up call 2 (03-05, 王丽's complaint), a call-back to 王强 3 (03-20, Li Lei),
 * one to Emily 4 (04-10, 王丽). E was closed by hand with 5 today, outside the period.
 */
describe('the complaint analysis of a hand-computed spring', () => {
  let core: ComplaintsCore;
  let report: ComplaintReport;
  const ids: Record<string, string> = {};
  beforeAll(() => {
    core = complaintsCore();
    const zhang = core.addCustomer('张伟', '13812345678');
    const li = core.addCustomer('李娜', '13912345678');
    const emily = core.addCustomer('Emily Chen', '13700001111');
    const wang = core.addCustomer('王强', '13600002222');
    const gone = core.addCustomer('赵敏', '13500003333');
    const receive = (
      name: string,
      customerId: string,
      receivedAt: string,
      category: string,
      channel: ComplaintChannel,
      severity: ComplaintSeverity,
      ownerId: string,
    ) => {
      ids[name] = core.call('complaints.create', {
        customerId,
        receivedAt,
        category,
        channel,
        severity,
        ownerId,
        words: `投诉 ${name}`,
      }).id;
    };
    const resolve = (name: string, when: string, rootCause: string, followUp = false) =>
      core.call('complaints.resolve', {
        id: ids[name] ?? '',
        rootCause,
        countermeasure: '整改',
        customerTold: '已答复',
        at: when,
        ...(followUp ? {} : { followUp: null }),
      }).followUp;
    const me = core.actorId;
    const other = core.otherId;
    receive('A', zhang, at('2025-03-03', '09:00'), 'waiting_time', 'counter', 'normal', me);
    receive('B', zhang, at('2025-03-17', '10:00'), 'waiting_time', 'counter', 'normal', me);
    receive('C', li, at('2025-04-01', '14:00'), 'fees', 'phone', 'high', other);
    receive('D', li, at('2025-04-07', '09:00'), 'waiting_time', 'online', 'urgent', other);
    receive('E', emily, at('2025-04-15', '09:00'), 'billing_error', 'letter', 'low', me);
    receive('F', wang, at('2025-04-30', '09:00'), 'service_attitude', 'counter', 'normal', me);
    receive('gone', gone, at('2025-03-05'), 'fees', 'counter', 'normal', me);
    receive('May', wang, at('2025-05-02'), 'fees', 'counter', 'normal', me);
    const followUp = resolve('A', at('2025-03-04', '09:00'), 'understaffing', true);
    resolve('B', at('2025-03-26', '10:00'), 'understaffing');
    resolve('C', at('2025-04-01', '16:00'), 'fee_policy');
    resolve('E', at('2025-04-16', '21:00'), 'system_fault');
    core.call('complaints.close', { id: ids.E ?? '', satisfaction: 5 });
    core.call('callbacks.log', {
      id: followUp?.id ?? '',
      at: at('2025-03-05'),
      outcome: 'reached',
      satisfaction: 2,
      next: null,
    });
    const scored = (customerId: string, on: string, staffId: string, satisfaction: number) => {
      const cb = core.call('callbacks.create', { customerId, dueOn: on, staffId });
      core.call('callbacks.log', { id: cb.id, at: at(on), outcome: 'reached', satisfaction, next: null });
    };
    scored(wang, '2025-03-20', other, 3);
    scored(emily, '2025-04-10', me, 4);
    deleteCustomer(core.db, gone, null);
    report = core.call('complaints.report', { from: '2025-03-01', to: '2025-04-30', today: '2025-05-10' });
  });

  it('counts the period and the complaints per 10,000 customers', () => {
    expect(report).toMatchObject({ from: '2025-03-01', to: '2025-04-30', total: 6, open: 2, overdue: 2 });
    // A was closed by its follow-up call, E by hand.
    expect(report).toMatchObject({ resolved: 2, closed: 2, customers: 4, perTenThousand: 15000 });
  });

  it('sorts categories and root causes as a Pareto', () => {
    expect(report.byCategory).toEqual([
      { key: 'waiting_time', count: 3, percent: 50, cumulativePercent: 50 },
      { key: 'billing_error', count: 1, percent: 16.67, cumulativePercent: 66.67 },
      { key: 'fees', count: 1, percent: 16.67, cumulativePercent: 83.33 },
      { key: 'service_attitude', count: 1, percent: 16.67, cumulativePercent: 100 },
    ]);
    expect(report.byRootCause).toEqual([
      { key: 'understaffing', count: 2, percent: 50, cumulativePercent: 50 },
      { key: 'fee_policy', count: 1, percent: 25, cumulativePercent: 75 },
      { key: 'system_fault', count: 1, percent: 25, cumulativePercent: 100 },
    ]);
  });

  it('breaks the complaints down by channel, severity, owner and month', () => {
    expect(report.byChannel).toEqual([
      { channel: 'counter', count: 3, percent: 50 },
      { channel: 'phone', count: 1, percent: 16.67 },
      { channel: 'letter', count: 1, percent: 16.67 },
      { channel: 'online', count: 1, percent: 16.67 },
    ]);
    expect(report.bySeverity.map((s) => [s.severity, s.count])).toEqual([
      ['low', 1],
      ['normal', 3],
      ['high', 1],
      ['urgent', 1],
    ]);
    expect(report.byOwner).toEqual([
      { staffId: core.actorId, staffName: '王丽', count: 4, open: 1, overdue: 1, done: 3, medianResolutionHours: 36 },
      { staffId: core.otherId, staffName: 'Li Lei', count: 2, open: 1, overdue: 1, done: 1, medianResolutionHours: 2 },
    ]);
    expect(report.byMonth).toEqual([
      { month: '2025-03', count: 2, done: 2 },
      { month: '2025-04', count: 4, done: 2 },
    ]);
  });

  it('names the repeat complainers and measures response and resolution times', () => {
    expect(report.repeatComplainers.map((r) => [r.customerName, r.count, r.lastReceivedOn])).toEqual([
      ['李娜', 2, '2025-04-07'],
      ['张伟', 2, '2025-03-17'],
    ]);
    // 2, 24, 36 and 216 hours; B was answered (resolved) after its one working day and after its due date.
    expect(report.firstResponse).toEqual({ count: 4, medianHours: 30, withinLimitPercent: 75 });
    expect(report.resolution).toEqual({ count: 4, medianHours: 30, withinLimitPercent: 75 });
  });

  it('adds up the satisfaction scores of the period', () => {
    const s = report.satisfaction;
    expect(s).toMatchObject({ count: 3, average: 3, satisfiedPercent: 33.33, fromCallbacks: 2, fromComplaints: 1 });
    expect(s.distribution.map((d) => [d.score, d.count, d.percent])).toEqual([
      [1, 0, 0],
      [2, 1, 33.33],
      [3, 1, 33.33],
      [4, 1, 33.33],
      [5, 0, 0],
    ]);
    expect(s.byMonth).toEqual([
      { month: '2025-03', count: 2, average: 2.5, satisfiedPercent: 0 },
      { month: '2025-04', count: 1, average: 4, satisfiedPercent: 100 },
    ]);
    expect(s.byStaff).toEqual([
      { staffId: core.actorId, staffName: '王丽', count: 2, average: 3, satisfiedPercent: 50 },
      { staffId: core.otherId, staffName: 'Li Lei', count: 1, average: 3, satisfiedPercent: 0 },
    ]);
    expect(s.byCategory).toEqual([{ category: 'waiting_time', count: 1, average: 2, satisfiedPercent: 0 }]);
    expect(s.bySegment).toBeNull();
  });

  it('groups the scores by the customers’ class once customers are classified', async () => {
    const classify = core.db.prepare(
      `INSERT INTO customer_segments (customer_id, period_from, period_to, computed_at, purchases, amount_cents,
         profit_cents, abc, rfm, frequency, value, lifecycle) VALUES (?, '2024-05-01', '2025-04-30', 'x', 3, 500000, 50000, ?, 'none', 'low', 'general', 'stable')`,
    );
    const zhang = core.call('complaints.get', { id: ids.A ?? '' }).complaint.customerId;
    const emily = core.call('complaints.get', { id: ids.E ?? '' }).complaint.customerId;
    classify.run(zhang, 'A');
    classify.run(emily, 'B');
    const r = core.call('complaints.report', { from: '2025-03-01', to: '2025-04-30', today: '2025-05-10' });
    // 王强 is not classified and left out.
    expect(r.satisfaction.bySegment).toEqual([
      { classKey: 'abc:A', count: 1, average: 2, satisfiedPercent: 0 },
      { classKey: 'abc:B', count: 1, average: 4, satisfiedPercent: 100 },
    ]);
    expect(r.satisfaction.segmentScheme).toBe('abc');
    // The workbook names the classes as the branch says them, never by their keys.
    const file = await core.call('complaints.export', {
      report: { from: '2025-03-01', to: '2025-04-30', today: '2025-05-10' },
      language: 'zh-CN',
    });
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const labels = (book.getWorksheet('满意度')?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((row) => String((row as unknown[])[1]));
    expect(labels).toEqual(expect.arrayContaining(['客户分类: A 类', '客户分类: B 类']));
    expect(labels.join('|')).not.toContain('abc:');
  });
});
