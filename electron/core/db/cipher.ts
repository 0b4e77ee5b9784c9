/**
 * Encryption at rest: SQLCipher 4 compatible pages (SQLite3 Multiple Ciphers, its `sqlcipher` scheme, through the
 * better-sqlite3-multiple-ciphers driver installed as `better-sqlite3`). An encrypted file has no SQLite header and
 * no readable byte; the passphrases this process has been given are kept here, in memory only, so that every
 * connection (the app's, a worker's, a backup's check) opens the file without asking again.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Passphrases given in this process, newest first; a worker thread starts with those its parent handed over. */
const keyring: string[] = isMainThread ? [] : [...((workerData as { keys?: string[] } | null)?.keys ?? [])];

/** What a worker thread's `workerData` carries so that its own connection opens an encrypted file. */
export function keysForWorker(): { readonly keys: readonly string[] } {
  return { keys: [...keyring] };
}

export function rememberKey(passphrase: string): void {
  forgetKey(passphrase);
  keyring.unshift(passphrase);
}

export function forgetKey(passphrase: string): void {
  const at = keyring.indexOf(passphrase);
  if (at >= 0) keyring.splice(at, 1);
}

export function knownKeys(): readonly string[] {
  return keyring;
}

/**
 * Whether a file on disk is an encrypted database: whole pages, no SQLite header, and a first kilobyte as varied
 * as random bytes (a file of text or of one repeated byte is damage, not encryption).
 */
export function isEncryptedFile(path: string): boolean {
  if (path === ':memory:') return false;
  const head = Buffer.alloc(1024);
  try {
    const size = statSync(path).size;
    if (size < 1024 || size % 512 !== 0) return false;
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Missing or unreadable: SQLite says why when it opens the file.
    return false;
  }
  if (head.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) return false;
  return new Set(head).size >= 160;
}

/** Chooses the SQLCipher 4 scheme for the connection's main database; before `key` or `rekey`. */
export function useSqlcipher(db: Database.Database): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

/** Gives the connection the passphrase of its (encrypted) file; the first read tells whether it was right. */
export function applyKey(db: Database.Database, passphrase: string): void {
  useSqlcipher(db);
  (db as unknown as { key(key: Buffer): number }).key(Buffer.from(passphrase, 'utf8'));
}

/** Re-encrypts the connection's file under `passphrase`, or decrypts it with null (exclusive, not in WAL mode). */
export function applyRekey(db: Database.Database, passphrase: string | null): void {
  (db as unknown as { rekey(key: Buffer): number }).rekey(Buffer.from(passphrase ?? '', 'utf8'));
}
