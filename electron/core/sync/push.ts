/**
 * The push to head office: the outbox after the cursor, in batches. Each batch reads the current state of the
 * records it names, sends them in ONE PostgreSQL transaction (upserts guarded by version, tombstones, erasures),
 * and only after that commit moves the cursor and removes the batch from the outbox, in one SQLite transaction.
 * Killed between the two, the next push sends the batch again: the upserts replace equal versions with the same
 * values, so nothing is doubled and nothing is lost. The version is the record's newest outbox number.
 */
import type { ClientBase } from 'pg';
import { DossierError } from '../../../shared/result';
import type { PushResult } from '../../../shared/sync/types';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { withHq } from '../hq/connect';
import { describeSyncError } from './errors';
import { connectUrl, getBranch, queueLength, recordProblem, setState, stateValue } from './state';
import { SYNCED_TABLES, TABLE_BY_LOCAL, type Row, type SyncedTable } from './tables';

/** Outbox rows per batch (and PostgreSQL transaction); DOSSIER_SYNC_BATCH overrides it for tests and benchmarks. */
const BATCH = Number(process.env.DOSSIER_SYNC_BATCH) || 5000;

interface PushOptions {
  readonly url?: string;
  readonly batchSize?: number;
  /** Told after each batch is committed at both ends (how many so far). */
  readonly onBatch?: (batches: number) => void;
}

const running = new WeakMap<Db, Promise<PushResult>>();

/** Pushes everything queued; a push already running for this database is joined, not doubled. */
export function push(db: Db, options: PushOptions = {}): Promise<PushResult> {
  const current = running.get(db);
  if (current) return current;
  const started = run(db, options).finally(() => running.delete(db));
  running.set(db, started);
  return started;
}

async function run(db: Db, options: PushOptions): Promise<PushResult> {
  const t0 = Date.now();
  const branch = getBranch(db);
  if (!branch)
    throw new DossierError({
      code: 'validation',
      message: 'No branch',
      issues: [{ path: 'code', code: 'sync.noBranch' }],
    });
  const url = connectUrl(db, options.url);
  if (!url)
    throw new DossierError({
      code: 'validation',
      message: 'No head office',
      issues: [{ path: 'url', code: 'sync.noUrl' }],
    });
  try {
    const result = await withHq(url, (client) => pushWith(db, client, branch.code, options));
    setState(db, 'lastPushAt', nowIso());
    setState(db, 'lastPushed', String(result.pushed + result.tombstones + result.erased));
    recordProblem(db, null);
    return { ...result, ms: Date.now() - t0 };
  } catch (error) {
    const problem = describeSyncError(error, branch.code);
    recordProblem(db, problem);
    throw new DossierError({
      code: 'validation',
      message: `Push failed: ${problem.code}`,
      issues: [{ path: 'url', code: problem.code }],
      details: problem.params,
    });
  }
}

