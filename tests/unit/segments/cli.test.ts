/** `dossier segments compute|show|migration` on a branch database file. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { createCustomer } from '../../../electron/core/customers/records';
import { savePurchase } from '../../../electron/core/purchases/purchases';
import { computeSegments } from '../../../electron/core/segments/compute';
import { purchaseInput } from '../../../shared/purchases/schemas';
import { customer, withDb } from '../helpers';

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** 张伟 buys ¥80,000 and 王芳 ¥15,000 in 2025; Emily Carter ¥5,000 in 2025 and ¥90,000 in January 2026. */
function branchDb(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-segments-')), 'branch.db');
  withDb(path, (db) => {
    const add = (name: string, mobile: string | null) => createCustomer(db, customer({ name, mobile }), null);
    const buy = (customerId: string, occurredOn: string, yuan: number) =>
      savePurchase(
        db,
        purchaseInput.parse({ customerId, occurredOn, product: '稳健理财A款', amountCents: yuan * 100 }),
        null,
      );
    const zhang = add('张伟', '13812345678');
    const wang = add('王芳', '13987654321');
    const emily = add('Emily Carter', null);
    add('李娜', '13700001111');
    buy(zhang.id, '2025-11-20', 80_000);
    buy(wang.id, '2025-06-01', 15_000);
    buy(emily.id, '2025-03-01', 5_000);
    buy(emily.id, '2026-01-15', 90_000);
  });
  return path;
}

describe('dossier segments', () => {
  it('computes over a chosen period and shows the classes per scheme', async () => {
    const db = branchDb();
    const before = await cli(['segments', 'show', '--db', db]);
    expect(before.out).toBe('No classes yet. Run dossier segments compute first.');
    const computed = await cli(['segments', 'compute', '--from', '2025-01-01', '--to', '2025-12-31', '--db', db]);
    expect(computed.code).toBe(0);
    expect(computed.out).toBe('Classified 4 customers over 2025-01-01 – 2025-12-31; 20 class changes recorded.');
    const json = await cli(['segments', 'show', '--scheme', 'abc', '--db', db, '--json']);
    const overview = JSON.parse(json.out);
    expect(overview.period).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(overview.abc.classes.map((c: { customers: number }) => c.customers)).toEqual([1, 1, 2]);
    expect(overview.rfm).toBeUndefined();
    const text = await cli(['segments', 'show', '--scheme', 'abc', '--db', db]);
    expect(text.out).toContain('ABC analysis');
    expect(text.out).toMatch(/A\s+1\s+80\.0%/);
    expect(text.out).toContain('A:B:C reached 1 : 1 : 2 (guideline 1 : 2 : 2)');
    const chinese = await cli(['segments', 'show', '--scheme', 'rfm', '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(chinese.out).toContain('重要价值');
    expect(chinese.out).toContain('无购买');
  });

  it('prints the migration between two month ends across the year end', async () => {
    const db = branchDb();
    withDb(db, (d) => {
      computeSegments(d, '2025-12-31', null);
      computeSegments(d, '2026-01-31', null);
    });
    const r = await cli(['segments', 'migration', '--from', '2025-12', '--to', '2026-01', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out);
    expect(m.cells).toContainEqual({ from: 'C', to: 'A', customers: 1 });
    // 李娜 was filed after January 2026: she is in neither month end.
    expect(m.stability[2]).toEqual({ class: 'C', customers: 1, stayed: 0, share: 0 });
    const text = await cli(['segments', 'migration', '--from', '2025-12', '--to', '2026-01', '--db', db]);
    expect(text.out).toContain('Stayed in C: 0 of 1 (0.0%)');
  });

  it('refuses a malformed period or month as a usage mistake', async () => {
    const db = branchDb();
    const period = await cli(['segments', 'compute', '--period', 'twelve', '--db', db]);
    expect(period).toMatchObject({
      code: 2,
      err: 'dossier: --period must be a number of months like 12m; got “twelve”.',
    });
    const month = await cli(['segments', 'migration', '--from', '2025-13', '--to', '2026-01', '--db', db]);
    expect(month).toMatchObject({ code: 2, err: 'dossier: --from: Give a month as YYYY-MM, for example 2026-01.' });
    const half = await cli(['segments', 'compute', '--from', '2025-01-01', '--db', db]);
    expect(half.code).toBe(2);
  });
});
