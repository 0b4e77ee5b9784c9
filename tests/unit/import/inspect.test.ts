/**
 * Inspection as the wizard asks for it on every settings change: the file read once per file, sheet and encoding,
 * counts over the whole file, the first rows normalised.
 */
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../electron/core/import/inspect';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspectFile, SourceCache, type InspectRequest } from '../../../electron/core/import/jobs';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

function request(bytes: Buffer, settings: Partial<InspectRequest['settings']> = {}): InspectRequest {
  return { fileId: 'f1', fileName: '客户.csv', bytes, settings: { target: 'customers', ...settings } };
}

describe('inspection', () => {
  const rows = Array.from({ length: 6000 }, (_, i) => [
    `客户${i}`,
    i % 10 === 0 ? '1381234' : `139${String(i).padStart(8, '0')}`,
    '',
  ]);
  rows.push(['最后', '13700000000', '31/12/1990']);
  const bytes = Buffer.from(csvText(['姓名', '手机', '出生日期'], rows));

  it('counts every row, settles dates from the last one, and judges the first 5,000', async () => {
    const { db } = memoryCore();
    const result = await inspectFile(db, 'inspect', request(bytes));
    expect(result).toMatchObject({ dataRows: 6001, counted: 5000, valid: 4500, invalid: 500, duplicates: 0 });
    expect(result.ambiguousDateColumns).toEqual([]);
    expect(result.preview).toHaveLength(100);
    expect(result.preview[0]?.issues).toEqual([{ column: 1, code: 'phone.tooShort' }]);
  });

  it('with the table kept between settings changes, answers as a fresh inspection does', async () => {
    const { db } = memoryCore();
    const cache = new SourceCache();
    for (const settings of [
      {},
      { headerRow: 0 },
      { headerRow: 0, mapping: ['name', 'ignore', 'birthDate'] as const },
      { encoding: 'gb18030' as const },
    ]) {
      const fresh = inspect(
        db,
        'f1',
        '客户.csv',
        await prepareFile(db, '客户.csv', bytes, request(bytes, settings).settings),
      );
      expect(await inspectFile(db, 'inspect', request(bytes, settings), cache)).toEqual(fresh);
    }
    // Kept per file, sheet and encoding; the other settings reuse it.
    const a = cache.get(request(bytes, { headerRow: 3 }));
    expect(cache.get(request(bytes, { mapping: ['name'] }))).toBe(a);
    expect(cache.get(request(bytes, { encoding: 'utf-8' }))).not.toBe(a);
  });

  it('does not keep a file it could not read', async () => {
    const cache = new SourceCache();
    const xls = { ...request(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])), fileName: 'old.xls' };
    const first = cache.get(xls);
    await expect(first).rejects.toThrow(/not supported/);
    const second = cache.get(xls);
    expect(second).not.toBe(first);
    await expect(second).rejects.toThrow(/not supported/);
  });
});
