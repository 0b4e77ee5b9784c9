import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspect } from '../../../electron/core/import/inspect';
import { runImport } from '../../../electron/core/import/run';
import { rejectedRowsOf } from '../../../electron/core/import/batches';
import { describeIssues } from '../../../electron/core/import/rejected';
import { exportData } from '../../../electron/core/export/exports';
import { getCustomer } from '../../../electron/core/customers/records';
import { searchCustomers } from '../../../electron/core/search/search';
import type { ColumnMapping } from '../../../shared/import/types';
import type { Db } from '../../../electron/core/db/open';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

const HEADERS = ['Name', 'Country', 'Phone 1', 'Phone 2', 'Email'];
const MAPPING: ColumnMapping[] = ['name', 'custom', 'mobile', 'phone', 'email'];
const ROWS = [
  ['Emily Chen', 'United States', '+1-439-171-1846x4636', '027.846.3705x14184', 'emily.chen@example.com'],
  ['陈家明', 'Hong Kong', '+852 6123 4567', '(852) 2123 4567', ''],
  ['林志豪', 'Taiwan', '+886 912 345 678', '00853 2871 2345', ''],
  ['Oliver Smith', 'United Kingdom', '001-808-617-6467x12895', '+44 20 7946 0958', ''],
  ['王芳', '中国', '138 1234 5678', '010-12345678 转 123', ''],
  ['Brian Lee', 'United States', 'abc123', '(496)978-3969x58947', ''],
];

async function importRows(db: Db, rows: readonly (readonly string[])[], mapping: readonly ColumnMapping[] | null) {
  const file = await prepareFile(db, 'customers.csv', Buffer.from(csvText(HEADERS, rows)), {
    target: 'customers',
    mapping,
  });
  return { file, summary: runImport(db, file, { fileName: 'customers.csv', policy: 'skip', actor: null }) };
}

const stored = (db: Db, name: string) => {
  const [hit] = searchCustomers(db, name, 1);
  const c = getCustomer(db, hit!.id);
  return { mobile: c.mobile, phone: c.phone };
};

describe('importing a list with foreign phone numbers', () => {
  it('keeps each number in its one stored form and rejects only the row whose phone is no phone', async () => {
    const { db } = memoryCore();
    const { file, summary } = await importRows(db, ROWS, MAPPING);
    expect(inspect(db, 'f1', 'customers.csv', file).preview.map((r) => r.values.mobile ?? null)).toEqual([
      '+14391711846;ext=4636',
      '+85261234567',
      '+886912345678',
      '+18086176467;ext=12895',
      '13812345678',
      null,
    ]);
    expect(summary).toMatchObject({ created: 5, rejected: 1 });
    expect(stored(db, 'Emily Chen')).toEqual({ mobile: '+14391711846;ext=4636', phone: '+10278463705;ext=14184' });
    expect(stored(db, '陈家明')).toEqual({ mobile: '+85261234567', phone: '+85221234567' });
    expect(stored(db, '林志豪')).toEqual({ mobile: '+886912345678', phone: '+85328712345' });
    expect(stored(db, 'Oliver Smith')).toEqual({ mobile: '+18086176467;ext=12895', phone: '+442079460958' });
    expect(stored(db, '王芳')).toEqual({ mobile: '13812345678', phone: '010-12345678-123' });
  });

  it('says which column and which value is not a phone number, in the user’s language', async () => {
    const { db } = memoryCore();
    const { summary } = await importRows(db, ROWS, MAPPING);
    const rejected = rejectedRowsOf(db, summary.batchId);
    expect(rejected.rows.map((r) => r.issues)).toEqual([[{ column: 2, code: 'phone.invalid' }]]);
    const [row] = rejected.rows;
    expect(describeIssues(row!, rejected.headers, 'en')).toBe('Column “Phone 1”: “abc123” is not a phone number.');
    expect(describeIssues(row!, rejected.headers, 'zh-CN')).toBe('列“Phone 1”：“abc123”不是电话号码。');
  });

  it('finds a foreign number by its digits, however they are typed', async () => {
    const { db } = memoryCore();
    await importRows(db, ROWS, MAPPING);
    const names = (q: string) => searchCustomers(db, q, 10).map((h) => h.name);
    expect(names('439-171-1846')).toEqual(['Emily Chen']);
    expect(names('+1 (439) 171-1846 x4636')).toEqual(['Emily Chen']);
    expect(names('846 3705')).toEqual(['Emily Chen']);
    expect(names('6123 4567')).toEqual(['陈家明']);
    expect(names('+852 2123 4567')).toEqual(['陈家明']);
    expect(names('0912 345 678')).toEqual([]);
    expect(names('912 345 678')).toEqual(['林志豪']);
  });

  it('round-trips through an export: the exported numbers import again unchanged', async () => {
    const source = memoryCore();
    await importRows(source.db, ROWS, MAPPING);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await exportData(source.db, {
        what: 'customers',
        format,
        encoding: 'utf8',
        language: 'en',
        filter: { query: '', kind: null, ownerId: null, region: null, tag: null },
      });
      const target = memoryCore();
      const again = await prepareFile(target.db, file.fileName, file.bytes, { target: 'customers' });
      expect(runImport(target.db, again, { fileName: file.fileName, policy: 'skip', actor: null })).toMatchObject({
        created: 5,
        rejected: 0,
      });
      for (const name of ['Emily Chen', '陈家明', '林志豪', 'Oliver Smith', '王芳'])
        expect(stored(target.db, name), `${format}: ${name}`).toEqual(stored(source.db, name));
    }
  });
});
