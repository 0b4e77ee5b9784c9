import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import { AUDIT_ENTITIES, type AuditEntry } from '../../../shared/audit/types';
import { translate } from '../../../shared/i18n/index';
import { changesText, entryFields } from '../../../renderer/src/audit/changes';
import { fieldSpec } from '../../../renderer/src/audit/fields';
import { createFormatters } from '../../../renderer/src/i18n/format';
import { call, gatedCore } from '../auth/auth-helpers';

const CJK = /[\u4e00-\u9fff]/;
/** Objects whose keys are the branch's own data (custom field names, category codes), not fields to name. */
const DATA_KEYED = new Set(['personalFields', 'labels', 'answerLabels', 'categoryLabels']);

let core: Core;
const entries: AuditEntry[] = [];

/** A branch's day of work through the real core: every kind of record a branch writes, changed the usual ways. */
async function branchDay(c: Core) {
  const desk = (await call(c, 'auth.status', {})).me;
  if (!desk) throw new Error('no desk');
  await call(c, 'staff.rename', { id: desk.id, name: '李经理' });
  const wang = await call(c, 'staff.create', { name: '王芳' });
  const chen = await call(c, 'staff.create', { name: '陈磊' });
  const zhao = await call(c, 'staff.create', { name: 'Zhao Lei' });
  await call(c, 'auth.setRole', { staffId: wang.id, role: 'manager' });
  await call(c, 'auth.setOsUser', { staffId: chen.id, osUser: 'chenlei' });
  await call(c, 'auth.setSecret', { staffId: wang.id, secret: '135790' });

  const zhang = await call(c, 'customers.create', {
    customer: { kind: 'person', name: '张伟', mobile: '13812345678', ownerId: wang.id, tags: ['VIP', '老客户'] },
  });
  const shown = (await call(c, 'customers.get', { id: zhang.id })).customer;
  await call(c, 'customers.update', {
    id: zhang.id,
    customer: { ...shown, tags: [...shown.tags], region: '北京市朝阳区', ownerId: chen.id },
  });
  const acme = await call(c, 'customers.create', {
    customer: { kind: 'company', name: 'Acme Trading Ltd', mobile: '+1 415 555 0132', ownerId: chen.id },
  });
  await call(c, 'privacy.reveal', { id: zhang.id });
  const contact = await call(c, 'contacts.save', {
    customerId: acme.id,
    name: '赵敏',
    title: '财务总监',
    role: 'decision_maker',
    mobile: '13987654321',
  });
  await call(c, 'contacts.save', { ...contact, id: contact.id, role: 'influencer', email: 'zhao.min@acme.cn' });
  await call(c, 'contacts.delete', { id: contact.id });

  const visit = await call(c, 'interactions.create', {
    customerId: zhang.id,
    kind: 'visit',
    occurredAt: '2026-12-01T02:00:00Z',
    summary: '上门拜访，介绍稳健理财',
  });
  await call(c, 'interactions.update', {
    id: visit.id,
    kind: 'call',
    occurredAt: '2026-12-01T03:30:00Z',
    summary: '电话回访，客户满意',
    outcome: '下月再联系',
  });
  await call(c, 'interactions.delete', { id: visit.id });

  await call(c, 'products.save', { name: '稳健理财', riskRating: 2, termDays: 180, category: '理财' });
  const bond = await call(c, 'products.save', { name: '私募股权', riskRating: 5 });
  await call(c, 'products.save', { ...bond, id: bond.id, riskRating: 4, termDays: 365 });
  await call(c, 'risk.assess', { customerId: zhang.id, level: 2, assessedOn: '2026-06-01', notes: '保守' });
  const purchase = await call(c, 'purchases.save', {
    customerId: zhang.id,
    occurredOn: '2026-06-03',
    maturesOn: '2026-12-30',
    product: '私募股权',
    amountCents: 5_000_000,
    profitCents: 120_000,
    channel: '柜台',
    riskOverride: '客户坚持',
  });
  await call(c, 'purchases.delete', { id: purchase.id });

  const cb = await call(c, 'callbacks.create', {
    customerId: zhang.id,
    dueOn: '2026-12-07',
    staffId: wang.id,
    purpose: 'after_sale',
    priority: 'high',
    windowStart: '09:30',
    windowEnd: '11:00',
    notes: '确认到期安排',
  });
  await call(c, 'callbacks.postpone', { ids: [cb.id], to: '2026-12-09', reason: '客户出差' });
  await call(c, 'callbacks.reassign', { ids: [cb.id], staffId: chen.id, reason: '王芳休假' });
  await call(c, 'callbacks.log', {
    id: cb.id,
    at: '2026-12-09T02:00:00Z',
    outcome: 'not_reached',
    reason: 'busy',
  });
  await call(c, 'callbacks.log', {
    id: cb.id,
    at: '2026-12-10T02:00:00Z',
    outcome: 'reached',
    answerCategory: 'will_buy_again',
    satisfaction: 5,
    next: { dueOn: '2027-01-11' },
  });
  const other = await call(c, 'callbacks.create', { customerId: acme.id, dueOn: '2026-12-08' });
  await call(c, 'callbacks.cancel', { ids: [other.id], reason: '客户已来网点' });
  await call(c, 'cadence.set', {
    customerId: acme.id,
    cadence: { every: 2, unit: 'weeks', mode: 'fixed' },
    schedule: true,
    today: '2026-12-03',
  });
  await call(c, 'cadence.set', {
    customerId: acme.id,
    cadence: { every: 1, unit: 'months', mode: 'after_contact' },
    schedule: false,
  });

  const campaign = await call(c, 'campaigns.create', {
    name: '年末回访',
    purpose: 'periodic_care',
    fromOn: '2027-03-01',
    toOn: '2027-03-26',
    staffIds: [wang.id, chen.id],
    perDayCap: 10,
    selection: { query: '', customerIds: [zhang.id, acme.id] },
    excludeOpen: false,
  });
  await call(c, 'campaigns.update', {
    id: campaign.campaign.id,
    name: '年末客户回访',
    purpose: 'periodic_care',
    priority: 'high',
    notes: '问候并介绍新品',
    fromOn: '2027-03-01',
    toOn: '2027-03-26',
    perDayCap: 8,
  });
  await call(c, 'campaigns.handOver', {
    id: campaign.campaign.id,
    fromStaffId: wang.id,
    toStaffIds: [zhao.id],
    reason: '王芳调岗',
  });
  await call(c, 'campaigns.cancel', { id: campaign.campaign.id, reason: '产品线调整，活动取消' });

  const complaint = await call(c, 'complaints.create', {
    customerId: zhang.id,
    channel: 'phone',
    category: 'billing_error',
    severity: 'high',
    words: '账单金额有误',
  });
  await call(c, 'complaints.update', { id: complaint.id, words: '账单多扣了 200 元', severity: 'urgent' });
  await call(c, 'complaints.start', { id: complaint.id, note: '已联系信用卡中心核查' });
  await call(c, 'complaints.resolve', {
    id: complaint.id,
    rootCause: 'process_flaw',
    countermeasure: '核对账单流程',
    customerTold: '已退回多扣款项',
    followUp: { dueOn: '2026-12-15', staffId: wang.id },
  });
  await call(c, 'complaints.close', { id: complaint.id, satisfaction: 4, note: '客户接受' });
  await call(c, 'complaints.reopen', { id: complaint.id, reason: '客户反映款项仍未退回' });
  await call(c, 'complaints.reassign', { ids: [complaint.id], staffId: chen.id, reason: '转交陈磊跟进' });

  const segment = await call(c, 'savedSegments.create', {
    name: 'VIP 客户',
    filter: {
      query: '',
      tags: ['VIP'],
      classes: ['abc:A'],
      rMin: 3,
      fMax: 5,
      spendMin: 1_000_000,
      lastPurchaseAfter: '2026-01-01',
      bought: '稳健理财',
      risk: ['C2', 'expired'],
      birthdayWithin: 30,
    },
  });
  await call(c, 'savedSegments.update', { id: segment.id, name: '重要客户', pinned: true });
  await call(c, 'savedSegments.delete', { id: segment.id });
  const draft = await call(c, 'reports.drafts.save', {
    customerId: zhang.id,
    texts: { purpose: '年度回顾', analysis: '购买集中在理财产品' },
  });
  await call(c, 'reports.drafts.review', { id: draft.id });
  await call(c, 'reports.measures.save', { report: { from: '2026-11-01', to: '2026-11-30' }, text: '加强电话回访' });
  await call(c, 'reports.preview', { kind: 'customer', params: { customerId: zhang.id }, unmask: true });
  await call(c, 'reports.letterhead.set', { branchName: '招商银行北京朝阳支行', logo: null, paper: 'Letter' });

  await call(c, 'callbacks.settings.update', {
    retryLimit: 2,
    answerCategories: ['satisfied', 'price', '想了解新品'],
    birthdayLeadDays: 3,
    tagCadences: [{ tag: 'VIP', every: 1, unit: 'months', mode: 'fixed' }],
  });
  await call(c, 'callbacks.holidays.set', {
    holidays: [
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-04', kind: 'workday', name: null },
    ],
  });
  await call(c, 'complaints.settings.update', {
    categories: ['service_attitude', 'fees', '停车'],
    limits: { high: 2 },
    responseLimit: 2,
  });
  await call(c, 'backup.settings.update', {
    retention: { today: 2, days: 7, weeks: 4 },
    everyHours: 6,
    secondFolder: null,
  });
  await call(c, 'privacy.settings', { trashDays: 60 });
  await call(c, 'auth.configure', { idleMinutes: 15 });
  await call(c, 'sync.branchInit', { code: 'BJ-CY01', name: '北京朝阳支行' });
  await call(c, 'export.create', { what: 'customers', format: 'xlsx', filter: { query: '张' }, language: 'zh-CN' });

  await call(c, 'staff.reassignAll', { fromId: zhao.id, toId: chen.id });
  await call(c, 'staff.deactivate', { id: zhao.id, reassignTo: null });
  await call(c, 'staff.reactivate', { id: zhao.id });
  return { wang, chen };
}

