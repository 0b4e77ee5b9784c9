/**
 * A consistent copy of an open database made from its bytes, not its rows. `VACUUM INTO` reads every page and writes
 * it again, which for an encrypted file means decrypting and encrypting the whole file (the backup before an import
 * was most of an encrypted import's extra cost, docs/BENCHMARKS.md "Encryption"). Here the file and its write-ahead
 * log are copied as they are while this connection holds the write lock: no commit can add to the log or start it
 * over meanwhile, and a checkpoint another connection runs only writes into the file pages the copied log holds
 * anyway. The copy is then opened once, which replays its log, and left as one file (rollback journal, as
 * `VACUUM INTO` leaves it). Its pages keep the source's key, salt and free pages.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { immediateWhenFree } from './busy';
import { openConnection, type Db } from './open';

/**
 * Where SQLite's lock bytes sit in a database file (the pending byte, 1 GiB, and the 511 bytes after it). Windows
 * locks them for real, so reading them fails while another connection holds a lock; no page stored there holds data,
 * and the copy gets zeros in their place.
 */
const LOCK_BYTES_AT = 0x4000_0000;
const LOCK_BYTES = 512;
const BLOCK = 4 * 1024 * 1024;

/**
 * The bytes of `from` written to a new file `to` (owner-only), in blocks; in a database file (`lockAt`) the lock
 * bytes are not read and are zeros in the copy. A write-ahead log has none (`lockAt` Infinity).
 */
export function copyFileBytes(from: string, to: string, lockAt = LOCK_BYTES_AT): void {
  const source = openSync(from, 'r');
  try {
    const size = fstatSync(source).size;
    const target = openSync(to, 'wx', 0o600);
    try {
      const block = Buffer.allocUnsafe(BLOCK);
      for (let at = 0; at < size;) {
        const inLock = at >= lockAt && at < lockAt + LOCK_BYTES;
        // A block ends where the lock bytes start, and they are a block of their own.
        const end = Math.min(size, at + BLOCK, inLock ? lockAt + LOCK_BYTES : at < lockAt ? lockAt : Infinity);
        let length = end - at;
        if (inLock) block.fill(0, 0, length);
        else length = readSync(source, block, 0, length, at);
        if (length === 0) break;
        writeSync(target, block, 0, length, at);
        at += length;
      }
    } finally {
      closeSync(target);
    }
  } finally {
    closeSync(source);
  }
}

/**
 * A consistent copy of the open database `db` at `target` (which must not exist), made from its bytes. With
 * `onWaiting` (a worker or the CLI, before an import) the copy waits its turn for the write lock and says so; without
 * it, another writer holding the lock past the connection's busy timeout is SQLITE_BUSY.
 */
export function copyDatabaseFile(db: Db, target: string, onWaiting?: () => void): void {
  const wal = `${db.name}-wal`;
  const copyBytes = () => {
    copyFileBytes(db.name, target);
    if (existsSync(wal)) copyFileBytes(wal, `${target}-wal`, Infinity);
  };
  const leftovers = ['-wal', '-shm', '-journal'].map((suffix) => `${target}${suffix}`);
  try {
    if (onWaiting) immediateWhenFree(db, copyBytes, onWaiting);
    else {
      db.exec('BEGIN IMMEDIATE');
      try {
        copyBytes();
      } finally {
        db.exec('ROLLBACK');
      }
    }
    // Opening the copy replays its log; leaving WAL mode folds the log into the file and removes it.
    const copy = openConnection(target);
    try {
      const mode = copy.pragma('journal_mode = DELETE', { simple: true });
      if (mode !== 'delete') throw new Error(`The copy ${target} kept its write-ahead log (${String(mode)})`);
    } finally {
      copy.close();
    }
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  } finally {
    for (const path of leftovers) rmSync(path, { force: true });
  }
}
