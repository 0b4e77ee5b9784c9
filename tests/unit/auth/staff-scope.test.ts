import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index';
import type { Channel } from '../../../shared/channels';
import type { Input } from '../../../shared/contract';
import { branchWithSignIn, call, gatedCore } from './auth-helpers';

// Each password is hashed with scrypt (N = 2^15): slow on purpose, slower on a busy machine (the timeouts).
let core: Core;
afterEach(() => core?.close());

/**
 * A branch with sign-in on: 陈磊's company customer 上海星辰贸易有限公司 with a contact, a timeline entry, a purchase, a
 * call-back, a complaint and a report draft; 王芳's own customer 张伟, and 刘洋 whom nobody looks after.
 */
async function branch() {
  core = gatedCore();
  const ids = await branchWithSignIn(core);
  const { manager, wangId, chenId } = ids;
  const asManager = { session: manager };
  const theirs = await call(
    core,
    'customers.create',
    {
      customer: {
        kind: 'company',
        name: '上海星辰贸易有限公司',
        phone: '021-62345678',
        idNumber: '91350100M000100Y43',
        ownerId: chenId,
      },
    },
    asManager,
  );
  const mine = await call(
    core,
    'customers.create',
    {
      customer: {
        kind: 'person',
        name: '张伟',
        mobile: '13812345678',
        idNumber: '310104198802151231',
        ownerId: wangId,
      },
    },
    asManager,
  );
  const nobody = await call(
    core,
    'customers.create',
    { customer: { kind: 'person', name: '刘洋', mobile: '13700001111', ownerId: null } },
    asManager,
  );
  const contact = await call(
    core,
    'contacts.save',
    { customerId: theirs.id, name: '赵敏', role: 'decision_maker', mobile: '13987654321' },
    asManager,
  );
  const note = await call(
    core,
    'interactions.create',
    { customerId: theirs.id, kind: 'call', occurredAt: '2026-11-30T02:00:00Z', summary: '询问年底续约' },
    asManager,
  );
  const purchase = await call(
    core,
    'purchases.save',
    {
      customerId: theirs.id,
      occurredOn: '2026-11-02',
      product: '债券基金',
      amountCents: 5_000_000,
      riskOverride: '客户坚持购买',
    },
    asManager,
  );
  const callback = await call(core, 'callbacks.create', { customerId: theirs.id, dueOn: '2030-03-04' }, asManager);
  const complaint = await call(
    core,
    'complaints.create',
    { customerId: theirs.id, channel: 'phone', category: 'billing_error', words: '对账单金额有误' },
    asManager,
  );
  const draft = await call(
    core,
    'reports.drafts.save',
    { customerId: theirs.id, texts: { purpose: '年度回顾' } },
    asManager,
  );
  const wang = (await call(core, 'auth.signIn', { staffId: wangId, secret: '135790' })).session;
  return { ...ids, theirs, mine, nobody, contact, note, purchase, callback, complaint, draft, wang };
}

