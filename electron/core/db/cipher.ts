/**
 * Encryption at rest (SQLite3 Multiple Ciphers, through the better-sqlite3-multiple-ciphers driver installed as
 * `better-sqlite3`). A file is encrypted with AEGIS-256X2 (authenticated encryption on the processor's AES
 * instructions, the key derived from the passphrase with Argon2id); files encrypted before AEGIS was adopted use the
 * SQLCipher 4 scheme (AES-256-CBC with HMAC-SHA512 per page), open as before and keep it. An encrypted file has no
 * SQLite header and no readable byte; the passphrases this process has been given are kept here, in memory only, so
 * that every connection (the app's, a worker's, a backup's check) opens the file without asking again.
 */
import { hashRawSync } from '@node-rs/argon2';
import { pbkdf2Sync } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/**
 * How a file's pages are encrypted. `aegis`: AEGIS-256X2 (AEGIS-256 on two lanes, a 256-bit key; authenticated),
 * the key from Argon2id (t = 2, 19 MiB, p = 1, SQLite3 Multiple Ciphers' own settings), all written out so that a
 * change of the driver's defaults cannot lock a file out. `sqlcipher`: SQLCipher 4 (AES-256-CBC, HMAC-SHA512,
 * PBKDF2-HMAC-SHA512 with 256,000 iterations); its HMAC made every page read cost 10–16 µs, where AEGIS costs one or
 * two (docs/BENCHMARKS.md, "AEGIS-256X2").
 */
export type CipherScheme = 'aegis' | 'sqlcipher';
/** The scheme a file is encrypted with from now on. */
export const NEW_FILE_SCHEME: CipherScheme = 'aegis';

interface WorkerKeys {
  readonly keys?: string[];
  readonly derived?: [string, string][];
  readonly schemes?: [string, CipherScheme][];
}

const inherited = isMainThread ? null : (workerData as WorkerKeys | null);
/** Passphrases given in this process, newest first; a worker thread starts with those its parent handed over. */
const keyring: string[] = [...(inherited?.keys ?? [])];
/**
 * Keys already derived from a passphrase and a file's salt in a scheme (AEGIS: Argon2id; SQLCipher 4: PBKDF2-HMAC-
 * SHA512, 256,000 iterations), by `${passphrase}\0${scheme}\0${salt}`, so that the next connection to that file (a
 * worker's, a backup's, its check) opens in milliseconds instead of deriving the same key again (Argon2id 10–80 ms,
 * PBKDF2 0.3–0.7 s of CPU each time).
 */
const derived = new Map<string, Buffer>((inherited?.derived ?? []).map(([id, hex]) => [id, Buffer.from(hex, 'hex')]));

/** The scheme each file (by its salt) was found to be encrypted with, so later connections try it alone. */
const schemes = new Map<string, CipherScheme>(inherited?.schemes ?? []);

/** What a worker thread's `workerData` carries so that its own connection opens an encrypted file. */
export function keysForWorker(): WorkerKeys {
  const given = (id: string) => keyring.some((passphrase) => id.startsWith(`${passphrase}\0`));
  const keys = [...derived].filter(([id]) => given(id));
  return { keys: [...keyring], derived: keys.map(([id, key]) => [id, key.toString('hex')]), schemes: [...schemes] };
}

/** The schemes to try on a file with this salt: the one it was found with, else AEGIS first, then SQLCipher 4. */
export function schemesFor(salt: Buffer | null): readonly CipherScheme[] {
  const known = salt ? schemes.get(salt.toString('hex')) : undefined;
  return known ? [known] : [NEW_FILE_SCHEME, 'sqlcipher'];
}

/** Remembers that the file with this salt opened with `scheme`. */
export function foundScheme(salt: Buffer | null, scheme: CipherScheme): void {
  if (salt) schemes.set(salt.toString('hex'), scheme);
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

/** Chooses the scheme for the connection's main database; before `key` or `rekey`. */
export function useScheme(db: Database.Database, scheme: CipherScheme): void {
  if (scheme === 'sqlcipher') {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    return;
  }
  db.pragma("cipher = 'aegis'");
  db.pragma("algorithm = 'aegis-256x2'");
  db.pragma('tcost = 2');
  db.pragma('mcost = 19456');
  db.pragma('pcost = 1');
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

/** `Algorithm.Argon2id` of @node-rs/argon2 (an ambient const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

/** The key SQLite3 Multiple Ciphers derives from a passphrase and a salt in `scheme`, with the settings above. */
function deriveKey(passphrase: string, salt: Buffer, scheme: CipherScheme): Buffer {
  const secret = Buffer.from(passphrase, 'utf8');
  if (scheme === 'sqlcipher') return pbkdf2Sync(secret, salt, 256_000, 32, 'sha512');
  return hashRawSync(secret, {
    algorithm: ARGON2ID,
    salt,
    timeCost: 2,
    memoryCost: 19_456,
    parallelism: 1,
    outputLen: 32,
  });
}

/**
 * Gives the connection the passphrase of its (encrypted) file in `scheme`; the first read tells whether it was
 * right. With the file's salt, the key is derived here once per passphrase, scheme and salt and handed over raw
 * (`x'<key><salt>'`), the same key SQLite derives from the passphrase; without it (a file being created), SQLite
 * derives it.
 */
export function applyKey(
  db: Database.Database,
  passphrase: string,
  salt: Buffer | null = null,
  scheme: CipherScheme = NEW_FILE_SCHEME,
): void {
  useScheme(db, scheme);
  const keyed = db as unknown as { key(key: Buffer): number };
  if (!salt) {
    keyed.key(Buffer.from(passphrase, 'utf8'));
    return;
  }
  const id = `${passphrase}\0${scheme}\0${salt.toString('hex')}`;
  let key = derived.get(id);
  if (!key) {
    key = deriveKey(passphrase, salt, scheme);
    derived.set(id, key);
  }
  keyed.key(Buffer.from(`x'${key.toString('hex')}${salt.toString('hex')}'`, 'latin1'));
}

/** Re-encrypts the connection's file under `passphrase`, or decrypts it with null (exclusive, not in WAL mode). */
export function applyRekey(db: Database.Database, passphrase: string | null): void {
  (db as unknown as { rekey(key: Buffer): number }).rekey(Buffer.from(passphrase ?? '', 'utf8'));
}
