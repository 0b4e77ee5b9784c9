/**
 * Encryption at rest: SQLCipher 4 compatible pages (SQLite3 Multiple Ciphers, its `sqlcipher` scheme, through the
 * better-sqlite3-multiple-ciphers driver installed as `better-sqlite3`). An encrypted file has no SQLite header and
 * no readable byte; the passphrases this process has been given are kept here, in memory only, so that every
 * connection (the app's, a worker's, a backup's check) opens the file without asking again.
 */
import { pbkdf2Sync } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
interface WorkerKeys {
  readonly keys?: string[];
  readonly derived?: [string, string][];
}

const inherited = isMainThread ? null : (workerData as WorkerKeys | null);
/** Passphrases given in this process, newest first; a worker thread starts with those its parent handed over. */
const keyring: string[] = [...(inherited?.keys ?? [])];
/**
 * Keys already derived from a passphrase and a file's salt (SQLCipher 4: PBKDF2-HMAC-SHA512, 256,000 iterations),
 * so that the next connection to that file (a worker's, a backup's, its check) opens in milliseconds instead of
 * deriving the same key again (≈ 0.3–0.7 s of CPU each time).
 */
const derived = new Map<string, Buffer>((inherited?.derived ?? []).map(([id, hex]) => [id, Buffer.from(hex, 'hex')]));

/** What a worker thread's `workerData` carries so that its own connection opens an encrypted file. */
export function keysForWorker(): WorkerKeys {
  const given = (id: string) => keyring.some((passphrase) => id.startsWith(`${passphrase}\0`));
  const keys = [...derived].filter(([id]) => given(id));
  return { keys: [...keyring], derived: keys.map(([id, key]) => [id, key.toString('hex')]) };
}

export function rememberKey(passphrase: string): void {
  forgetKey(passphrase);
  keyring.unshift(passphrase);
}

export function forgetKey(passphrase: string): void {
  const at = keyring.indexOf(passphrase);
  if (at >= 0) keyring.splice(at, 1);
  for (const id of [...derived.keys()]) if (id.startsWith(`${passphrase}\0`)) derived.delete(id);
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

/** The salt an encrypted file's key was derived with: its first 16 bytes (null if it cannot be read). */
export function fileSalt(path: string): Buffer | null {
  const salt = Buffer.alloc(16);
  try {
    const fd = openSync(path, 'r');
    try {
      return readSync(fd, salt, 0, salt.length, 0) === salt.length ? salt : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * Gives the connection the passphrase of its (encrypted) file; the first read tells whether it was right. With the
 * file's salt, the key is derived here once per passphrase and salt and handed over raw (SQLCipher's
 * `x'<key><salt>'`), the same key SQLite derives with the SQLCipher 4 settings; without it, SQLite derives it.
 */
export function applyKey(db: Database.Database, passphrase: string, salt: Buffer | null = null, derive = true): void {
  useSqlcipher(db);
  const keyed = db as unknown as { key(key: Buffer): number };
  if (!salt || !derive) {
    keyed.key(Buffer.from(passphrase, 'utf8'));
    return;
  }
  const id = `${passphrase}\0${salt.toString('hex')}`;
  let key = derived.get(id);
  if (!key) {
    key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 256_000, 32, 'sha512');
    derived.set(id, key);
  }
  keyed.key(Buffer.from(`x'${key.toString('hex')}${salt.toString('hex')}'`, 'latin1'));
}

/** Re-encrypts the connection's file under `passphrase`, or decrypts it with null (exclusive, not in WAL mode). */
export function applyRekey(db: Database.Database, passphrase: string | null): void {
  (db as unknown as { rekey(key: Buffer): number }).rekey(Buffer.from(passphrase ?? '', 'utf8'));
}
