/**
 * Demo complaints for a seeded branch: a year of complaints received through the branch's channels, their
 * categories and root causes skewed the way real ones are (a few causes behind most of them, so the Pareto chart
 * shows something), some customers complaining again, older ones resolved and mostly closed by a follow-up call
 * with its satisfaction score, recent ones still open and some of those overdue. Everything goes through the core's
 * own functions, so the timeline, the call-back queue and the report are real. Deterministic for a seed.
 */
import { complaintResolveInput } from '../../../shared/complaints/schemas';
import type { ComplaintChannel, ComplaintSeverity } from '../../../shared/complaints/types';
import { localDate } from '../../../shared/rules/calendar';
import { logCall } from '../callbacks/log';
import { addDays } from '../callbacks/workdays';
import { createComplaint } from '../complaints/complaints';
import { resolveComplaint } from '../complaints/workflow';
import type { Db } from '../db/open';
import { ensureDefaultStaff } from '../staff/staff';
import { population } from './callbacks';
import { mulberry32, Random, Weighted } from './random';

export interface ComplaintSeedOptions {
  readonly complaints: number;
  /** The branch's today; default the local date. */
  readonly today?: string;
  readonly seed?: number;
}

export interface ComplaintSeedResult {
  readonly complaints: number;
  readonly open: number;
  readonly closed: number;
  readonly ms: number;
}

const CATEGORIES = new Weighted<string>([
  ['waiting_time', 34],
  ['service_attitude', 22],
  ['fees', 15],
  ['billing_error', 9],
  ['product', 8],
  ['delivery', 4],
  ['information_security', 3],
  ['other', 5],
]);

/** The causes found behind each category, most likely first. */
const CAUSES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  waiting_time: [
    ['understaffing', 70],
    ['process_flaw', 25],
    ['system_fault', 5],
  ],
  service_attitude: [
    ['staff_conduct', 80],
    ['customer_misunderstanding', 20],
  ],
  fees: [
    ['fee_policy', 60],
    ['customer_misunderstanding', 40],
  ],
  billing_error: [
    ['system_fault', 65],
    ['process_flaw', 35],
  ],
  product: [
    ['product_design', 70],
    ['customer_misunderstanding', 30],
  ],
  delivery: [['third_party', 100]],
  information_security: [
    ['process_flaw', 60],
    ['system_fault', 40],
  ],
  other: [['other', 100]],
};
const CAUSE_PICKS = new Map(Object.entries(CAUSES).map(([k, v]) => [k, new Weighted(v)]));

const CHANNELS = new Weighted<ComplaintChannel>([
  ['counter', 45],
  ['phone', 30],
  ['online', 12],
  ['head_office', 8],
  ['letter', 5],
]);
const SEVERITIES = new Weighted<ComplaintSeverity>([
  ['low', 15],
  ['normal', 60],
  ['high', 20],
  ['urgent', 5],
]);
/** Most customers are content with how a complaint was handled; some are not. */
const SCORES = new Weighted<number>([
  [5, 30],
  [4, 35],
  [3, 18],
  [2, 11],
  [1, 6],
]);

const WORDS: Readonly<Record<string, readonly string[]>> = {
  waiting_time: ['排队一个多小时，只开了一个窗口', '预约了还要等四十分钟', '午休时间没人办理业务'],
  service_attitude: ['柜员态度冷淡，问了两遍都不耐烦', '大堂经理推销理财，不让我先办业务', '电话客服说话很不礼貌'],
  fees: ['信用卡年费没有提前告知', '短信通知费莫名扣除', '跨行转账手续费比说好的高'],
  billing_error: ['同一笔消费被扣了两次', '还款后账单仍显示逾期', '利息计算和合同不一致'],
  product: ['理财收益远低于宣传', '手机银行转账经常失败', 'ATM 吞卡后三天没人处理'],
  delivery: ['新卡寄送超过两周未收到', '快递员把卡交给了邻居'],
  information_security: ['接到自称银行的诈骗电话，对方知道我的信息', '对账单寄到了旧地址'],
  other: ['门口停车位太少', '营业厅空调太冷'],
};
const MEASURES: Readonly<Record<string, string>> = {
  understaffing: '高峰时段增开窗口，调整午间排班',
  process_flaw: '修订业务流程并组织培训',
  system_fault: '系统故障已修复，差错已更正',
  staff_conduct: '与当事员工谈话，纳入服务考核',
  customer_misunderstanding: '向客户详细解释规定并提供书面说明',
  fee_policy: '按规定退还费用，收费前增加提示',
  product_design: '反馈总行产品部门，跟进改进',
  third_party: '督促合作快递公司整改，补寄新卡',
  other: '已记录并安排改进',
};

