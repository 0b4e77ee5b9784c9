import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { ComplaintPage, ComplaintReport } from '../../../shared/complaints/types';
import { at, complaintsCore } from './setup';

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A branch database with two complaints in June 2025: one resolved, one open and overdue by 06-20. */
function branchDb(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-complaints-')), 'branch.db');
  const core = complaintsCore(path);
  const zhang = core.addCustomer('张伟', '13812345678');
  core.call('complaints.create', {
    customerId: zhang,
    receivedAt: at('2025-06-03'),
    channel: 'counter',
    category: 'waiting_time',
    severity: 'high',
    words: '排队一个多小时',
  });
  const fee = core.call('complaints.create', {
    customerId: zhang,
    receivedAt: at('2025-06-04'),
    channel: 'phone',
    category: 'fees',
    words: '短信通知费未告知',
  });
  core.call('complaints.resolve', {
    id: fee.id,
    rootCause: 'fee_policy',
    countermeasure: '退还短信费',
    customerTold: '已退费并致歉',
    at: at('2025-06-05'),
    followUp: null,
  });
  core.db.close();
  return path;
}

describe('dossier complaints', () => {
  it('lists open and overdue complaints, as a table or JSON', async () => {
    const db = branchDb();
    const overdue = await cli(['complaints', 'list', '--overdue', '--date', '2025-06-20', '--db', db, '--json']);
    expect(overdue.code).toBe(0);
    const page = JSON.parse(overdue.out) as ComplaintPage;
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      customerName: '张伟',
      category: 'waiting_time',
      dueOn: '2025-06-06',
      overdue: true,
    });
    const resolved = await cli(['complaints', 'list', '--status', 'resolved', '--db', db, '--json']);
    expect((JSON.parse(resolved.out) as ComplaintPage).rows.map((r) => r.rootCause)).toEqual(['fee_policy']);
    const text = await cli(['complaints', 'list', '--date', '2025-06-20', '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(text.out).toContain('张伟');
    expect(text.out).toContain('等候时间');
    expect(text.out).toContain('2025-06-06 (逾期)');
  });

  it('prints the complaint analysis for a period', async () => {
    const db = branchDb();
    const json = await cli([
      'complaints',
      'report',
      '--from',
      '2025-06-01',
      '--to',
      '2025-06-30',
      '--db',
      db,
      '--json',
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as ComplaintReport;
    expect(report).toMatchObject({ total: 2, open: 1, resolved: 1, customers: 1, perTenThousand: 20000 });
    expect(report.byRootCause).toEqual([{ key: 'fee_policy', count: 1, percent: 100, cumulativePercent: 100 }]);
    const text = await cli(['complaints', 'report', '--from', '2025-06-01', '--to', '2025-06-30', '--db', db]);
    expect(text.out).toMatch(/^Complaints 2025-06-01 – 2025-06-30: 2, 20000\.00 per 10,000 customers/);
    expect(text.out).toMatch(/Fee policy\s+1\s+100\.00%\s+100\.00%/);
  });

  it('explains mistakes on the command line', async () => {
    const db = branchDb();
    const missing = await cli(['complaints', 'report', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('dossier complaints report --from 2026-01-01');
    const status = await cli(['complaints', 'list', '--status', 'done', '--db', db]);
    expect(status.code).toBe(2);
    expect(status.err).toContain('--status must be one of open, in_progress, resolved, closed');
    const badDate = await cli(['complaints', 'report', '--from', '2025-02-30', '--to', '2025-03-31', '--db', db]);
    expect(badDate.code).toBe(2);
    const unknown = await cli(['complaints', 'close', '--db', db]);
    expect(unknown.err).toContain('Unknown complaints command “close”');
  });
});
