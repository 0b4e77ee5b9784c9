/** SQL built with its parameters beside it: the same text for the same shape, so a prepared statement serves all. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { allInBatches, sql, sqlJoin, sqlList, type SqlQuery } from '../../../electron/core/db/sql';

describe('the sql tag', () => {
  it('binds values as parameters and splices queries in with theirs', () => {
    const owner = sql`owner_id = ${'s1'}`;
    const q = sql`SELECT id FROM customers WHERE ${owner} AND region = ${'北京'} LIMIT ${10}`;
    expect(q.text).toBe('SELECT id FROM customers WHERE owner_id = ? AND region = ? LIMIT ?');
    expect(q.params).toEqual(['s1', '北京', 10]);
    // The text never holds a value: one statement for every owner.
    expect(sql`SELECT id FROM customers WHERE ${sql`owner_id = ${"'; DROP TABLE x; --"}`}`.text).toBe(
      'SELECT id FROM customers WHERE owner_id = ?',
    );
  });

  it('joins values and queries', () => {
    const where = sqlJoin([sql`kind = ${'person'}`, sql`region = ${'上海'}`], ' AND ');
    expect(where).toEqual({ text: 'kind = ? AND region = ?', params: ['person', '上海'] });
    expect(sqlJoin([1, null, 'x'])).toEqual({ text: '?, ?, ?', params: [1, null, 'x'] });
    expect(sqlJoin([])).toEqual({ text: '', params: [] });
  });

  it('writes IN lists of values and of tuples', () => {
    expect(sqlList(['a', 'b', 'c'])).toEqual({ text: '?, ?, ?', params: ['a', 'b', 'c'] });
    expect(sqlList(['张伟', '银行', '李娜', null], 2)).toEqual({
      text: '(?, ?), (?, ?)',
      params: ['张伟', '银行', '李娜', null],
    });
    expect(() => sqlList(['a', 'b', 'c'], 2)).toThrow(/tuples of 2/);
  });
});

describe('a query over a long list', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (a INTEGER, b INTEGER)');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  for (let i = 0; i < 3000; i++) insert.run(i, i % 7);

  it('asks in batches that all share one statement, and finds every row', () => {
    const texts = new Set<string>();
    const query = (list: SqlQuery): SqlQuery => {
      const q = sql`SELECT a FROM t WHERE a IN (${list}) ORDER BY a`;
      texts.add(q.text);
      return q;
    };
    const wanted = Array.from({ length: 1201 }, (_, i) => 2 * i);
    expect(allInBatches<{ a: number }>(db, wanted, query).map((r) => r.a)).toEqual(wanted);
    expect(texts.size).toBe(1);
    expect(allInBatches(db, [], query)).toEqual([]);
    expect(allInBatches<{ a: number }>(db, [5, 7], query, { size: 3 })).toEqual([{ a: 5 }, { a: 7 }]);
  });

  it('asks for tuples', () => {
    const query = (list: SqlQuery): SqlQuery => sql`SELECT a FROM t WHERE (a, b) IN (VALUES ${list}) ORDER BY a`;
    const rows = allInBatches<{ a: number }>(db, [8, 1, 9, 1, 10, 3], query, { size: 2, width: 2 });
    expect(rows.map((r) => r.a)).toEqual([8, 10]);
  });
});
