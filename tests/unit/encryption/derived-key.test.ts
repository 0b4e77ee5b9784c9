/**
 * Files are encrypted with AEGIS-256X2; a file encrypted with the SQLCipher 4 scheme (as Dossier did before) still
 * opens, and every connection to it after the first uses the key derived once for that passphrase and that file's
 * salt. Workers are handed the keys and each file's scheme; what is written stays a file SQLite opens with the
 * passphrase alone.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSalt, forgetKey, keysForWorker, knownKeys, rememberKey } from '../../../electron/core/db/cipher';
import { openConnection, openDatabase } from '../../../electron/core/db/open';
import { rekeyDatabase } from '../../../electron/core/encryption/rekey';
import { DossierError } from '../../../shared/result';

afterEach(() => {
  for (const key of [...knownKeys()]) forgetKey(key);
});

const PASSPHRASE = '上海分行 柜台 2026';

/** An encrypted file made the way SQLCipher 4 would (SQLite deriving the key from the passphrase). */
function encryptedFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-derived-')), 'branch.db');
  const db = new Database(path);
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  (db as unknown as { key(key: Buffer): number }).key(Buffer.from(PASSPHRASE, 'utf8'));
  db.exec("CREATE TABLE customers(name TEXT); INSERT INTO customers VALUES ('王芳'), ('Emily Carter')");
  db.close();
  return path;
}

const names = (path: string): string[] => {
  const db = openConnection(path);
  try {
    return db.prepare('SELECT name FROM customers ORDER BY rowid').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('derived keys', () => {
  it('opens a SQLCipher 4 file with the key derived for its salt, and hands that key to workers', () => {
    const path = encryptedFile();
    rememberKey(PASSPHRASE);
    expect(names(path)).toEqual(['王芳', 'Emily Carter']);
    const salt = fileSalt(path)?.toString('hex');
    const handed = keysForWorker();
    expect(handed.keys).toEqual([PASSPHRASE]);
    expect(handed.derived?.map(([id]) => id)).toContain(`${PASSPHRASE}\0sqlcipher\0${salt}`);
    expect(handed.schemes).toContainEqual([salt, 'sqlcipher']);
    // The second connection (a worker's, a backup check's) opens with it.
    expect(names(path)).toEqual(['王芳', 'Emily Carter']);
  });

  it('writes copies (VACUUM INTO, as backups are made) that SQLite opens with the passphrase alone', () => {
    const path = encryptedFile();
    rememberKey(PASSPHRASE);
    const copy = join(mkdtempSync(join(tmpdir(), 'dossier-derived-')), 'backup.db');
    const db = openConnection(path);
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();
    const plain = new Database(copy);
    plain.pragma("cipher = 'sqlcipher'");
    plain.pragma('legacy = 4');
    (plain as unknown as { key(key: Buffer): number }).key(Buffer.from(PASSPHRASE, 'utf8'));
    expect(plain.prepare('SELECT name FROM customers ORDER BY rowid').pluck().all()).toEqual(['王芳', 'Emily Carter']);
    plain.close();
  });

  it('still says a wrong passphrase is wrong, and forgets what it derived with a forgotten one', () => {
    const path = encryptedFile();
    rememberKey('不是这个');
    let error: unknown;
    try {
      names(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('db_wrong_key');
    forgetKey('不是这个');
    expect(keysForWorker()).toMatchObject({ keys: [], derived: [] });
  });

  it('encrypts a file with AEGIS-256X2, which SQLite opens with the passphrase and the SQLCipher scheme does not', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-derived-')), 'branch.db');
    let db = openDatabase(path);
    db.prepare("INSERT INTO settings (key, value) VALUES ('branch.name', '杭州西湖支行 West Lake')").run();
    rememberKey(PASSPHRASE);
    db = rekeyDatabase(db, path, PASSPHRASE, (replace) => {
      db.close();
      replace();
      return openDatabase(path);
    });
    db.close();
    const branchName = (scheme: 'aegis' | 'sqlcipher') => {
      const raw = new Database(path, { readonly: true });
      try {
        raw.pragma(`cipher = '${scheme}'`);
        raw.pragma(scheme === 'sqlcipher' ? 'legacy = 4' : "algorithm = 'aegis-256x2'");
        (raw as unknown as { key(key: Buffer): number }).key(Buffer.from(PASSPHRASE, 'utf8'));
        return raw.prepare("SELECT value FROM settings WHERE key = 'branch.name'").pluck().get();
      } finally {
        raw.close();
      }
    };
    expect(branchName('aegis')).toBe('杭州西湖支行 West Lake');
    expect(() => branchName('sqlcipher')).toThrow(/not a database/);
    expect(keysForWorker().schemes).toContainEqual([fileSalt(path)?.toString('hex'), 'aegis']);
  });

  it('changes the passphrase of a SQLCipher 4 file and keeps its scheme', () => {
    const path = encryptedFile();
    rememberKey(PASSPHRASE);
    let db = openConnection(path);
    rememberKey('新的密码短语 2027');
    db = rekeyDatabase(db, path, '新的密码短语 2027', (replace) => {
      db.close();
      replace();
      return openConnection(path);
    });
    db.close();
    forgetKey(PASSPHRASE);
    expect(names(path)).toEqual(['王芳', 'Emily Carter']);
    expect(keysForWorker().schemes).toContainEqual([fileSalt(path)?.toString('hex'), 'sqlcipher']);
  });
});
