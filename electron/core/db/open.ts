import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { DossierError } from '../../../shared/result';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import { registerFunctions } from '../search/functions';
import { keyFailure, openFailure } from './open-errors';
import { applyKey, fileSalt, foundScheme, isEncryptedFile, knownKeys, schemesFor } from './cipher';

export type Db = Database.Database;

/**
 * The page cache of the app's connection, in KiB (64 MB): 100k customers with their indexes stay in memory for
 * searches and imports. A connection to an encrypted file gets it from the start (openConnection): each page read
 * from disk there is decrypted and authenticated, so with the driver's default of 16 MB a backup's integrity
 * check, which looks every row up in each index, decrypted the same index pages again and again (SQLCipher 4: 4.9 s
 * of CPU instead of 2.8 s for the check of a 100k-customer copy; 2.2 s unencrypted).
 */
export const PAGE_CACHE_KIB = 65_536;

/**
 * The app's own connection (the main thread's, which serves searches; workers keep 64 MB) to an encrypted file may
 * keep up to 256 MB: the operating system's file cache holds only encrypted pages there, so a search reading a page
 * that is no longer cached decrypts it again. With 64 MB a 100k-customer file's searches stayed 25 % slower than
 * unencrypted. The cache grows only as pages are read, so a small branch's file costs what it is
 * (docs/BENCHMARKS.md, "Encryption").
 */
export const ENCRYPTED_APP_CACHE_KIB = 262_144;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tooNew(current: number): DossierError {
  return new DossierError({
    code: 'db_too_new',
    message: `This database was written by a newer Dossier (schema ${current}, this version knows ${LATEST_VERSION}). Update Dossier to open it.`,
    details: { found: current, supported: LATEST_VERSION },
  });
}

/** Runs each pending migration in its own transaction, bumping user_version inside it. */
export function migrate(db: Db, target: number = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw tooNew(current);
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/**
 * Under Electron in development, `npm start` hands over a better-sqlite3 build for Electron's ABI (see
 * scripts/electron-native.mjs); plain Node, and the packaged app (rebuilt by electron-builder), use the default.
 */
function electronBinding(): string | undefined {
  return process.versions.electron ? process.env.DOSSIER_NATIVE_BINDING || undefined : undefined;
}

export interface OpenOptions {
  readonly readonly?: boolean;
  /** Called once before pending migrations run, with the connection (a backup is taken there). */
  readonly beforeMigrate?: (db: Db, from: number) => void;
}

/**
 * One connection with the first page read, so a damaged header fails here; no functions, migrations or pragmas but
 * an encrypted file's page cache. A new file is created readable by its owner only. An encrypted file is opened with
 * `key`, else with the first passphrase of this process that fits (db/cipher.ts); none given is `db_key_needed`,
 * none fitting `db_wrong_key`.
 */
export function openConnection(path: string, options: { readonly?: boolean; readonly key?: string } = {}): Db {
  const creating = path !== ':memory:' && !existsSync(path);
  const encrypted = !creating && isEncryptedFile(path);
  const keys = options.key !== undefined ? [options.key] : knownKeys();
  if (encrypted && keys.length === 0) throw keyFailure(path, false);
  // Each passphrase in each scheme the file may be in (the one it was found with, once known); each key is derived
  // once for this file's salt, so every later connection opens in milliseconds.
  const salt = encrypted ? fileSalt(path) : null;
  const attempts = encrypted ? keys.flatMap((key) => schemesFor(salt).map((scheme) => ({ key, scheme }))) : [null];
  for (const attempt of attempts) {
    let db: Db | null = null;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
        nativeBinding: electronBinding(),
      });
      if (attempt) applyKey(db, attempt.key, salt, attempt.scheme);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      if (attempt) {
        foundScheme(salt, attempt.scheme);
        db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
      }
      if (creating) chmodSync(path, 0o600);
      return db;
    } catch (error) {
      db?.close();
      // A passphrase that does not fit (or the other scheme) reads page 1 as garbage: SQLITE_NOTADB, the next
      // attempt is made.
      if (attempt && String((error as { code?: unknown }).code) === 'SQLITE_NOTADB') continue;
      throw openFailure(path, error);
    }
  }
  throw keyFailure(path, true);
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = openConnection(path, { readonly: options.readonly });
  try {
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const searches = isMainThread && isEncryptedFile(path);
    db.pragma(`cache_size = -${searches ? ENCRYPTED_APP_CACHE_KIB : PAGE_CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
    registerFunctions(db);
    if (!options.readonly) {
      const current = schemaVersion(db);
      if (current > LATEST_VERSION) throw tooNew(current);
      if (current > 0 && current < LATEST_VERSION) options.beforeMigrate?.(db, current);
      migrate(db);
    }
  } catch (error) {
    db.close();
    // A full disk, a read-only folder or a lock met while migrating is said as such; a bug in a migration is not
    // a damaged file, so anything unrecognised goes up as it is.
    const failure = openFailure(path, error);
    throw failure.code === 'db_corrupt' && !String(failure.details.sqlite).match(/NOTADB|CORRUPT/) ? error : failure;
  }
  return db;
}
