// Receipt dates are the branch's local dates.
process.env.TZ = 'Asia/Shanghai';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { inferCategory, inferChannel, inferStatus } from '../../../electron/core/complaints/legacy';
import * as complaintsMigration from '../../../electron/core/db/migrations/017-complaints';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { migrate } from '../../../electron/core/db/open';
import { registerFunctions } from '../../../electron/core/search/functions';

describe('old complaint entries become complaint records', () => {
  it('reads the status, category and channel from what was written', () => {
    expect(inferStatus('已解决，客户满意')).toBe('resolved');
    expect(inferStatus('已致歉并说明原因')).toBe('resolved');
    expect(inferStatus('未解决，客户仍不满意')).toBe('open');
    expect(inferStatus('跟进处理中')).toBe('open');
    expect(inferStatus('Refunded the fee, customer satisfied')).toBe('resolved');
    expect(inferStatus(null)).toBe('open');
    expect(inferCategory('客户投诉排队时间过长')).toBe('waiting_time');
    expect(inferCategory('客户投诉信用卡年费')).toBe('fees');
    expect(inferCategory('客户电话反映ATM吞卡问题')).toBe('product');
    expect(inferCategory('柜员态度恶劣')).toBe('service_attitude');
    expect(inferCategory('门口停车难')).toBe('other');
    expect(inferChannel('客户电话反映短信提醒未收到问题')).toBe('phone');
    expect(inferChannel('客户投诉柜面办理效率')).toBe('counter');
  });

  it('converts every entry on migration, linked to it, and keeps the timeline as it was', () => {
    const db = new Database(':memory:');
    registerFunctions(db);
    const version = MIGRATIONS.findIndex((m) => m.up === complaintsMigration.up) + 1;
    migrate(db, version - 1);
    db.prepare("INSERT INTO staff (id, name, created_at, updated_at) VALUES ('s1', '王丽', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO staff (id, name, created_at, updated_at, deleted_at) VALUES ('s2', '赵强', 'x', 'x', '2025-01-01T00:00:00Z')",
    ).run();
    const addCustomer = db.prepare(
      "INSERT INTO customers (id, kind, name, owner_id, search_text, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, 'x', 'x')",
    );
    addCustomer.run('c1', '陈静', 's1', '陈静');
    addCustomer.run('c2', 'Wang Fang', null, 'wang fang');
    const entry = db.prepare(
      `INSERT INTO interactions (id, customer_id, kind, occurred_at, staff_id, summary, outcome, created_at, created_by,
         updated_at, updated_by, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Friday 2025-09-26 10:00 in Beijing.
    entry.run(
      'i1',
      'c1',
      'complaint',
      '2025-09-26T02:00:00.000Z',
      's1',
      '客户投诉排队时间过长',
      '已致歉并说明原因',
      '2025-09-26T02:00:00.000Z',
      's1',
      '2025-09-29T06:00:00.000Z',
      's1',
      null,
    );
    // Late evening UTC is the next morning in Beijing; its author has left, so the customer's manager owns it.
    entry.run(
      'i2',
      'c1',
      'complaint',
      '2025-10-08T23:30:00.000Z',
      's2',
      '客户电话反映信用卡年费问题',
      '跟进处理中',
      '2025-10-08T23:30:00.000Z',
      's2',
      '2025-10-08T23:30:00.000Z',
      's2',
      null,
    );
    entry.run(
      'i3',
      'c2',
      'complaint',
      '2025-06-03T01:00:00.000Z',
      null,
      'Statement shows a fee charged twice',
      null,
      '2025-06-03T01:00:00.000Z',
      null,
      '2025-06-03T01:00:00.000Z',
      null,
      null,
    );
    entry.run(
      'i4',
      'c2',
      'call',
      '2025-06-04T01:00:00.000Z',
      's1',
      '回访',
      '客户满意',
      '2025-06-04T01:00:00.000Z',
      's1',
      '2025-06-04T01:00:00.000Z',
      's1',
      null,
    );
    entry.run(
      'i5',
      'c2',
      'complaint',
      '2025-06-05T01:00:00.000Z',
      's1',
      '录错了',
      null,
      '2025-06-05T01:00:00.000Z',
      's1',
      '2025-06-05T01:00:00.000Z',
      's1',
      '2025-06-05T02:00:00.000Z',
    );
    migrate(db);

    const rows = db
      .prepare(
        `SELECT interaction_id AS entry, customer_id AS customer, received_on AS receivedOn, channel, category, severity,
           words, owner_id AS owner, due_on AS dueOn, status, resolved_on AS resolvedOn, countermeasure, root_cause AS cause,
           migrated FROM complaints ORDER BY received_at`,
      )
      .all();
    expect(rows).toEqual([
      {
        entry: 'i3',
        customer: 'c2',
        receivedOn: '2025-06-03',
        channel: 'counter',
        category: 'billing_error',
        severity: 'normal',
        words: 'Statement shows a fee charged twice',
        owner: expect.any(String),
        dueOn: '2025-06-10',
        status: 'open',
        resolvedOn: null,
        countermeasure: null,
        cause: null,
        migrated: 1,
      },
      {
        entry: 'i1',
        customer: 'c1',
        receivedOn: '2025-09-26',
        channel: 'counter',
        category: 'waiting_time',
        severity: 'normal',
        words: '客户投诉排队时间过长',
        owner: 's1',
        dueOn: '2025-10-03', // no holiday calendar stored yet: plain Monday–Friday
        status: 'resolved',
        resolvedOn: '2025-09-29',
        countermeasure: '已致歉并说明原因',
        cause: null,
        migrated: 1,
      },
      {
        entry: 'i2',
        customer: 'c1',
        receivedOn: '2025-10-09',
        channel: 'phone',
        category: 'fees',
        severity: 'normal',
        words: '客户电话反映信用卡年费问题',
        owner: 's1',
        dueOn: '2025-10-16',
        status: 'open',
        resolvedOn: null,
        countermeasure: null,
        cause: null,
        migrated: 1,
      },
    ]);
    // The customer without a manager and an entry without an author: the default staff member owns it.
    const owner = (rows[0] as { owner: string }).owner;
    expect(db.prepare('SELECT is_default AS d FROM staff WHERE id = ?').get(owner)).toEqual({ d: 1 });
    // Every entry is still on the timeline, untouched.
    expect(db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 5 });
    expect(db.prepare("SELECT kind, outcome FROM interactions WHERE id = 'i1'").get()).toEqual({
      kind: 'complaint',
      outcome: '已致歉并说明原因',
    });
    // Each has its history: received, and resolved for the settled one.
    const events = db
      .prepare(
        'SELECT c.interaction_id AS entry, e.action FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id ORDER BY e.at',
      )
      .all();
    expect(events).toEqual([
      { entry: 'i3', action: 'received' },
      { entry: 'i1', action: 'received' },
      { entry: 'i1', action: 'resolved' },
      { entry: 'i2', action: 'received' },
    ]);
  });
});
