/**
 * The page cache of one piece of work. The connection keeps 64 MB (open.ts) for the app's reads; work that reads each
 * page once, or copies the whole file, is as fast with less and would otherwise leave the process that much larger.
 */
import type { Db } from './open';
import { stmt } from './sql';

/** Runs `work` with a page cache of `kib` KiB, then gives the connection back its own size. */
export function withPageCache<T>(db: Db, kib: number, work: () => T): T {
  const size = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${kib}`);
  try {
    return work();
  } finally {
    db.pragma(`cache_size = ${size}`);
  }
}

/**
 * The cache of a whole-file copy (`VACUUM INTO`) or rebuild (`VACUUM`). SQLite gives the copy's target the source
 * connection's cache size, so with 64 MB each a copy of a 100k-customer file grew the process by 128 MB; with 8 MB
 * each it grows by 11 MB and takes less CPU time (docs/BENCHMARKS.md, "Copies of the whole file").
 */
const COPY_CACHE_KIB = 8192;

/** A consistent copy of the open database at `path`, under the database's own key if it has one. */
export function vacuumInto(db: Db, path: string): void {
  withPageCache(db, COPY_CACHE_KIB, () => stmt(db, 'VACUUM INTO ?').run(path));
}

/** The file rewritten in place (`VACUUM`), with a copy's cache. */
export function vacuum(db: Db): void {
  withPageCache(db, COPY_CACHE_KIB, () => db.exec('VACUUM'));
}
