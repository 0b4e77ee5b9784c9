/**
 * The copy a backup before an import or a migration makes from the file's bytes: every commit in it, including those
 * still in the write-ahead log, one file, under the database's own key, and nothing left behind when it cannot be made.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetKey, knownKeys, rememberKey } from '../../../electron/core/db/cipher';
import { copyDatabaseFile, copyFileBytes } from '../../../electron/core/db/file-copy';
import { openConnection, openDatabase, type Db } from '../../../electron/core/db/open';
import { rekeyDatabase } from '../../../electron/core/encryption/rekey';
import { seedDemo } from '../../../electron/core/seed/demo';

afterEach(() => {
  for (const key of [...knownKeys()]) forgetKey(key);
});

const PASSPHRASE = '杭州分行 2026 柜台';
const folder = () => mkdtempSync(join(tmpdir(), 'dossier-file-copy-'));
const names = (db: Database.Database) => db.prepare('SELECT name FROM customers ORDER BY rowid').pluck().all();

/** A branch file whose latest commits are still in its write-ahead log. */
function branchWithLog(dir: string): Db {
  const db = openDatabase(join(dir, 'branch.db'));
  seedDemo(db, { customers: 150, seed: 11, interactionsPerCustomer: 1 });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("UPDATE customers SET name = '欧阳明华' WHERE rowid = 1").run();
  db.prepare("UPDATE customers SET name = 'Emily Carter' WHERE rowid = 2").run();
  return db;
}

describe('a copy of the open database from its bytes', () => {
  it('holds the commits still in the log, as one file that needs no log', () => {
    const dir = folder();
    const db = branchWithLog(dir);
    expect(readFileSync(join(dir, 'branch.db-wal')).length).toBeGreaterThan(0);

    const target = join(dir, 'copy.db.partial');
    copyDatabaseFile(db, target);

    expect(readdirSync(dir).filter((name) => name.startsWith('copy'))).toEqual(['copy.db.partial']);
    const copy = new Database(target, { readonly: true });
    expect(names(copy)).toEqual(names(db));
    expect(names(copy).slice(0, 2)).toEqual(['欧阳明华', 'Emily Carter']);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // The source keeps working: its write lock was given back.
    db.prepare("UPDATE customers SET name = '李静' WHERE rowid = 3").run();
    db.close();
  });

  it('copies an encrypted file under its own key: the passphrase opens it, its bytes show no name', () => {
    const dir = folder();
    const path = join(dir, 'branch.db');
    let db = branchWithLog(dir);
    rememberKey(PASSPHRASE);
    db = rekeyDatabase(db, path, PASSPHRASE, (replace) => {
      db.close();
      replace();
      return openDatabase(path);
    });
    db.pragma('wal_autocheckpoint = 0');
    db.prepare("UPDATE customers SET name = '司马相如' WHERE rowid = 4").run();

    const target = join(dir, 'copy.db');
    copyDatabaseFile(db, target);
    db.close();

    expect(readFileSync(target).includes(Buffer.from('司马相如'))).toBe(false);
    // AEGIS-256X2 with SQLite3 Multiple Ciphers' own key derivation: the passphrase opens it there.
    const plain = new Database(target);
    plain.pragma("cipher = 'aegis'");
    plain.pragma("algorithm = 'aegis-256x2'");
    (plain as unknown as { key(key: Buffer): number }).key(Buffer.from(PASSPHRASE, 'utf8'));
    expect(names(plain).slice(0, 4)).toEqual(['欧阳明华', 'Emily Carter', expect.any(String), '司马相如']);
    expect(plain.pragma('integrity_check', { simple: true })).toBe('ok');
    plain.close();
  });

  it('waits its turn for the write lock, saying so, and then holds what that writer committed', () => {
    const dir = folder();
    const db = branchWithLog(dir);
    db.pragma('busy_timeout = 0');
    const other = openConnection(join(dir, 'branch.db'));
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO settings (key, value) VALUES ('branch.name', '成都武侯祠支行')").run();
    let waited = 0;

    const target = join(dir, 'copy.db');
    copyDatabaseFile(db, target, () => {
      waited += 1;
      if (other.inTransaction) other.exec('COMMIT');
    });

    expect(waited).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'branch.name'").pluck().get()).toBe('成都武侯祠支行');
    copy.close();
    other.close();
    db.close();
  });

  it('leaves nothing behind when another connection holds the write lock', () => {
    const dir = folder();
    const db = branchWithLog(dir);
    db.pragma('busy_timeout = 0');
    const other = openConnection(join(dir, 'branch.db'));
    other.exec('BEGIN IMMEDIATE');

    const target = join(dir, 'copy.db.partial');
    expect(() => copyDatabaseFile(db, target)).toThrow(/locked|busy/i);
    expect(readdirSync(dir).filter((name) => name.startsWith('copy'))).toEqual([]);
    other.exec('ROLLBACK');
    other.close();
    db.close();
  });
});

describe('copying a file in blocks', () => {
  const bytes = (length: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 7 + 3) % 251));

  it('writes zeros for the lock bytes and every other byte as it is', () => {
    const dir = folder();
    const source = bytes(10_000);
    writeFileSync(join(dir, 'a.db'), source);
    copyFileBytes(join(dir, 'a.db'), join(dir, 'b.db'), 4096);
    const copy = readFileSync(join(dir, 'b.db'));
    expect(copy.length).toBe(10_000);
    expect(copy.subarray(0, 4096).equals(source.subarray(0, 4096))).toBe(true);
    expect(copy.subarray(4096, 4608).every((b) => b === 0)).toBe(true);
    expect(copy.subarray(4608).equals(source.subarray(4608))).toBe(true);
  });

  it('copies a log whole, and a file ending within the lock bytes at its own length', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.db-wal'), bytes(9_000));
    copyFileBytes(join(dir, 'a.db-wal'), join(dir, 'b.db-wal'), Infinity);
    expect(readFileSync(join(dir, 'b.db-wal')).equals(bytes(9_000))).toBe(true);

    writeFileSync(join(dir, 'short.db'), bytes(4200));
    copyFileBytes(join(dir, 'short.db'), join(dir, 'short-copy.db'), 4096);
    expect(readFileSync(join(dir, 'short-copy.db')).length).toBe(4200);
    expect(existsSync(join(dir, 'short-copy.db'))).toBe(true);
  });

  it('refuses to write over a file that is there', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.db'), bytes(100));
    writeFileSync(join(dir, 'b.db'), 'kept');
    expect(() => copyFileBytes(join(dir, 'a.db'), join(dir, 'b.db'))).toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'b.db'), 'utf8')).toBe('kept');
  });
});
