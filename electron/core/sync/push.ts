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
import { connectUrl, getBranch, queueLength, recordProblem, setState, stateValue, type SecretStore } from './state';
import { SYNCED_TABLES, TABLE_BY_LOCAL, type Row, type SyncedTable } from './tables';

/** Outbox rows per batch (and PostgreSQL transaction); DOSSIER_SYNC_BATCH overrides it for tests and benchmarks. */
const BATCH = Number(process.env.DOSSIER_SYNC_BATCH) || 5000;

interface PushOptions {
  readonly url?: string;
  /** The host's keeper of the head-office password, when it has one. */
  readonly secrets?: SecretStore | undefined;
  readonly batchSize?: number;
  /** Told after each batch is committed at both ends (how many so far). */
  readonly onBatch?: (batches: number) => void;
  /** Nobody waits for it (the app's own push): a connection that times out is tried once more, for longer. */
  readonly patient?: boolean;
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
  const url = connectUrl(db, options.url, options.secrets);
  if (!url)
    throw new DossierError({
      code: 'validation',
      message: 'No head office',
      issues: [{ path: 'url', code: 'sync.noUrl' }],
    });
  try {
    const result = await withHq(url, (client) => pushWith(db, client, branch.code, options), {
      patient: options.patient ?? false,
    });
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
  const read = (after: number): Batch | null => readNext(db, after, size, digestKey);
  let next = read(Number(stateValue(db, 'cursor') ?? 0));
  while (next) {
    const batch = next;
    const erasing = batch.work.filter((w) => w.table.local === 'customers').flatMap((w) => w.gone.map((g) => g.id));
    const statement = batchStatement(batch.work, branchId);
    // Without erasures the batch is one statement (atomic on its own), sent before the next batch is read here, so
    // PostgreSQL writes one while this process reads the other.
    const sent =
      erasing.length === 0
        ? statement && client.query(statement.text, statement.values)
        : inTransaction(client, async () => {
            if (statement) await client.query(statement.text, statement.values);
            await erase(client, branchId, erasing);
          });
    next = read(batch.last);
    await sent;
    for (const w of batch.work) {
      byTable[w.table.remote] = (byTable[w.table.remote] ?? 0) + w.rows.length;
      pushed += w.rows.length;
      if (w.table.local === 'customers') erased += w.gone.length;
      else tombstones += w.gone.length;
    }
    db.transaction(() => {
      setState(db, 'cursor', String(batch.last));
      // The last row stays: the next number is past it even when nothing else is queued.
      stmt(db, 'DELETE FROM sync_outbox WHERE seq < ?').run(batch.last);
    })();
    batches += 1;
    options.onBatch?.(batches);
  }
  return { pushed, byTable, tombstones, erased, batches, queueLeft: queueLength(db) };
}

interface Batch {
  readonly last: number;
  readonly work: readonly BatchRows[];
}

/** The outbox keys after `after` (a batch of them) and the current state of the records they name. */
function readNext(db: Db, after: number, size: number, digestKey: Buffer): Batch | null {
  const keys = stmt(db, 'SELECT seq, tbl, id FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?').all(after, size) as {
    seq: number;
    tbl: string;
    id: string;
  }[];
  if (keys.length === 0) return null;
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
  return { last: keys[keys.length - 1]!.seq, work };
}

async function inTransaction(client: ClientBase, run: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await run();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
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

/**
 * A batch as ONE statement: per table an `INSERT … SELECT FROM unnest(arrays) ON CONFLICT … WHERE version <=` for
 * the records that exist here and a version-guarded tombstone UPDATE for those gone, each a data-modifying CTE
 * (they touch different rows). Null when the batch has nothing but erasures.
 */
function batchStatement(work: readonly BatchRows[], branchId: string): { text: string; values: unknown[] } | null {
  const values: unknown[] = [branchId];
  const param = (value: unknown, type: string) => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const parts: string[] = [];
  for (const { table, rows, gone } of work) {
    if (rows.length) {
      const names = table.columns.map(([n]) => n);
      const types = ['text', 'bigint', ...table.columns.map(([, type]) => type)];
      const arrays = types.map((type, i) =>
        param(
          rows.map((r) => r[i] ?? null),
          `${type}[]`,
        ),
      );
      parts.push(`INSERT INTO dossier.${table.remote} AS t (branch_id, id, version, ${names.join(', ')})
        SELECT $1::uuid, * FROM unnest(${arrays.join(', ')})
        ON CONFLICT (branch_id, id) DO UPDATE SET version = excluded.version, pushed_at = now(),
          ${names.map((n) => `${n} = excluded.${n}`).join(', ')}
        WHERE t.version <= excluded.version`);
    }
    // Records deleted at the branch stay at head office, marked deleted (unless a newer version is there).
    if (gone.length && table.local !== 'customers')
      parts.push(`UPDATE dossier.${table.remote} AS t SET deleted_at = coalesce(t.deleted_at, now()),
          version = v.version, pushed_at = now()
        FROM unnest(${param(
          gone.map((g) => g.id),
          'text[]',
        )}, ${param(
          gone.map((g) => g.version),
          'bigint[]',
        )}) AS v(id, version)
        WHERE t.branch_id = $1 AND t.id = v.id AND t.version <= v.version`);
  }
  if (parts.length === 0) return null;
  return { text: `WITH ${parts.map((p, i) => `w${i} AS (${p})`).join(', ')} SELECT 1`, values };
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
