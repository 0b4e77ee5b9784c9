import { describe, expect, it } from 'vitest';
import { createCustomer, updateCustomer } from '../../../electron/core/customers/records';
import { searchCustomers } from '../../../electron/core/search/search';
import { nameKeys } from '../../../electron/core/search/keys';
import { shortIndexColumns } from '../../../electron/core/search/schema';
import { openDatabase } from '../../../electron/core/db/open';
import { seedDemo } from '../../../electron/core/seed/demo';
import { customer } from '../helpers';

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

interface Stored {
  rowid: number;
  name: string;
  pinyin: string;
  initials: string;
  employer: string | null;
  region: string | null;
  address: string | null;
  customFields: string;
  /** The customer's live contacts' names, a line each: a company is found by them too. */
  contacts: string | null;
}

describe('short search index of a seeded database', () => {
  const db = openDatabase(':memory:');
  seedDemo(db, { customers: 600, seed: 7, interactionsPerCustomer: 0 });
  createCustomer(
    db,
    customer({ name: 'John Smith', employer: 'HSBC 汇丰银行', customFields: { 爱好: '钓鱼 fishing' } }),
    null,
  );
  const stored = db
    .prepare(
      `SELECT rowid, name, name_pinyin AS pinyin, name_initials AS initials, employer, region, address,
         custom_fields AS customFields, (SELECT group_concat(k.name, char(10)) FROM contacts k
           WHERE k.customer_id = c.id AND k.deleted_at IS NULL) AS contacts FROM customers c ORDER BY rowid`,
    )
    .all() as Stored[];
  const find = (table: string, q: string): number[] =>
    (db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(q) as { rowid: number }[]).map(
      (r) => r.rowid,
    );
  // What a one- or two-character query should find, from the stored fields alone (spaces do not break a pair).
  const fieldsOf = (c: Stored): string[] => [
    c.employer ?? '',
    c.region ?? '',
    c.address ?? '',
    ...Object.values(JSON.parse(c.customFields) as Record<string, string>),
  ];
  const contactNames = (c: Stored): string[] => (c.contacts ? c.contacts.split('\n') : []);
  const latinTokens = (c: Stored): string[] => [
    ...c.name.toLowerCase().split(/[^a-z0-9]+/),
    c.pinyin,
    c.initials,
    ...contactNames(c).flatMap((name) => {
      const keys = nameKeys(name);
      return [...name.toLowerCase().split(/[^a-z0-9]+/), keys.full, keys.initials];
    }),
  ];

  it('finds by one or two letters exactly the names with a word, pinyin or initials starting with them', () => {
    const prefixes = new Set<string>();
    for (const c of stored) for (const t of latinTokens(c)) if (t) prefixes.add(t.slice(0, 1)).add(t.slice(0, 2));
    expect(prefixes.size).toBeGreaterThan(100);
    // The seed's companies have contacts, and they are found by them.
    expect(stored.filter((c) => c.contacts).length).toBeGreaterThan(50);
    for (const p of prefixes) {
      const expected = stored.filter((c) => latinTokens(c).some((t) => t.startsWith(p))).map((c) => c.rowid);
      expect(find('customers_short', `keys : "${p}"`), p).toEqual(expected);
    }
  });

  it('finds by one or two CJK characters the names, and the employers, regions, addresses and custom fields', () => {
    const terms = new Set<string>();
    for (const c of stored)
      for (const text of [c.name, ...contactNames(c), ...fieldsOf(c)]) {
        const chars = text.replace(/\s+/g, '');
        for (let i = 0; i < chars.length; i++)
          if (CJK_CHAR.test(chars[i] ?? '')) {
            terms.add(chars[i] ?? '');
            if (CJK_CHAR.test(chars[i + 1] ?? '')) terms.add(chars.slice(i, i + 2));
          }
      }
    expect(terms.size).toBeGreaterThan(300);
    // Each customer's lines without spaces, worked out once (thousands of terms are looked for in them).
    const lines = (texts: readonly (string | null)[]): string[] =>
      texts.flatMap((t) => (t === null ? [] : t.split('\n').map((line) => line.replace(/\s+/g, ''))));
    const nameLines = stored.map((c) => ({ rowid: c.rowid, lines: lines([c.name, c.contacts]) }));
    const fieldLines = stored.map((c) => ({ rowid: c.rowid, lines: lines(fieldsOf(c)) }));
    const holding = (all: typeof nameLines, term: string): number[] =>
      all.filter((c) => c.lines.some((line) => line.includes(term))).map((c) => c.rowid);
    for (const term of terms) {
      const names = holding(nameLines, term);
      const fields = holding(fieldLines, term);
      expect(find('customers_short', `keys : "${term}"`), term).toEqual(names);
      expect(find('customers_short', `field_keys : "${term}"`), term).toEqual(fields);
    }
    // Latin words of the other fields are not short keys: letters look at names only.
    expect(find('customers_short', 'field_keys : "hsbc"')).toEqual([]);
    expect(searchCustomers(db, 'hs', 5).map((h) => h.name)).not.toContain('John Smith');
    expect(searchCustomers(db, 'js', 5).map((h) => h.name)).toContain('John Smith');
    expect(searchCustomers(db, '钓鱼', 5).map((h) => h.name)).toEqual(['John Smith']);
  });

  it('holds what the triggers would have written', () => {
    db.exec(`CREATE VIRTUAL TABLE expected USING fts5(keys, field_keys, content='', tokenize='unicode61', detail='column');
      INSERT INTO expected(rowid, keys, field_keys) SELECT c.rowid, ${shortIndexColumns('c')} FROM customers c`);
    for (const q of ['keys : "zh"', 'keys : "w"', 'field_keys : "银行"', '"北京"', 'keys : "zh"*'])
      expect(find('customers_short', q), q).toEqual(find('expected', q));
    expect(find('customers_short', 'keys : "zh"').length).toBeGreaterThan(10);
  });

  it('puts the insert trigger back, so customers added or changed later are found', () => {
    expect(
      db
        .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_short_insert'")
        .get(),
    ).toEqual({ n: 1 });
    const id = createCustomer(db, customer({ name: '甄士隐', employer: '葫芦庙' }), null).id;
    expect(searchCustomers(db, '葫芦', 5).map((h) => h.id)).toEqual([id]);
    expect(searchCustomers(db, '士隐', 5).map((h) => h.id)).toEqual([id]);
    expect(searchCustomers(db, 'zs', 50).map((h) => h.id)).toContain(id);
    updateCustomer(db, id, customer({ name: '贾雨村', employer: '葫芦庙' }), null);
    expect(searchCustomers(db, 'zs', 50).map((h) => h.id)).not.toContain(id);
    expect(searchCustomers(db, 'jy', 50).map((h) => h.id)).toContain(id);
  });
});