describe('staff scope for records named by their own id', { timeout: 60_000 }, () => {
  it('refuses a staff member every record of another’s customer, as it refuses the customer, and writes nothing', async () => {
    const b = await branch();
    const before = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const attempts: [Channel, unknown][] = [
      ['contacts.save', { customerId: b.mine.id, id: b.contact.id, name: '赵敏', mobile: '13987654321' }],
      ['contacts.delete', { id: b.contact.id }],
      ['interactions.update', { id: b.note.id, kind: 'visit', occurredAt: '2026-11-30T02:00:00Z', summary: '改了' }],
      ['interactions.delete', { id: b.note.id }],
      ['interactions.restore', { id: b.note.id }],
      [
        'purchases.save',
        { id: b.purchase.id, customerId: b.mine.id, occurredOn: '2026-11-02', product: '债券基金', amountCents: 1 },
      ],
      ['purchases.delete', { id: b.purchase.id }],
      ['callbacks.log', { id: b.callback.id, outcome: 'reached' }],
      ['callbacks.postpone', { ids: [b.callback.id], days: 3 }],
      ['callbacks.cancel', { ids: [b.callback.id], reason: '不再需要' }],
      ['callbacks.reassign', { ids: [b.callback.id], staffId: b.wangId }],
      ['cadence.statuses', { customerIds: [b.mine.id, b.theirs.id] }],
      ['complaints.get', { id: b.complaint.id }],
      ['complaints.update', { id: b.complaint.id, words: '改成我的说法' }],
      ['complaints.start', { id: b.complaint.id }],
      ['complaints.reopen', { id: b.complaint.id, reason: '客户又来电' }],
      ['complaints.reassign', { ids: [b.complaint.id], staffId: b.wangId }],
      ['reports.drafts.get', { id: b.draft.id }],
      ['reports.drafts.review', { id: b.draft.id }],
      ['reports.preview', { kind: 'customer', params: { customerId: b.theirs.id } }],
      ['reports.preview', { kind: 'customer', params: { customerId: b.mine.id, draftId: b.draft.id } }],
      ['privacy.export', { id: b.theirs.id, format: 'json' }],
      ['privacy.reveal', { id: b.theirs.id }],
      ['customers.update', { id: b.theirs.id, customer: { kind: 'company', name: '改名' } }],
    ];
    for (const [channel, input] of attempts) {
      const reply = await core.dispatch(channel, input, { session: b.wang });
      expect(reply.ok ? `${channel} answered` : `${channel}: ${reply.error.code}`).toBe(`${channel}: not_found`);
    }
    // Nothing was written on the way (no audit entry, the records as they were).
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    expect(core.db.prepare('SELECT words FROM complaints WHERE id = ?').pluck().get(b.complaint.id)).toBe(
      '对账单金额有误',
    );
    expect(core.db.prepare('SELECT deleted_at FROM contacts WHERE id = ?').pluck().get(b.contact.id)).toBeNull();
    expect(core.db.prepare('SELECT staff_id FROM callbacks WHERE id = ?').pluck().get(b.callback.id)).toBe(b.chenId);
  });

  it('refuses with the customer’s refusal (“no longer exists”), naming the record, not its customer', async () => {
    const b = await branch();
    const reply = await core.dispatch('complaints.get', { id: b.complaint.id }, { session: b.wang });
    const customer = await core.dispatch('customers.get', { id: b.theirs.id }, { session: b.wang });
    expect(reply.ok || customer.ok).toBe(false);
    if (!reply.ok && !customer.ok) {
      expect(reply.error.code).toBe(customer.error.code);
      expect(reply.error.details).toEqual({ id: b.complaint.id });
    }
  });

  it('lets staff work on their own and unassigned customers’ records, and the manager on all', async () => {
    const b = await branch();
    const asWang = { session: b.wang };
    const own = await call(
      core,
      'contacts.save',
      { customerId: b.nobody.id, name: '刘母', mobile: '13600002222' },
      asWang,
    );
    expect((await call(core, 'contacts.save', { ...own, customerId: b.nobody.id, title: '母亲' }, asWang)).title).toBe(
      '母亲',
    );
    const cb = await call(core, 'callbacks.create', { customerId: b.mine.id, dueOn: '2030-03-05' }, asWang);
    expect((await call(core, 'callbacks.postpone', { ids: [cb.id], days: 3 }, asWang)).updated).toBe(1);
    // A call-back on 陈磊's customer handed to 王芳 is hers to call; his other records stay out of reach.
    const handed = await call(
      core,
      'callbacks.create',
      { customerId: b.theirs.id, dueOn: '2030-03-06', staffId: b.wangId },
      { session: b.manager },
    );
    expect((await call(core, 'callbacks.log', { id: handed.id, outcome: 'reached' }, asWang)).callback.state).toBe(
      'done',
    );
    const mixed = await core.dispatch('callbacks.postpone', { ids: [handed.id, b.callback.id], days: 1 }, asWang);
    expect(mixed.ok ? 'postponed' : mixed.error.code).toBe('not_found');
    expect((await call(core, 'complaints.get', { id: b.complaint.id }, { session: b.manager })).complaint.words).toBe(
      '对账单金额有误',
    );
    expect((await call(core, 'interactions.delete', { id: b.note.id }, { session: b.manager })).ok).toBe(true);
  });
});

