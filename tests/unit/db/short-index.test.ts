import { describe, expect, it } from 'vitest';
import { createCustomer, searchCustomers } from '../../../electron/core/db/customers';
import { shortIndexColumns } from '../../../electron/core/db/migrations/005-short-search-fields';
import { openDatabase } from '../../../electron/core/db/open';
import { seedDemo } from '../../../electron/core/seed/demo';
import { shortKeys } from '../../../electron/core/search/keys';
import { customer } from '../helpers';

describe('short search index of a seeded database', () => {
  const db = openDatabase(':memory:');
  seedDemo(db, { customers: 600, seed: 7, interactionsPerCustomer: 0 });

  it('holds what the triggers would have written, for names and for the other fields', () => {
    db.exec(`CREATE VIRTUAL TABLE expected USING fts5(keys, field_keys, content='', tokenize='unicode61', detail='column');
      INSERT INTO expected(rowid, keys, field_keys) SELECT c.rowid, ${shortIndexColumns('c')} FROM customers c`);
    const texts = db.prepare('SELECT name, employer, region, address FROM customers').all() as Record<string, string>[];
    const tokens = new Set<string>();
    for (const t of texts)
      for (const v of Object.values(t)) if (v) for (const k of shortKeys(v, '', '').split(' ')) tokens.add(k);
    expect(tokens.size).toBeGreaterThan(300);
    const find = (table: string, q: string) =>
      (
        db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(q) as { rowid: number }[]
      ).map((r) => r.rowid);
    for (const token of tokens)
      for (const column of ['keys', 'field_keys']) {
        const q = `${column} : "${token}"`;
        expect(find('customers_short', q), q).toEqual(find('expected', q));
      }
    expect(find('customers_short', 'keys : "zh"*')).toEqual(find('expected', 'keys : "zh"*'));
  });

  it('puts the insert trigger back, so customers added later are found', () => {
    expect(
      db
        .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_short_insert'")
        .get(),
    ).toEqual({ n: 1 });
    const id = createCustomer(db, customer({ name: '甄士隐', employer: '葫芦庙' }), null).id;
    expect(searchCustomers(db, '葫芦', 5).map((h) => h.id)).toEqual([id]);
    expect(searchCustomers(db, '士隐', 5).map((h) => h.id)).toEqual([id]);
  });
});