async function pushWith(
  db: Db,
  client: ClientBase,
  code: string,
  options: PushOptions,
): Promise<Omit<PushResult, 'ms'>> {
  const me = await client.query<{ id: string | null; code: string | null }>(
    'SELECT b.id, b.code FROM (SELECT dossier.my_branch() AS id) m LEFT JOIN dossier.branches b ON b.id = m.id',
  );
  const remote = me.rows[0];
  if (!remote?.id)
    throw new DossierError({
      code: 'validation',
      message: 'not a branch role',
      issues: [{ path: 'url', code: 'sync.error.notBranch' }],
    });
  if (remote.code?.toLowerCase() !== code.toLowerCase())
    throw new DossierError({
      code: 'validation',
      message: 'wrong branch',
      issues: [{ path: 'url', code: 'sync.error.wrongBranch' }],
      details: { local: code, remote: remote.code ?? '' },
    });
  const keyRow = await client.query<{ key: Buffer }>("SELECT key FROM dossier.org_keys WHERE name = 'digest'");
  const digestKey = keyRow.rows[0]?.key ?? Buffer.alloc(0);
  const branchId = remote.id;
  const byTable: Record<string, number> = {};
  let pushed = 0;
  let tombstones = 0;
  let erased = 0;
  let batches = 0;
  const size = options.batchSize ?? BATCH;
  for (;;) {
    const cursor = Number(stateValue(db, 'cursor') ?? 0);
    const keys = stmt(db, 'SELECT seq, tbl, id FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?').all(
      cursor,
      size,
    ) as {
      seq: number;
      tbl: string;
      id: string;
    }[];
    if (keys.length === 0) break;
    const last = keys[keys.length - 1]!.seq;
    // Per table: id → newest version in this batch.
    const grouped = new Map<string, Map<string, number>>();
    for (const k of keys) {
      let ids = grouped.get(k.tbl);
      if (!ids) grouped.set(k.tbl, (ids = new Map()));
      ids.set(k.id, k.seq);
    }
    const work = [...grouped].flatMap(([tbl, ids]) => {
      const table = TABLE_BY_LOCAL.get(tbl);
      return table ? [readBatch(db, table, ids, digestKey)] : [];
    });
    await client.query('BEGIN');
    try {
      for (const w of work) {
        if (w.rows.length) await upsert(client, w.table, branchId, w.rows);
        if (w.gone.length && w.table.local === 'customers')
          await erase(
            client,
            branchId,
            w.gone.map((g) => g.id),
          );
        else if (w.gone.length) await tombstone(client, w.table, branchId, w.gone);
        byTable[w.table.remote] = (byTable[w.table.remote] ?? 0) + w.rows.length;
        pushed += w.rows.length;
        if (w.table.local === 'customers') erased += w.gone.length;
        else tombstones += w.gone.length;
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    db.transaction(() => {
      setState(db, 'cursor', String(last));
      // The last row stays: the next number is past it even when nothing else is queued.
      stmt(db, 'DELETE FROM sync_outbox WHERE seq < ?').run(last);
    })();
    batches += 1;
    options.onBatch?.(batches);
  }
  return { pushed, byTable, tombstones, erased, batches, queueLeft: queueLength(db) };
}

interface BatchRows {
  readonly table: SyncedTable;
  /** [id, version, ...values] of records that exist here. */
  readonly rows: (readonly unknown[])[];
  /** Records gone from this database. */
  readonly gone: { id: string; version: number }[];
}

function readBatch(db: Db, table: SyncedTable, ids: Map<string, number>, digestKey: Buffer): BatchRows {
  const found = stmt(
    db,
    `SELECT ${table.select} FROM ${table.local} t WHERE t.${table.key} IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...ids.keys()])) as Row[];
  const rows = found.map((r) => [r.id, ids.get(r.id as string), ...table.toRemote(r, digestKey)]);
  const present = new Set(found.map((r) => r.id as string));
  const gone = [...ids].filter(([id]) => !present.has(id)).map(([id, version]) => ({ id, version }));
  return { table, rows, gone };
}

/** One INSERT … SELECT FROM unnest(arrays) per table and batch: one round trip however many rows. */
async function upsert(client: ClientBase, table: SyncedTable, branchId: string, rows: (readonly unknown[])[]) {
  const names = table.columns.map(([n]) => n);
  const casts = ['text', 'bigint', ...table.columns.map(([, type]) => type)].map((type, i) => `$${i + 2}::${type}[]`);
  const arrays = casts.map((_, i) => rows.map((r) => r[i] ?? null));
  await client.query(
    `INSERT INTO dossier.${table.remote} AS t (branch_id, id, version, ${names.join(', ')})
     SELECT $1::uuid, * FROM unnest(${casts.join(', ')})
     ON CONFLICT (branch_id, id) DO UPDATE SET version = excluded.version, pushed_at = now(),
       ${names.map((n) => `${n} = excluded.${n}`).join(', ')}
     WHERE t.version <= excluded.version`,
    [branchId, ...arrays],
  );
}

/** Records deleted at the branch stay at head office, marked deleted (unless a newer version is there). */
async function tombstone(
  client: ClientBase,
  table: SyncedTable,
  branchId: string,
  gone: { id: string; version: number }[],
) {
  await client.query(
    `UPDATE dossier.${table.remote} AS t SET deleted_at = coalesce(t.deleted_at, now()), version = v.version,
       pushed_at = now()
     FROM unnest($2::text[], $3::bigint[]) AS v(id, version)
     WHERE t.branch_id = $1 AND t.id = v.id AND t.version <= v.version`,
    [branchId, gone.map((g) => g.id), gone.map((g) => g.version)],
  );
}

/** A customer gone from the branch (erased, or an undone import's) is deleted with everything hanging on it. */
async function erase(client: ClientBase, branchId: string, ids: string[]) {
  for (const table of SYNCED_TABLES)
    if (table.customerColumn)
      await client.query(
        `DELETE FROM dossier.${table.remote} WHERE branch_id = $1 AND ${table.customerColumn} = ANY($2::text[])`,
        [branchId, ids],
      );
}
