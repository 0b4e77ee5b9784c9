/**
 * Bulk changes on the customer list ("all N matching the filter"): add and remove a tag, change the account manager,
 * send to the recycle bin and undo, over a seeded branch. Times the row-by-row version in use
 * (electron/core/customers/bulk.ts) against a set-based candidate (below: one INSERT … SELECT or UPDATE … WHERE id IN
 * per step, the same audit entries), alternating the two in one process so that both see the same machine load.
 *
 *   npm run build && node dist/tests/customer-bulk-bench.cjs [--customers 100000] [--matching 50000] [--iterations 5]
 *
 * Prints the medians (wall and the process's CPU time) per action and version, and checks that both versions
 * changed the same customers and wrote the same number of audit entries. Always exits 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bulkChange, undoBulkDelete } from '../../electron/core/customers/bulk';
import { matchingIds } from '../../electron/core/customers/list';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { stmt } from '../../electron/core/db/sql';
import { nowIso } from '../../electron/core/ids';
import { seedDemo } from '../../electron/core/seed/demo';
import { assertStaff, createStaff } from '../../electron/core/staff/staff';
import { customerFilter, type CustomerBulkInput } from '../../shared/customers/schemas';
import type { BulkResult } from '../../shared/customers/types';
import { DossierError } from '../../shared/result';

// ---- The set-based candidate: the same changes as one statement each over a temporary table of targets. ----

const SET_MAX_TAGS = 50;

/** Ids per statement filling the target table. */
const BLOCK = 5000;

/** Fills temp.bulk_targets with the live customers the change takes; answers how many. Inside the transaction. */
function fillTargets(db: Db, target: CustomerBulkInput['target']): number {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_targets (id TEXT PRIMARY KEY) WITHOUT ROWID');
  stmt(db, 'DELETE FROM temp.bulk_targets').run();
  const ids = 'ids' in target ? target.ids : matchingIds(db, target.filter);
  const add = stmt(
    db,
    `INSERT OR IGNORE INTO temp.bulk_targets (id)
     SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL`,
  );
  for (let i = 0; i < ids.length; i += BLOCK) add.run(JSON.stringify(ids.slice(i, i + BLOCK)));
  return (stmt(db, 'SELECT count(*) AS n FROM temp.bulk_targets').get() as { n: number }).n;
}

/** The targets a change applies to, as `c`, with `holds` saying whether `c` already has the tag (parameter 1). */
const TARGETS = 'customers c JOIN temp.bulk_targets t ON t.id = c.id';
const HOLDS = 'EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)';
const AUDIT = 'INSERT INTO audit_log (at, staff_id, entity, entity_id, action, changes)';
const TOUCH = 'updated_at = ?, updated_by = ?';
const IN_TARGETS = 'id IN (SELECT id FROM temp.bulk_targets)';

function addTag(db: Db, tag: string, now: string, actor: string | null): number {
  const { n } = stmt(
    db,
    `SELECT count(*) AS n FROM ${TARGETS} WHERE NOT ${HOLDS} AND json_array_length(c.tags) >= ${SET_MAX_TAGS}`,
  ).get(tag) as { n: number };
  // Refused whole, before anything is written.
  if (n > 0)
    throw new DossierError({
      code: 'validation',
      message: `A customer would have more than ${SET_MAX_TAGS} tags`,
      issues: [{ path: 'action.tag', code: 'tag.tooMany' }],
    });
  stmt(
    db,
    `${AUDIT} SELECT ?, ?, 'customer', c.id, 'update',
       json_object('tags', json_array(json(c.tags), json_insert(c.tags, '$[#]', ?)))
     FROM ${TARGETS} WHERE NOT ${HOLDS}`,
  ).run(now, actor, tag, tag);
  stmt(
    db,
    `INSERT OR IGNORE INTO customer_tags (customer_id, tag) SELECT c.id, ? FROM ${TARGETS} WHERE NOT ${HOLDS}`,
  ).run(tag, tag);
  return stmt(
    db,
    `UPDATE customers AS c SET tags = json_insert(c.tags, '$[#]', ?), ${TOUCH}
     WHERE c.${IN_TARGETS} AND NOT ${HOLDS}`,
  ).run(tag, now, actor, tag).changes;
}

