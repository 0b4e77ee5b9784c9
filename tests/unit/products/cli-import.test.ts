/** `dossier import --target transactions` names the product names the catalogue lacks, in words and in --json. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { createCustomer } from '../../../electron/core/customers/records';
import { saveProduct } from '../../../electron/core/products/catalogue';
import { customer, withDb } from '../helpers';

async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: () => undefined }, { LANG: lang });
  return { code, out: out.join('\n') };
}

function branch(): { file: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-products-'));
  const db = join(dir, 'branch.db');
  withDb(db, (d) => {
    createCustomer(d, customer({ name: '张伟', mobile: '138 1234 5678' }), null);
    saveProduct(d, { id: null, name: '定期存款', category: '存款', riskRating: 1, termDays: 365 }, null);
  });
  const file = join(dir, '交易.csv');
  writeFileSync(
    file,
    [
      '姓名,手机,日期,产品,金额',
      '张伟,13812345678,2026-03-01,定期存款,50000',
      '张伟,13812345678,2026-03-02,黄金积存,8000',
      '张伟,13812345678,2026-04-02,黄金积存,6000',
    ].join('\n'),
  );
  return { file, db };
}

describe('dossier import of purchases', () => {
  it('says which product names are not in the catalogue, with their counts', async () => {
    const { file, db } = branch();
    const words = await cli(['import', file, '--target', 'transactions', '--db', db]);
    expect(words.code).toBe(0);
    expect(words.out).toContain('1 product name is not in the product catalogue: 黄金积存 (2)');
  });

  it('carries them in --json, and in Chinese in words', async () => {
    const { file, db } = branch();
    const json = await cli(['import', file, '--target', 'transactions', '--db', db, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ created: 3, unknownProducts: [{ name: '黄金积存', purchases: 2 }] });
    const again = branch();
    const zh = await cli(['import', again.file, '--target', 'transactions', '--db', again.db], 'zh_CN.UTF-8');
    expect(zh.out).toContain('有 1 个产品名称不在产品目录中：黄金积存 (2)');
  });
});