export function seedComplaints(db: Db, options: ComplaintSeedOptions): ComplaintSeedResult {
  const t0 = performance.now();
  const today = options.today ?? localDate();
  const r = new Random(mulberry32((options.seed ?? 7) * 7919 + 13));
  const { customers, staff } = population(db);
  const actor = ensureDefaultStaff(db).id;
  if (customers.length === 0 || options.complaints <= 0) return { complaints: 0, open: 0, closed: 0, ms: 0 };
  // One complainer in ten is a repeat: drawn from a small pool of the same customers.
  const regulars = customers.slice(0, Math.max(1, Math.floor(customers.length / 200)));
  const end = new Date(`${today}T18:00:00+08:00`);
  let open = 0;
  let closed = 0;
  db.transaction(() => {
    for (let i = 0; i < options.complaints; i += 1) {
      // Spread over the year up to today, a little denser lately.
      const age = 364 - Math.floor(365 * (i / options.complaints) ** 0.9);
      const on = addDays(today, -age);
      const category = CATEGORIES.pick(r);
      const complaint = createComplaint(
        db,
        {
          customerId: r.chance(0.1) ? r.pick(regulars) : r.pick(customers),
          receivedAt: `${on}T${String(r.int(9, 16)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`,
          channel: CHANNELS.pick(r),
          category,
          severity: SEVERITIES.pick(r),
          words: r.pick(WORDS[category] ?? WORDS.other ?? ['']),
          ownerId: r.pick(staff),
        },
        actor,
        end,
      );
      // Recent complaints are still being worked; one older one in twelve was forgotten (overdue).
      if (age < r.int(2, 12) || r.chance(1 / 12)) {
        open += 1;
        continue;
      }
      const cause = CAUSE_PICKS.get(category)?.pick(r) ?? 'other';
      // Most are resolved within their limit; some take weeks.
      const took = r.chance(0.8) ? r.int(2, 100) : r.int(100, 500);
      const resolvedAt = new Date(
        Math.min(Date.parse(complaint.receivedAt) + took * 3_600_000, end.getTime() - 60_000),
      );
      const { followUp } = resolveComplaint(
        db,
        complaintResolveInput.parse({
          id: complaint.id,
          rootCause: cause,
          countermeasure: MEASURES[cause] ?? MEASURES.other,
          customerTold: '已向客户致歉并说明处理结果',
          at: resolvedAt.toISOString(),
        }),
        actor,
        end,
      );
      // Follow-up calls due before today were made; most reached the customer with a score.
      if (followUp && followUp.dueOn < today && r.chance(0.9)) {
        const reached = r.chance(0.85);
        logCall(
          db,
          {
            id: followUp.id,
            at: `${followUp.dueOn}T${String(r.int(9, 17)).padStart(2, '0')}:30:00+08:00`,
            staffId: null,
            outcome: reached ? 'reached' : 'not_reached',
            reason: reached ? null : 'no_answer',
            answerCategory: null,
            satisfaction: reached ? SCORES.pick(r) : null,
            notes: null,
            retry: false,
            retryOn: null,
            next: null,
          },
          actor,
        );
        if (reached) closed += 1;
      }
    }
  })();
  return { complaints: options.complaints, open, closed, ms: performance.now() - t0 };
}
