/**
 * Demo data as one batch: written in a single transaction (a killed `seed-demo` leaves nothing behind), and the
 * rows it added recorded by table and rowid range so `seed-demo --remove` can take them all out again, leaving
 * anything the branch entered meanwhile.
 */
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { readSetting, writeSetting } from '../settings/settings';

const DEMO_BATCHES = 'demo.batches';

/**
 * The tables a seed adds rows to, in the order they are emptied: rows hanging on a customer the branch entered
 * itself (the seed plans call-backs and complaints for every customer) first, then the demo customers with all
 * that cascades from them, then what no customer holds.
 */
const TABLES = [
  'complaints',
  'callbacks',
  'interactions',
  'transactions',
  'risk_assessments',
  'customers',
  'campaigns',
  'products',
] as const;
type Table = (typeof TABLES)[number];

interface DemoBatch {
  readonly seededAt: string;
  /** Per table: the first and last rowid the seed wrote. */
  readonly rows: Partial<Record<Table, readonly [number, number]>>;
}

const maxRowid = (db: Db, table: Table): number =>
  stmt(db, `SELECT coalesce(max(rowid), 0) AS n FROM ${table}`).pluck().get() as number;

function batches(db: Db): DemoBatch[] {
  const text = readSetting(db, DEMO_BATCHES);
  return text ? (JSON.parse(text) as DemoBatch[]) : [];
}

/**
 * Runs `seed` in one transaction with the seed's connection settings (no fsync, a large cache, no foreign-key
 * lookups: every reference is to a row written just before; all three put back after) and records what it added.
 */
export function seedInOneBatch<T>(db: Db, seed: () => T): T {
  const previousSync = db.pragma('synchronous', { simple: true }) as number;
  const previousCache = db.pragma('cache_size', { simple: true }) as number;
  const previousForeignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -131072');
  db.pragma('foreign_keys = OFF');
  try {
    return db.transaction(() => {
      const before = Object.fromEntries(TABLES.map((t) => [t, maxRowid(db, t)])) as Record<Table, number>;
      const result = seed();
      const rows: Partial<Record<Table, readonly [number, number]>> = {};
      for (const t of TABLES) {
        const after = maxRowid(db, t);
        if (after > before[t]) rows[t] = [before[t] + 1, after];
      }
      writeSetting(db, DEMO_BATCHES, JSON.stringify([...batches(db), { seededAt: nowIso(), rows }]));
      return result;
    })();
  } finally {
    db.pragma(`foreign_keys = ${previousForeignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${previousCache}`);
    db.pragma(`synchronous = ${previousSync}`);
  }
}

export interface DemoRemoved {
  readonly customers: number;
  readonly campaigns: number;
  readonly products: number;
}

/**
 * Takes every demo batch out: its customers with all that hangs on them (contacts, timeline, call-backs,
 * purchases, complaints, classes), its campaigns, and its products no remaining purchase names. One transaction.
 */
export function removeDemoData(db: Db): DemoRemoved {
  return db.transaction(() => {
    const removed = { customers: 0, campaigns: 0, products: 0 };
    for (const batch of batches(db)) {
      for (const table of TABLES) {
        const range = batch.rows[table];
        if (!range) continue;
        const unused =
          table === 'products' ? ' AND NOT EXISTS (SELECT 1 FROM transactions x WHERE x.product_id = products.id)' : '';
        const { changes } = stmt(db, `DELETE FROM ${table} WHERE rowid BETWEEN ? AND ?${unused}`).run(...range);
        if (table === 'customers' || table === 'campaigns' || table === 'products') removed[table] += changes;
      }
    }
    writeSetting(db, DEMO_BATCHES, null);
    return removed;
  })();
}
