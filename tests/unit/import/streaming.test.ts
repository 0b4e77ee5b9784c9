/**
 * The streamed import: the CSV scanner, the one-pass preparation (header, mapping, date orders, count) and the
 * chunked run (duplicates found per chunk, search indexed in blocks) give what the row-by-row import gave.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, type Delimiter } from '../../../electron/core/import/csv';
import { ImportCancelled, runImport } from '../../../electron/core/import/run';
import { prepareFile } from '../../../electron/core/import/prepare';
import { undoImport } from '../../../electron/core/import/batches';
import { createCustomer, getCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { searchCustomers } from '../../../electron/core/search/search';
import type { Db } from '../../../electron/core/db/open';
import { customerListQuery } from '../../../shared/customers/schemas';
import type { DuplicatePolicy } from '../../../shared/import/types';
import { csvText } from '../../fixtures/spreadsheets';
import { customer, memoryCore } from '../helpers';

/** The scanner as it was written first (string indexing), kept as the reference for the char-code one. */
function* referenceCsv(text: string, delimiter: string): Generator<string[]> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const row: string[] = [];
    for (;;) {
      let cell: string;
      if (text[i] === '"') {
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            value += text.slice(j);
            j = n;
            break;
          }
          value += text.slice(j, q);
          if (text[q + 1] === '"') {
            value += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        let k = j;
        while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
        cell = value + text.slice(j, k);
        i = k;
      } else {
        let k = i;
        while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
        cell = text.slice(i, k);
        i = k;
      }
      row.push(cell);
      if (text[i] === delimiter) {
        i++;
        if (i === n) row.push('');
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    yield row;
  }
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const total = (db: Db): number => listCustomers(db, customerListQuery.parse({})).total;
const triggers = (db: Db): unknown =>
  db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();

/** Both search indexes agree with the table (FTS5 integrity checks). */
function checkSearchIndexes(db: Db): void {
  // rank 1: the index is compared with the customers' stored search text, not only with itself.
  db.exec("INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)");
  db.exec("INSERT INTO customers_short(customers_short) VALUES ('integrity-check')");
  const rows = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  expect(db.prepare('SELECT count(*) AS n FROM customers_fts').get()).toEqual({ n: rows });
}

describe('CSV scanner', () => {
  it('reads any mix of quotes, delimiters, CR/LF and CJK text exactly as the reference scanner', () => {
    const next = lcg(7);
    const pieces = ['张', '伟', 'a', '1', ' ', '"', '""', ',', ';', '\t', '|', '\r\n', '\n', '\r', '，', '𠀀'];
    for (let round = 0; round < 400; round++) {
      const delimiter = ([',', ';', '\t', '|'] as const)[round % 4] as Delimiter;
      let text = '';
      const length = Math.floor(next() * 60);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect([...parseCsv(text, delimiter)], JSON.stringify(text)).toEqual([...referenceCsv(text, delimiter)]);
    }
  });
});

describe('preparing a file in one pass', () => {
  it('settles a day/month column from a telling value in its last row, far past the mapping sample', async () => {
    const { db } = memoryCore();
    const rows = Array.from({ length: 3000 }, (_, i) => [`客户${i}`, `139${String(i).padStart(8, '0')}`, '03/04/1990']);
    rows.push(['最后', '13700000000', '25/04/1990']);
    const file = await prepareFile(db, 'd.csv', Buffer.from(csvText(['姓名', '手机', '出生日期'], rows)), {
      target: 'customers',
    });
    expect(file.dateOrders).toEqual({ 2: 'dmy' });
    expect(file.ambiguousDateColumns).toEqual([]);
    expect(file.rows.count).toBe(3001);

    const ambiguous = await prepareFile(
      db,
      'd.csv',
      Buffer.from(csvText(['姓名', '手机', '出生日期'], rows.slice(0, 3000))),
      { target: 'customers' },
    );
    expect(ambiguous.dateOrders).toEqual({});
    expect(ambiguous.ambiguousDateColumns).toEqual([2]);
    // Such a file is not written until the order is given: the error names the column, nothing is stored.
    expect(() => runImport(db, ambiguous, { fileName: 'd.csv', policy: 'skip', actor: null })).toThrow(
      'Choose the date order for: 出生日期.',
    );
    expect(db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
  });

  it('finds the header under a title, drops blank rows, counts what it reads, and reads it again the same', async () => {
    const { db } = memoryCore();
    const body = csvText(
      ['姓名', '手机'],
      [
        ['张三', '13800138000'],
        ['', ''],
        ['李四', '13900139000'],
      ],
    );
    const file = await prepareFile(db, 't.csv', Buffer.from(`朝阳支行客户名单,\r\n,\r\n${body}`), {
      target: 'customers',
    });
    expect(file.headerRow).toBe(2);
    expect(file.headers).toEqual(['姓名', '手机']);
    const read = [...file.rows];
    expect(read).toEqual([
      { rowNumber: 4, cells: ['张三', '13800138000'] },
      { rowNumber: 6, cells: ['李四', '13900139000'] },
    ]);
    expect(file.rows.count).toBe(2);
    expect([...file.rows]).toEqual(read);
    await expect(prepareFile(db, 't.csv', Buffer.from(body), { target: 'customers', headerRow: 9 })).rejects.toThrow(
      /Header row out of range/,
    );
  });
});

describe('a chunked import', () => {
  // Rows 0–1199 are three people repeated: each key recurs inside a chunk, across chunk boundaries and far later.
  const repeated = (n: number): string[][] =>
    Array.from({ length: n }, (_, i) => {
      const who = i % 3;
      return [`重复${who}`, `1380013800${who}`, i % 7 === 0 ? `新单位${i}` : '', i % 5 === 0 ? `备注${i}` : ''];
    });

  /**
   * What merging the repeats must give, worked out on its own: per person, the first employer seen is kept and a row
   * naming another is a conflict (rejected); every other repeat is merged; the notes of merged rows are all kept.
   */
  const expectedMerge = (rows: readonly string[][]): { merged: number; rejected: number; employers: string[] } => {
    const employer = new Map<string, string>();
    let merged = 0;
    let rejected = 0;
    const seen = new Set<string>();
    for (const [name = '', , company = ''] of rows) {
      if (!seen.has(name)) seen.add(name);
      else if (company && employer.has(name) && employer.get(name) !== company) {
        rejected++;
        continue;
      } else merged++;
      if (company && !employer.has(name)) employer.set(name, company);
    }
    return { merged, rejected, employers: [...employer.values()] };
  };

  it('merges the repeats of rows it created itself under skip, and creates every row under create', async () => {
    for (const policy of ['skip', 'create'] as const) {
      const { db } = memoryCore();
      const rows = repeated(1200);
      const file = await prepareFile(db, 'r.csv', Buffer.from(csvText(['姓名', '手机', '工作单位', '备注'], rows)), {
        target: 'customers',
      });
      const { merged, rejected, employers } = expectedMerge(rows);
      expect(rejected).toBeGreaterThan(0);
      expect(runImport(db, file, { fileName: 'r.csv', policy, actor: null })).toMatchObject(
        policy === 'skip'
          ? { created: 3, updated: 0, skipped: 0, merged, rejected }
          : { created: 1200, updated: 0, skipped: 0, merged: 0, rejected: 0 },
      );
      expect(total(db)).toBe(policy === 'skip' ? 3 : 1200);
      if (policy === 'skip') {
        const stored = db.prepare('SELECT employer FROM customers ORDER BY employer').all() as { employer: string }[];
        expect(stored.map((c) => c.employer)).toEqual([...employers].sort());
        // Every note of the merged rows is kept (备注0 … 备注1195, those of rejected rows aside).
        const notes = (db.prepare("SELECT notes FROM customers WHERE name = '重复0'").get() as { notes: string }).notes;
        expect(notes.split('\n')).toEqual(
          rows.flatMap(([name, , company, note]) =>
            name === '重复0' && note && (!company || company === '新单位0') ? [note] : [],
          ),
        );
      }
      checkSearchIndexes(db);
    }
  });

  it.each(['fill', 'overwrite'] as const)(
    'under %s, merges the repeats of customers it created into them, and search sees the final values',
    async (policy: DuplicatePolicy) => {
      const { db } = memoryCore();
      const before = triggers(db);
      const existing = createCustomer(
        db,
        customer({ name: '老客户', mobile: '13700137000', employer: '旧单位' }),
        null,
      );
      const rows = [...repeated(1200), ['老客户', '13700137000', '招商银行', '']];
      const file = await prepareFile(db, 'r.csv', Buffer.from(csvText(['姓名', '手机', '工作单位', '备注'], rows)), {
        target: 'customers',
      });
      const summary = runImport(db, file, { fileName: 'r.csv', policy, actor: null });
      const { merged, rejected } = expectedMerge(rows.slice(0, 1200));
      expect(summary).toMatchObject({
        created: 3,
        merged,
        rejected,
        updated: policy === 'overwrite' ? 1 : 0,
        skipped: policy === 'overwrite' ? 0 : 1,
      });
      expect(triggers(db)).toEqual(before);
      checkSearchIndexes(db);
      expect(searchCustomers(db, '新单位0', 5).map((h) => h.name)).toEqual(['重复0']);
      expect(searchCustomers(db, '新单位1197', 5)).toEqual([]);
      expect(getCustomer(db, existing.id).employer).toBe(policy === 'overwrite' ? '招商银行' : '旧单位');
      // Two characters of an employer go through the short index.
      expect(searchCustomers(db, '招商', 5).map((h) => h.name)).toEqual(policy === 'overwrite' ? ['老客户'] : []);
      undoImport(db, summary.batchId, null);
      expect(total(db)).toBe(1);
      expect(getCustomer(db, existing.id).employer).toBe('旧单位');
      checkSearchIndexes(db);
    },
  );

  it.each(['skip', 'overwrite'] as const)(
    'under %s, a new customer a later row of the file fills in is indexed with what it ends with',
    async (policy) => {
      const { db } = memoryCore();
      const rows = [
        ['张三', '13800138000', '', ''],
        ['张三', '13800138000', '乙公司', '再次登记'],
      ];
      const file = await prepareFile(db, 'a.csv', Buffer.from(csvText(['姓名', '手机', '工作单位', '备注'], rows)), {
        target: 'customers',
      });
      expect(runImport(db, file, { fileName: 'a.csv', policy, actor: null })).toMatchObject({
        created: 1,
        updated: 0,
        merged: 1,
      });
      checkSearchIndexes(db);
      expect(searchCustomers(db, '乙公司', 5).map((h) => h.name)).toEqual(['张三']);
      expect(searchCustomers(db, '乙公', 5).map((h) => h.name)).toEqual(['张三']);
      expect(getCustomer(db, searchCustomers(db, '张三', 5)[0]?.id ?? '').notes).toBe('再次登记');
    },
  );

  it('a cancel or a failure part-way leaves no rows, no batch and the search triggers as they were', async () => {
    const { db } = memoryCore();
    const before = triggers(db);
    const file = await prepareFile(
      db,
      'r.csv',
      Buffer.from(csvText(['姓名', '手机', '工作单位', '备注'], repeated(3000))),
      {
        target: 'customers',
      },
    );
    let calls = 0;
    expect(() =>
      runImport(db, file, { fileName: 'r.csv', policy: 'create', actor: null, isCancelled: () => ++calls > 3 }),
    ).toThrow(ImportCancelled);
    expect(() =>
      runImport(db, file, {
        fileName: 'r.csv',
        policy: 'create',
        actor: null,
        onProgress: (done) => {
          if (done >= 2000) throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(total(db)).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
    expect(triggers(db)).toEqual(before);
    checkSearchIndexes(db);
    // And the next import indexes as usual.
    expect(runImport(db, file, { fileName: 'r.csv', policy: 'skip', actor: null }).created).toBe(3);
    expect(searchCustomers(db, '重复1', 5).map((h) => h.name)).toEqual(['重复1']);
  });
});
