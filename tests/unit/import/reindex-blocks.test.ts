/**
 * Imports and undos re-index updated customers for search in blocks of 20,000: the customers on both sides of a
 * block's end are found by what they hold afterwards, and not by what they held before.
 */
import { describe, expect, it } from 'vitest';
import { searchCustomers } from '../../../electron/core/search/search';
import type { Db } from '../../../electron/core/db/open';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { undoImport } from '../../../electron/core/import/batches';
import type { DuplicatePolicy } from '../../../shared/import/types';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';
import { checkSearchIndexes } from './snapshot';

const N = 20_001;
const mobile = (i: number): string => `139${String(i).padStart(8, '0')}`;

async function importRows(db: Db, rows: string[][], policy: DuplicatePolicy) {
  const file = await prepareFile(db, '名单.csv', Buffer.from(csvText(['姓名', '手机', '工作单位'], rows)), {
    target: 'customers',
  });
  return runImport(db, file, { fileName: '名单.csv', policy, actor: null });
}

const names = (db: Db, query: string): string[] => searchCustomers(db, query, 5).map((h) => h.name);

describe('re-indexing updated customers in blocks', () => {
  it('finds every customer by its new employer after an overwrite import, and by its old one after the undo', async () => {
    const { db } = memoryCore();
    const rows = (employer: string) => Array.from({ length: N }, (_, i) => [`客户${i}`, mobile(i), `${employer}${i}`]);
    await importRows(db, rows('杭州恒达机械有限公司第'), 'skip');
    const update = await importRows(db, rows('上海锦程贸易有限公司第'), 'overwrite');
    expect(update.updated).toBe(N);
    checkSearchIndexes(db);
    // The last row of the first block, the first of the next, and the last.
    for (const i of [19_999, 20_000, N - 1]) {
      expect(names(db, `上海锦程贸易有限公司第${i}`)).toEqual([`客户${i}`]);
      expect(names(db, `杭州恒达机械有限公司第${i}`)).toEqual([]);
    }
    // Two characters go through the short index: every customer now has 锦程, none 恒达.
    expect(searchCustomers(db, '锦程', N + 10)).toHaveLength(N);
    expect(searchCustomers(db, '恒达', N + 10)).toHaveLength(0);

    expect(undoImport(db, update.batchId, null)).toMatchObject({ restored: N });
    checkSearchIndexes(db);
    for (const i of [19_999, 20_000, N - 1]) {
      expect(names(db, `杭州恒达机械有限公司第${i}`)).toEqual([`客户${i}`]);
      expect(names(db, `上海锦程贸易有限公司第${i}`)).toEqual([]);
    }
    expect(searchCustomers(db, '恒达', N + 10)).toHaveLength(N);
  }, 120_000);
});