describe('staff scope of the call-back queue, complaints, risk lists and the recycle bin', { timeout: 60_000 }, () => {
  it('lists only call-backs, complaints, risk entries and binned customers of their own and unassigned customers', async () => {
    const b = await branch();
    const asManager = { session: b.manager };
    const asWang = { session: b.wang };
    const own = await call(core, 'callbacks.create', { customerId: b.mine.id, dueOn: '2030-03-04' }, asManager);
    const handed = await call(
      core,
      'callbacks.create',
      { customerId: b.theirs.id, dueOn: '2030-03-04', staffId: b.wangId },
      asManager,
    );
    const unassigned = await call(
      core,
      'complaints.create',
      { customerId: b.nobody.id, channel: 'letter', category: 'billing_error', words: '收到的账单寄错了地址' },
      asManager,
    );
    const queue = await call(core, 'callbacks.queue', { view: 'all' }, asWang);
    expect(queue.rows.map((r) => r.id).sort()).toEqual([own.id, handed.id].sort());
    expect(queue.total).toBe(2);
    const counts = await call(core, 'callbacks.counts', { today: '2030-03-04' }, asWang);
    expect([counts.today, counts.open]).toEqual([2, 2]);
    const complaints = await call(core, 'complaints.list', { view: 'all' }, asWang);
    expect(complaints.rows.map((r) => r.id)).toEqual([unassigned.id]);
    expect(complaints.total).toBe(1);
    expect((await call(core, 'complaints.counts', {}, asWang)).open).toBe(1);
    // The risk lists too: 陈磊's customer's expired assessment and mismatched purchase are not in 王芳's.
    for (const customerId of [b.theirs.id, b.mine.id])
      await call(
        core,
        'risk.assess',
        { customerId, level: 1, assessedOn: '2024-01-02', expiresOn: '2025-01-02' },
        asManager,
      );
    const due = await call(core, 'risk.due', { list: 'expired' }, asWang);
    expect(due.rows.map((r) => [r.customerName, r.mobile])).toEqual([['张伟', '138****5678']]);
    expect((await call(core, 'risk.due', { list: 'expired' }, asManager)).total).toBe(2);
    await call(core, 'products.save', { name: '私募股权', riskRating: 5 }, asManager);
    for (const customerId of [b.theirs.id, b.mine.id])
      await call(
        core,
        'purchases.save',
        {
          customerId,
          occurredOn: '2024-06-03',
          product: '私募股权',
          amountCents: 100_000_000,
          riskOverride: '客户坚持',
        },
        asManager,
      );
    const mismatches = await call(core, 'risk.mismatches', {}, asWang);
    expect(mismatches.rows.map((r) => r.customerName)).toEqual(['张伟']);
    expect((await call(core, 'risk.mismatches', {}, asManager)).total).toBe(2);
    // The recycle bin too: 陈磊's customer deleted by the manager is not in 王芳's.
    await call(core, 'customers.delete', { id: b.theirs.id }, asManager);
    await call(core, 'customers.delete', { id: b.nobody.id }, asManager);
    const trash = await call(core, 'customers.trash', {}, asWang);
    expect([trash.rows.map((r) => r.name), trash.total]).toEqual([['刘洋'], 1]);
    expect((await call(core, 'customers.trash', {}, asManager)).total).toBe(2);
    await call(core, 'customers.restore', { id: b.theirs.id }, asManager);
    await call(core, 'customers.restore', { id: b.nobody.id }, asManager);
    // The manager's lists hold everything.
    expect((await call(core, 'callbacks.queue', { view: 'all' }, asManager)).total).toBe(3);
    expect((await call(core, 'complaints.list', { view: 'all' }, asManager)).total).toBe(2);
  });
});