function removeTag(db: Db, tag: string, now: string, actor: string | null): number {
  const without = '(SELECT json_group_array(value) FROM json_each(c.tags) WHERE value <> ?)';
  stmt(
    db,
    `${AUDIT} SELECT ?, ?, 'customer', c.id, 'update', json_object('tags', json_array(json(c.tags), json(${without})))
     FROM ${TARGETS} WHERE ${HOLDS}`,
  ).run(now, actor, tag, tag);
  stmt(db, `DELETE FROM customer_tags WHERE tag = ? AND customer_${IN_TARGETS}`).run(tag);
  return stmt(db, `UPDATE customers AS c SET tags = ${without}, ${TOUCH} WHERE c.${IN_TARGETS} AND ${HOLDS}`).run(
    tag,
    now,
    actor,
    tag,
  ).changes;
}

function setOwner(db: Db, ownerId: string | null, now: string, actor: string | null): number {
  stmt(
    db,
    `${AUDIT} SELECT ?, ?, 'customer', c.id, 'update', json_object('ownerId', json_array(c.owner_id, ?))
     FROM ${TARGETS} WHERE c.owner_id IS NOT ?`,
  ).run(now, actor, ownerId, ownerId);
  return stmt(db, `UPDATE customers SET owner_id = ?, ${TOUCH} WHERE ${IN_TARGETS} AND owner_id IS NOT ?`).run(
    ownerId,
    now,
    actor,
    ownerId,
  ).changes;
}

function toRecycleBin(db: Db, now: string, actor: string | null): number {
  stmt(db, `${AUDIT} SELECT ?, ?, 'customer', c.id, 'delete', json_object('bulk', json('true')) FROM ${TARGETS}`).run(
    now,
    actor,
  );
  return stmt(db, `UPDATE customers SET deleted_at = ?, deleted_by = ? WHERE ${IN_TARGETS}`).run(now, actor).changes;
}

function setBasedChange(db: Db, input: CustomerBulkInput, actor: string | null): BulkResult {
  const { action } = input;
  if (action.kind === 'setOwner' && action.ownerId !== null) assertStaff(db, action.ownerId);
  return db.transaction((): BulkResult => {
    // Read inside the transaction: what is changed is what was matched.
    const matched = fillTargets(db, input.target);
    const now = nowIso();
    try {
      if (action.kind === 'delete') {
        const changed = toRecycleBin(db, now, actor);
        return { matched, changed, deletedAt: changed > 0 ? now : null };
      }
      const changed =
        action.kind === 'setOwner'
          ? setOwner(db, action.ownerId, now, actor)
          : action.kind === 'addTag'
            ? addTag(db, action.tag, now, actor)
            : removeTag(db, action.tag, now, actor);
      return { matched, changed, deletedAt: null };
    } finally {
      stmt(db, 'DELETE FROM temp.bulk_targets').run();
    }
  })();
}

/** Brings back the customers one bulk delete sent to the recycle bin (those still there, deleted at its stamp). */
function setBasedUndo(db: Db, deletedAt: string, actor: string | null): { restored: number } {
  return db.transaction(() => {
    const now = nowIso();
    stmt(
      db,
      `${AUDIT} SELECT ?, ?, 'customer', id, 'restore', json_object('bulk', json('true'))
       FROM customers WHERE deleted_at = ?`,
    ).run(now, actor, deletedAt);
    const restored = stmt(
      db,
      `UPDATE customers SET deleted_at = NULL, deleted_by = NULL, ${TOUCH} WHERE deleted_at = ?`,
    ).run(now, actor, deletedAt).changes;
    return { restored };
  })();
}

// ---- The benchmark. ----

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    matching: { type: 'string', default: '50000' },
    iterations: { type: 'string', default: '5' },
  },
});
const customers = Number(values.customers);
const wanted = Number(values.matching);
const iterations = Number(values.iterations);

