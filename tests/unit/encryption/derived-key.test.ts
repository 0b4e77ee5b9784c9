/**
 * Every connection to an encrypted file after the first uses the key derived once for that passphrase and that
 * file's salt (workers get it too), and what it writes stays a file SQLite opens with the passphrase.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSalt, forgetKey, keysForWorker, knownKeys, rememberKey } from '../../../electron/core/db/cipher';
import { openConnection } from '../../../electron/core/db/open';
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
    expect(handed.derived?.map(([id]) => id)).toEqual([`${PASSPHRASE}\0${salt}`]);
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
    expect(keysForWorker()).toEqual({ keys: [], derived: [] });
  });
});
