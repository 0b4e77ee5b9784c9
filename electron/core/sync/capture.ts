/**
 * Change capture: triggers on every synced table write the key of each inserted, changed or deleted record into
 * `sync_outbox`, in the same transaction as the write (a rolled-back write leaves no key; a committed one always
 * has one). Created when the branch is set and again at every open (a later migration that rebuilds a table drops
 * its triggers), so a database that never joins a head office carries none.
 */
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { SYNCED_TABLES } from './tables';

function triggerSql(local: string, key: string, watch: readonly string[]): string {
  const put = (row: 'new' | 'old') => `INSERT INTO sync_outbox (tbl, id) VALUES ('${local}', ${row}.${key});`;
  return `
    CREATE TRIGGER IF NOT EXISTS sync_${local}_insert AFTER INSERT ON ${local} BEGIN ${put('new')} END;
    CREATE TRIGGER IF NOT EXISTS sync_${local}_update AFTER UPDATE OF ${watch.join(', ')} ON ${local}
      BEGIN ${put('new')} END;
    CREATE TRIGGER IF NOT EXISTS sync_${local}_delete AFTER DELETE ON ${local} BEGIN ${put('old')} END;`;
}

/** Creates the capture triggers (idempotent). */
export function ensureCapture(db: Db): void {
  db.exec(SYNCED_TABLES.map((t) => triggerSql(t.local, t.key, t.watch)).join('\n'));
}

/** Every record already there, queued once: the branch's first push sends them all. */
export function enqueueAll(db: Db): number {
  let queued = 0;
  for (const t of SYNCED_TABLES)
    queued += stmt(db, `INSERT INTO sync_outbox (tbl, id) SELECT '${t.local}', ${t.key} FROM ${t.local}`).run().changes;
  return queued;
}