interface Version {
  readonly name: string;
  readonly change: (db: Db, input: CustomerBulkInput, actor: string | null) => BulkResult;
  readonly undo: (db: Db, deletedAt: string, actor: string | null) => { restored: number };
}
const VERSIONS: readonly Version[] = [
  { name: 'row by row', change: bulkChange, undo: undoBulkDelete },
  { name: 'set-based', change: setBasedChange, undo: setBasedUndo },
];
const ACTIONS = ['add tag', 'remove tag', 'change account manager', 'delete', 'undo delete'] as const;
type Action = (typeof ACTIONS)[number];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'dossier-customer-bulk-bench-'));
const db = openDatabase(join(dir, 'branch.db'));
try {
  const seeded = performance.now();
  seedDemo(db, { customers, seed: 11, interactionsPerCustomer: 0 });
  const actor = createStaff(db, '王经理').id;
  const owners = [createStaff(db, '李强').id, createStaff(db, '陈静').id];
  db.exec('ANALYZE');
  // The demo's tags, most common first, until the filter ("any of these tags") matches about `--matching`.
  const tags = (
    db.prepare('SELECT tag, count(*) AS n FROM customer_tags GROUP BY tag ORDER BY n DESC').all() as { tag: string }[]
  ).map((r) => r.tag);
  let filter = customerFilter.parse({ tagMatch: 'any' });
  for (let k = 1; k <= tags.length; k += 1) {
    filter = customerFilter.parse({ tags: tags.slice(0, k), tagMatch: 'any' });
    if (matchingIds(db, filter).length >= wanted) break;
  }
  const matched = matchingIds(db, filter).length;
  console.log(
    `seeded ${customers} customers in ${((performance.now() - seeded) / 1000).toFixed(1)} s; the filter ` +
      `(any of ${(filter.tags ?? []).join(', ')}) matches ${matched}`,
  );

  const times = new Map<string, { wall: number[]; cpu: number[] }>();
  const counts = new Map<string, string>();
  const auditRows = (): number => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const time = (version: Version, action: Action, run: () => number): void => {
    const audits = auditRows();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const changed = run();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const key = `${action}|${version.name}`;
    const entry = times.get(key) ?? { wall: [], cpu: [] };
    entry.wall.push(wall);
    entry.cpu.push((used.user + used.system) / 1000);
    times.set(key, entry);
    counts.set(key, `${changed} changed, ${auditRows() - audits} audit entries`);
  };
  const target = { filter };
  for (let i = 0; i < iterations; i += 1) {
    for (const [k, version] of (i % 2 === 0 ? VERSIONS : [...VERSIONS].reverse()).entries()) {
      const tag = `回访邀约${i}`;
      time(version, 'add tag', () => version.change(db, { target, action: { kind: 'addTag', tag } }, actor).changed);
      time(
        version,
        'remove tag',
        () => version.change(db, { target, action: { kind: 'removeTag', tag } }, actor).changed,
      );
      // The second version of a round hands them to the other person, so both change every customer.
      const ownerId = owners[k]!;
      time(
        version,
        'change account manager',
        () => version.change(db, { target, action: { kind: 'setOwner', ownerId } }, actor).changed,
      );
      let deletedAt = '';
      time(version, 'delete', () => {
        const result = version.change(db, { target, action: { kind: 'delete' } }, actor);
        deletedAt = result.deletedAt ?? '';
        return result.changed;
      });
      time(version, 'undo delete', () => version.undo(db, deletedAt, actor).restored);
    }
  }
  console.log(`\n${iterations} runs each, alternating; median wall / CPU in ms`);
  console.log('action                  | row by row        | set-based         | wall ÷');
  for (const action of ACTIONS) {
    const [a, b] = VERSIONS.map((v) => times.get(`${action}|${v.name}`)!);
    const cell = (t: { wall: number[]; cpu: number[] }) =>
      `${median(t.wall).toFixed(0).padStart(7)} / ${median(t.cpu).toFixed(0).padStart(7)}`;
    console.log(
      `${action.padEnd(23)} | ${cell(a!)} | ${cell(b!)} | ${(median(a!.wall) / median(b!.wall)).toFixed(1)}×`,
    );
    const [ca, cb] = VERSIONS.map((v) => counts.get(`${action}|${v.name}`));
    if (ca !== cb) console.log(`  DIFFERENT RESULTS: row by row ${ca}; set-based ${cb}`);
    else console.log(`  both: ${ca}`);
  }
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