beforeAll(async () => {
  core = gatedCore();
  await branchDay(core);
  for (let page = 0; ; page++) {
    const list = await call(core, 'audit.list', { page, pageSize: 200 });
    entries.push(...list.rows);
    if (list.rows.length < 200) break;
  }
}, 60_000);

afterAll(() => core?.close());

/** Every field an entry shows, nested ones too (except objects keyed by the branch's own data). */
function fieldsOf(entity: string, value: Record<string, unknown>, into: Set<string>): void {
  for (const [field, v] of Object.entries(entryFields(entity, value))) {
    into.add(`${entity}.${field}`);
    if (DATA_KEYED.has(field) || fieldSpec(entity, field)?.value) continue;
    const sides = Array.isArray(v) ? v : [v];
    for (const side of sides.flat())
      if (side !== null && typeof side === 'object' && !Array.isArray(side))
        fieldsOf(entity, side as Record<string, unknown>, into);
  }
}

const zh = (entry: AuditEntry) => changesText((k, p) => translate('zh-CN', k, p), createFormatters('zh-CN'), entry);
const en = (entry: AuditEntry) => changesText((k, p) => translate('en', k, p), createFormatters('en'), entry);

describe('the audit view names every field the core records', () => {
  it('has a name in Chinese and in English for each field of each kind of record', () => {
    const fields = new Set<string>();
    for (const e of entries) {
      if (e.changes === null || typeof e.changes !== 'object' || Array.isArray(e.changes)) continue;
      if ('reason' in e.changes && String((e.changes as { reason: unknown }).reason).startsWith('auth.')) continue;
      fieldsOf(e.entity, e.changes as Record<string, unknown>, fields);
    }
    const kinds = new Set(entries.map((e) => e.entity));
    // The day above touches most kinds of record; those it cannot reach here (an import, a restore, head office)
    // are named by the same table.
    expect([...kinds].sort()).toEqual(AUDIT_ENTITIES.filter((k) => kinds.has(k)).sort());
    expect(kinds.size).toBeGreaterThanOrEqual(22);
    const unnamed: string[] = [];
    for (const field of fields) {
      const [entity, ...rest] = field.split('.');
      const spec = fieldSpec(entity!, rest.join('.'));
      if (!spec) {
        unnamed.push(field);
        continue;
      }
      expect(translate('zh-CN', spec.label), field).toMatch(CJK);
      expect(translate('en', spec.label), field).toMatch(/^[A-Z0-9]/);
    }
    expect(unnamed).toEqual([]);
    expect(fields.size).toBeGreaterThan(120);
  });

  it('reads each entry in words, with no stored field name or code left', () => {
    const raw = /\b[a-z]+(?:[A-Z][a-z]+)+\b|\b[a-z]+_[a-z_]+\b/;
    for (const e of entries) {
      expect(zh(e), `${e.entity} ${e.action}`).not.toMatch(raw);
      expect(en(e), `${e.entity} ${e.action}`).not.toMatch(raw);
    }
  });

  it('shows call-backs, complaints, purchases, contacts, staff and cadences as their own pages do', () => {
    const find = (entity: string, has: string) => {
      const e = entries.find((x) => x.entity === entity && JSON.stringify(x.changes).includes(has));
      if (!e) throw new Error(`no ${entity} entry with ${has}`);
      return e;
    };
    const postponed = find('callback', '客户出差');
    expect(zh(postponed)).toBe('回访日期：2026年12月7日 → 2026年12月9日；原因：客户出差');
    expect(en(postponed)).toBe('Call on: December 7, 2026 → December 9, 2026; Reason: 客户出差');
    const reassigned = find('callback', '王芳休假');
    expect(zh(reassigned)).toBe('回访人：王芳 → 陈磊；原因：王芳休假');
    expect(en(reassigned)).toBe('Staff: 王芳 → 陈磊; Reason: 王芳休假');
    // Without the names the core sends, an id stays as stored.
    const bare = changesText((k, p) => translate('en', k, p), createFormatters('en'), {
      ...reassigned,
      staffNames: {},
    });
    expect(bare).toMatch(/^Staff: [0-9a-f-]{36} → [0-9a-f-]{36}; Reason: 王芳休假$/);
    expect(en(find('callback', 'not_reached'))).toBe(
      'Attempt: 1; Reached: Not reached; Reason: Busy; Result: To be retried; Call on: December 10, 2026',
    );
    const closed = find('complaint', '客户接受');
    expect(zh(closed)).toBe('处理步骤：关闭；满意度：4；备注：客户接受；状态：已解决 → 已关闭');
    expect(en(closed)).toBe('Step: Closed; Satisfaction: 4; Notes: 客户接受; Status: Resolved → Closed');
    // The due date the correction moved (urgent: 1 working day instead of high's 3) is part of it.
    const corrected = find('complaint', '账单多扣了');
    expect(en(corrected)).toMatch(
      /^Step: Corrected; Severity: High → Urgent; Customer’s words: 账单金额有误 → 账单多扣了 200 元; Due: \w+ \d+, \d{4} → \w+ \d+, \d{4}$/,
    );
    expect(zh(corrected)).toMatch(
      /^处理步骤：更正；严重程度：高 → 紧急；客户原话：账单金额有误 → 账单多扣了 200 元；办结期限：\d{4}年\d+月\d+日 → \d{4}年\d+月\d+日$/,
    );
    const bought = find('transaction', '客户坚持');
    expect(zh(bought)).toContain('到期日：2026年12月30日；产品：私募股权；金额：¥50,000.00；毛利：¥1,200.00');
    expect(en(bought)).toContain('Maturity date: December 30, 2026; Product: 私募股权; Amount: ¥50,000.00');
    expect(zh(find('contact', 'decision_maker'))).toBe(
      '姓名：赵敏；职务：财务总监；决策角色：决策人；电话：13987654321',
    );
    expect(en(find('staff', '"role"'))).toBe('Role: Staff → Manager');
    expect(zh(find('staff', '"secret"'))).toBe('密码或 PIN：已更改');
    const cadence = entries.find((e) => e.entity === 'cadence' && JSON.stringify(e.changes).includes('after_contact'));
    expect(zh(cadence!)).toBe('回访周期：每 2 周 → 上次联系后 1 个月');
    expect(en(cadence!)).toBe('Cadence: Every 2 weeks → 1 month after the last contact');
    expect(zh(find('saved_segment', 'abc:A'))).toBe(
      '名称：VIP 客户；类型：动态；筛选条件：（客户分类：A 类，R 从：3，F 到：5，最近购买不早于：2026年1月1日，' +
        '期内消费从（元）：¥10,000.00，买过的产品：稳健理财，风险等级：C2 稳健型、测评已过期，生日在几天内：30，标签：VIP）；' +
        '已置顶：否',
    );
    // Risk levels as the customer list's risk filter and the risk card name them, never a bare code.
    expect(en(find('saved_segment', 'abc:A'))).toContain('Risk level: C2 Cautious, Assessment expired, Birthday');
    expect(zh(find('risk_assessment', '保守'))).toBe(
      '风险等级：C2 稳健型；评估日期：2026年6月1日；到期日：2027年6月1日；备注：保守',
    );
  });
});
