/**
 * The preview's chips filter the rows over the whole file, a page at a time, from the core: a problem row far past
 * the first 100 rows is listed when the problem chip is chosen.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/core/customers/records';
import type { Inspection, PreviewPage } from '../../../shared/import/types';
import { csvText } from '../../fixtures/spreadsheets';
import { customer, memoryCore, type TestCore } from '../helpers';

async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

const SURNAMES = '王李张刘陈杨赵黄周吴';
/** 400 customers of a branch list; data row 249 (spreadsheet row 250) has a mobile one digit short. */
function branchList(): Buffer {
  const rows = Array.from({ length: 400 }, (_, i) => [
    `${SURNAMES[i % 10]}客户${i + 1}`,
    i === 248 ? '139 1234 567' : `139${String(10_000_000 + i).slice(-8)}`,
    '杭州市西湖区',
  ]);
  // Data row 300 repeats data row 10; data row 350 is a customer the database holds.
  rows[299] = [...(rows[9] ?? [])];
  rows[349] = ['老客户', '135 0013 5000', ''];
  return iconv.encode(csvText(['姓名', '手机号码', '地区'], rows), 'gbk');
}

describe('the preview over the whole file', () => {
  it('lists a problem row at row 250 under the problem filter, and every filter counts the whole file', async () => {
    const core = memoryCore();
    const existing = createCustomer(core.db, customer({ name: '老客户', mobile: '13500135000' }), null);
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: '西湖支行.csv',
      data: new Uint8Array(branchList()),
    });
    const inspection = await call<Inspection>(core, 'import.inspect', { fileId });
    expect(inspection.dataRows).toBe(400);
    expect(inspection.preview).toHaveLength(100);
    expect(inspection.preview.some((r) => r.rowNumber === 250)).toBe(false);

    const problems = await call<PreviewPage>(core, 'import.rows', { fileId, filter: 'invalid', offset: 0, limit: 50 });
    expect(problems.total).toBe(1);
    expect(problems.rows.map((r) => [r.rowNumber, r.cells[1], r.issues.map((i) => i.column)])).toEqual([
      [250, '139 1234 567', [1]],
    ]);

    const duplicates = await call<PreviewPage>(core, 'import.rows', { fileId, filter: 'duplicates' });
    expect(duplicates.rows.map((r) => [r.rowNumber, r.duplicate])).toEqual([
      [301, { id: '', name: '#11', reasons: ['inFile'] }],
      [351, { id: existing.id, name: '老客户', reasons: ['mobile'] }],
    ]);

    // Pages of the ready rows: 399 of them, the second page of 100 starts past the problem row's neighbours.
    const ready = await call<PreviewPage>(core, 'import.rows', { fileId, filter: 'valid', offset: 200, limit: 100 });
    expect(ready.total).toBe(399);
    expect(ready.rows).toHaveLength(100);
    expect(ready.rows[0]?.rowNumber).toBe(202);
    expect(ready.rows.map((r) => r.rowNumber)).not.toContain(250);
    expect(ready.rows[48]?.rowNumber).toBe(251);

    // Every row, any page, as the first page of the inspection shows the first rows.
    const all = await call<PreviewPage>(core, 'import.rows', { fileId, filter: 'all', offset: 0, limit: 100 });
    expect(all.total).toBe(400);
    expect(all.rows).toEqual(inspection.preview);
  });

  it('refuses a page larger than 200 rows', async () => {
    const core = memoryCore();
    const { fileId } = await call<{ fileId: string }>(core, 'files.upload', {
      name: '西湖支行.csv',
      data: new Uint8Array(branchList()),
    });
    const reply = await core.dispatch('import.rows', { fileId, filter: 'invalid', limit: 500 });
    expect(reply.ok).toBe(false);
  });
});
