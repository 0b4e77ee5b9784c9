/**
 * An encrypted file's pages are decrypted and their HMAC checked each time they are read from disk: every connection
 * to one keeps the app's page cache, so the check of an import's backup (which looks each row up in every index)
 * does not decrypt the same pages again and again. The file format is SQLCipher 4's, unchanged: a file encrypted
 * with SQLCipher 4's own settings opens, imports and backs up as before.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupBeforeImport } from '../../../electron/core/backup/schedule';
import { listFolder } from '../../../electron/core/backup/files';
import { forgetKey, isEncryptedFile, knownKeys, rememberKey } from '../../../electron/core/db/cipher';
import { ENCRYPTED_APP_CACHE_KIB, openConnection, openDatabase, PAGE_CACHE_KIB } from '../../../electron/core/db/open';
import { seedDemo } from '../../../electron/core/seed/demo';

afterEach(() => {
  for (const key of [...knownKeys()]) forgetKey(key);
});

const PASSPHRASE = '深圳分行 前台 2026';

/** A branch database of `customers`, then encrypted by SQLite itself with SQLCipher 4's settings. */
function encryptedBranch(customers: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'dossier.db');
  const db = openDatabase(path);
  seedDemo(db, { customers, seed: 7, interactionsPerCustomer: 0 });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  const raw = new Database(path);
  raw.pragma("cipher = 'sqlcipher'");
  raw.pragma('legacy = 4');
  (raw as unknown as { rekey(key: Buffer): number }).rekey(Buffer.from(PASSPHRASE, 'utf8'));
  raw.close();
  return path;
}

const cacheOf = (path: string): number => {
  const db = openConnection(path, { readonly: true });
  try {
    return db.pragma('cache_size', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe('page cache of encrypted files', () => {
  it('opens a SQLCipher 4 file as before and checks its import backup with the app’s page cache', () => {
    const path = encryptedBranch(400);
    expect(isEncryptedFile(path)).toBe(true);
    rememberKey(PASSPHRASE);
    const db = openDatabase(path);
    const someone = db
      .prepare("SELECT name, mobile FROM customers WHERE kind = 'person' AND mobile IS NOT NULL ORDER BY rowid")
      .get() as { name: string; mobile: string };
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(400);
    expect(someone.mobile).toMatch(/^1[3-9]\d{9}$/);
    // The app's own connection, which serves searches, may keep up to 256 MB of decrypted pages.
    expect(db.pragma('cache_size', { simple: true })).toBe(-ENCRYPTED_APP_CACHE_KIB);

    backupBeforeImport(db);
    db.close();
    const [backup] = listFolder(join(path, '..', 'backups'), 'data');
    expect(backup?.verdict).toBe('ok');
    expect(isEncryptedFile(backup!.path)).toBe(true);
    // The backup's check, and any other connection to an encrypted file, reads with the app's 64 MB of cache.
    expect(cacheOf(backup!.path)).toBe(-PAGE_CACHE_KIB);
    const copy = openConnection(backup!.path, { readonly: true });
    expect(copy.prepare('SELECT name FROM customers WHERE mobile = ?').pluck().get(someone.mobile)).toBe(someone.name);
    copy.close();
  });

  it('gives an unencrypted file’s app connection 64 MB and its short-lived ones the driver’s default', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'dossier.db');
    const app = openDatabase(path);
    expect(app.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    app.close();
    const fresh = new Database(':memory:');
    const driverDefault = fresh.pragma('cache_size', { simple: true }) as number;
    fresh.close();
    expect(driverDefault).toBeGreaterThan(-PAGE_CACHE_KIB);
    expect(cacheOf(path)).toBe(driverDefault);
  });
});
