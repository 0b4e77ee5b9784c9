// The branch's time zone, set before any date is read in this file: Beijing is UTC+8 all year round.
process.env.TZ = 'Asia/Shanghai';

/** Export file names carry the date where the branch is, not the UTC date. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import { openDatabase } from '../../../electron/core/db/open';
import { exportData } from '../../../electron/core/export/exports';
import { customer } from '../helpers';

const ALL = { query: '', kind: null, ownerId: null, region: null, tag: null };

afterEach(() => {
  vi.useRealTimers();
});

describe('export file names', () => {
  it('an export made in Beijing at 00:30 is named with that day, not the UTC day before', async () => {
    const db = openDatabase(':memory:');
    createCustomer(db, customer({ name: '张伟', mobile: '13800138000' }), null);
    createCustomer(db, customer({ name: 'Emily Chen', mobile: '+86 139-0013-9000' }), null);
    // 16:30 UTC on 31 March is 00:30 on 1 April in Beijing: the day a branch exporting after midnight sees.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-31T16:30:00Z'));

    const csv = await exportData(db, {
      what: 'customers',
      format: 'csv',
      encoding: 'gbk',
      language: 'zh-CN',
      filter: ALL,
    });
    expect(csv.fileName).toBe('客户-2026-04-01.csv');
    expect(csv.rows).toBe(2);
    const xlsx = await exportData(db, {
      what: 'transactions',
      format: 'xlsx',
      encoding: 'utf8',
      language: 'en',
      filter: ALL,
    });
    expect(xlsx.fileName).toBe('Transactions-2026-04-01.xlsx');

    // Late in the Beijing evening the UTC date is the same day: still that day.
    vi.setSystemTime(new Date('2026-04-01T15:59:00Z'));
    const evening = await exportData(db, {
      what: 'customers',
      format: 'xlsx',
      encoding: 'utf8',
      language: 'en',
      filter: ALL,
    });
    expect(evening.fileName).toBe('Customers-2026-04-01.xlsx');
  });
});
