/**
 * The search index's triggers as search/schema.ts defines them are the ones a migrated database has: otherwise an
 * import, an undo and the seed quietly index row by row (several times slower) instead of failing anything.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { DeferredSearchIndex } from '../../../electron/core/import/search-index';
import { INSERT_TRIGGERS, SEARCH_TRIGGERS, UPDATE_TRIGGERS } from '../../../electron/core/search/schema';

const storedTriggers = (db: Db): Record<string, string> =>
  Object.fromEntries(
    (
      db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customers'").all() as {
        name: string;
        sql: string;
      }[]
    ).map((t) => [t.name, t.sql]),
  );

describe('the search index schema', () => {
  it('is, byte for byte, what a freshly migrated database holds', () => {
    const db = openDatabase(':memory:');
    expect(storedTriggers(db)).toEqual(Object.fromEntries(SEARCH_TRIGGERS.map((t) => [t.name, t.sql])));
  });

  it('is what migrations 001 and 009 have always written, so databases migrated long ago hold it too', () => {
    // Migration 009 writes the short index's triggers from search/schema.ts: a new definition is a new migration,
    // and 009 then keeps its own copy of this one.
    const text = SEARCH_TRIGGERS.map((t) => t.sql).join('\n');
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      'c62318eb2877ae6a7d5d3a5f9694aba4a40d021c65b9e217e28a1d5f513b926b',
    );
  });

  it('lets an import replace every insert and update trigger by statements over many rows', () => {
    const db = openDatabase(':memory:');
    const deferred = [...INSERT_TRIGGERS, ...UPDATE_TRIGGERS].map((t) => t.name);
    db.exec('BEGIN');
    const index = new DeferredSearchIndex(db, false);
    expect(Object.keys(storedTriggers(db)).filter((name) => deferred.includes(name))).toEqual([]);
    index.finish();
    db.exec('COMMIT');
    expect(Object.keys(storedTriggers(db)).sort()).toEqual(SEARCH_TRIGGERS.map((t) => t.name).sort());
  });
});
