import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vacuum, vacuumInto, withPageCache } from '../../../electron/core/db/cache';
import { openDatabase } from '../../../electron/core/db/open';
import { seedDemo } from '../../../electron/core/seed/demo';

const cacheSize = (db: Database.Database): number => db.pragma('cache_size', { simple: true }) as number;

describe('the page cache of whole-file work', () => {
  it('a copy holds every customer and the connection keeps its 64 MB cache after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
    const db = openDatabase(join(dir, 'branch.db'));
    seedDemo(db, { customers: 120, seed: 5, interactionsPerCustomer: 1 });
    db.prepare("UPDATE customers SET name = '欧阳明华' WHERE rowid = 1").run();
    expect(cacheSize(db)).toBe(-65536);

    vacuumInto(db, join(dir, 'copy.db'));
    expect(cacheSize(db)).toBe(-65536);
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    const names = (d: Database.Database) => d.prepare('SELECT name FROM customers ORDER BY rowid').pluck().all();
    expect(names(copy)).toEqual(names(db));
    expect(names(copy)).toContain('欧阳明华');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();

    vacuum(db);
    expect(cacheSize(db)).toBe(-65536);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('gives the connection its own size back when the work fails', () => {
    const db = new Database(':memory:');
    db.pragma('cache_size = -65536');
    let during = 0;
    expect(() =>
      withPageCache(db, 8192, () => {
        during = cacheSize(db);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(during).toBe(-8192);
    expect(cacheSize(db)).toBe(-65536);
  });
});
