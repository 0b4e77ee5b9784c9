import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DossierError } from '../../../shared/result';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';
import { registerFunctions } from '../search/functions';

export type Db = Database.Database;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs each pending migration in its own transaction, bumping user_version inside it. */
export function migrate(db: Db, target: number = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new DossierError({
      code: 'db_too_new',
      message: `This database was written by a newer Dossier (schema ${current}, this version knows ${LATEST_VERSION}). Update Dossier to open it.`,
      details: { found: current, supported: LATEST_VERSION },
    });
  }
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
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, nativeBinding: electronBinding() });
    db.pragma('busy_timeout = 5000');
    if (path !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache: 100k customers with their indexes stay in memory for searches and imports.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    registerFunctions(db);
  } catch (error) {
    throw new DossierError({
      code: 'db_corrupt',
      message: `Cannot open ${path} as a Dossier database: ${(error as Error).message}`,
      details: { path },
    });
  }
  try {
    if (!options.readonly) migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