describe('masking for staff', { timeout: 60_000 }, () => {
  it('masks every phone and ID number a staff member is answered, and none for the manager', async () => {
    const b = await branch();
    const asWang = { session: b.wang };
    const ownCallback = await call(core, 'callbacks.create', { customerId: b.mine.id, dueOn: '2030-03-05' }, asWang);
    const ownComplaint = await call(
      core,
      'complaints.create',
      { customerId: b.mine.id, channel: 'counter', category: 'billing_error', words: '利息算错了' },
      asWang,
    );
    await call(core, 'contacts.save', { customerId: b.nobody.id, name: '刘母', mobile: '13600002222' }, asWang);
    const answers: [Channel, Input<Channel>][] = [
      ['customers.get', { id: b.mine.id }],
      ['customers.get', { id: b.nobody.id }],
      ['customers.list', {}],
      ['customers.search', { query: '张伟' }],
      ['customers.duplicates', { customer: { kind: 'company', name: '星辰', phone: '021-62345678' } }],
      ['callbacks.queue', { view: 'all' }],
      ['complaints.list', { view: 'all' }],
      ['complaints.get', { id: ownComplaint.id }],
      ['audit.list', { customerId: b.mine.id }],
    ];
    const full = ['13812345678', '310104198802151231', '13700001111', '13600002222', '021-62345678'];
    for (const [channel, input] of answers) {
      const text = JSON.stringify(await call(core, channel, input, asWang));
      for (const value of full) expect(text.includes(value) ? `${channel} shows ${value}` : 'masked').toBe('masked');
    }
    const detail = await call(core, 'customers.get', { id: b.mine.id }, asWang);
    expect(detail.customer).toMatchObject({ mobile: '138****5678', idNumber: '310104********1231' });
    const queue = await call(core, 'callbacks.queue', { view: 'all' }, asWang);
    expect(queue.rows.find((r) => r.id === ownCallback.id)?.customerMobile).toBe('138****5678');
    const contacts = (await call(core, 'customers.get', { id: b.nobody.id }, asWang)).contacts;
    expect(contacts.map((c) => c.mobile)).toEqual(['136****2222']);
    // Reading one on purpose answers it whole (and is recorded).
    expect((await call(core, 'privacy.reveal', { id: b.mine.id }, asWang)).mobile).toBe('13812345678');
    // The manager's answers are whole.
    const managers = JSON.stringify(await call(core, 'callbacks.queue', { view: 'all' }, { session: b.manager }));
    expect(managers).toContain('13812345678');
  });

  it('keeps a contact’s stored mobile when staff save the form with the masked one unchanged', async () => {
    const b = await branch();
    const asWang = { session: b.wang };
    await call(core, 'contacts.save', { customerId: b.nobody.id, name: '刘母', mobile: '13600002222' }, asWang);
    const [shown] = (await call(core, 'customers.get', { id: b.nobody.id }, asWang)).contacts;
    expect(shown?.mobile).toBe('136****2222');
    await call(core, 'contacts.save', { ...shown!, title: '母亲' }, asWang);
    expect(core.db.prepare('SELECT mobile, title FROM contacts WHERE id = ?').get(shown!.id)).toEqual({
      mobile: '13600002222',
      title: '母亲',
    });
    // A new number typed in is validated and kept as typed.
    await call(core, 'contacts.save', { ...shown!, mobile: '13600003333' }, asWang);
    expect(core.db.prepare('SELECT mobile FROM contacts WHERE id = ?').pluck().get(shown!.id)).toBe('13600003333');
  });
});
