/**
 * A "证件类型" / "ID type" column names each row's document in Chinese or English; the number is checked as that
 * document, and an export carries the type so that it imports back the same.
 */
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { exportData } from '../../../electron/core/export/exports';
import { getCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { customerListQuery } from '../../../shared/customers/schemas';
import type { Db } from '../../../electron/core/db/open';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

const ROWS = [
  ['陈美玲', '港澳台居民居住证', '82000019751224002X'],
  ['Sheryl Baxter', 'Passport', '533380006'],
  ['李嘉欣', '回乡证', 'H12345678'],
  ['林志明', '台胞证', '12345678'],
  ['John Carter', '外国人永久居留身份证', '911840198503150016'],
  ['Anna Weber', 'Foreign permanent resident ID', 'USA110085031511'],
  ['张伟', '', '11010519491231002X'],
  ['周杰', '居民身份证', '110105194912310021'],
  ['王五', '驾驶证', '330106198506120011'],
  ['赵六', '护照', '12'],
];

/** Name → ID type and number, for every stored customer. */
const documents = (db: Db): Record<string, [string | null, string | null]> =>
  Object.fromEntries(
    listCustomers(db, customerListQuery.parse({ pageSize: 100 })).rows.map((r) => {
      const c = getCustomer(db, r.id);
      return [c.name, [c.idType, c.idNumber]];
    }),
  );

describe('an ID type column', () => {
  it('is recognised, reads each document’s Chinese and English names, and checks the number as that document', async () => {
    const { db } = memoryCore();
    const text = csvText(['姓名', '证件类型', '证件号码'], ROWS);
    const file = await prepareFile(db, '客户.csv', Buffer.from(text), { target: 'customers' });
    expect(file.mapping).toEqual(['name', 'idType', 'idNumber']);
    const summary = runImport(db, file, { fileName: '客户.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 7, rejected: 3 });
    expect(summary.rejectedRows.map((r) => [r.cells[0], r.issues])).toEqual([
      // 居民身份证 110105194912310021: the check digit is X.
      ['周杰', [{ column: 2, code: 'residentId.checkDigit' }]],
      ['王五', [{ column: 1, code: 'import.badIdType' }]],
      ['赵六', [{ column: 2, code: 'passport.format' }]],
    ]);
    expect(documents(db)).toEqual({
      陈美玲: ['residencePermit', '82000019751224002X'],
      'Sheryl Baxter': ['passport', '533380006'],
      李嘉欣: ['hkMacauPermit', 'H12345678'],
      林志明: ['taiwanPermit', '12345678'],
      'John Carter': ['foreignPermanent', '911840198503150016'],
      'Anna Weber': ['foreignPermanent', 'USA110085031511'],
      张伟: ['residentId', '11010519491231002X'],
    });
    // The residence permit carries the birth date and gender, as a resident ID does.
    const chen = listCustomers(db, customerListQuery.parse({ query: '陈美玲' })).rows[0];
    expect(getCustomer(db, chen!.id)).toMatchObject({ birthDate: '1975-12-24', gender: 'female' });
  });

  it('round-trips through an export in either language', async () => {
    const source = memoryCore();
    const text = csvText(['Name', 'ID type', 'ID number'], ROWS.slice(0, 7));
    runImport(source.db, await prepareFile(source.db, 'c.csv', Buffer.from(text), { target: 'customers' }), {
      fileName: 'c.csv',
      policy: 'skip',
      actor: null,
    });
    const before = documents(source.db);
    expect(Object.keys(before)).toHaveLength(7);
    for (const [format, language] of [
      ['csv', 'zh-CN'],
      ['xlsx', 'en'],
    ] as const) {
      const exported = await exportData(source.db, {
        what: 'customers',
        format,
        encoding: 'utf8',
        language,
        filter: { query: '', kind: null, ownerId: null, region: null, tag: null },
      });
      const target = memoryCore();
      const file = await prepareFile(target.db, exported.fileName, exported.bytes, { target: 'customers' });
      expect(file.mapping).toContain('idType');
      const summary = runImport(target.db, file, { fileName: exported.fileName, policy: 'skip', actor: null });
      expect(summary, language).toMatchObject({ created: 7, rejected: 0 });
      expect(documents(target.db), language).toEqual(before);
    }
  });
});
