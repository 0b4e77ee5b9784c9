/**
 * Bulk changes on the customer list ("all N matching the filter"): add and remove a tag, change the account manager,
 * send to the recycle bin and undo, over a seeded branch. Times the set-based statements of
 * electron/core/customers/bulk.ts against the row-by-row version they replaced (kept below, for this comparison
 * only), alternating the two in one process so that both see the same machine load.
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
import { audit } from '../../electron/core/audit/log';
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

// ---- The row-by-row version (before the set-based statements), unchanged but for its names. ----

/** As many tags as the customer form allows. */
const MAX_TAGS = 50;

interface Target {
  readonly id: string;
  readonly tags: string;
  readonly ownerId: string | null;
}

/** The live customers the bulk change takes, read in blocks of ids (a filter may match tens of thousands). */
function targets(db: Db, target: CustomerBulkInput['target']): Target[] {
  const ids = 'ids' in target ? [...new Set(target.ids)] : matchingIds(db, target.filter);
  const read = stmt(
    db,
    `SELECT id, tags, owner_id AS ownerId FROM customers
     WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  );
  const out: Target[] = [];
  for (let i = 0; i < ids.length; i += 5000)
    out.push(...(read.all(JSON.stringify(ids.slice(i, i + 5000))) as Target[]));
  return out;
}

const TOUCH = 'updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL';

function rowByRowChange(db: Db, input: CustomerBulkInput, actor: string | null): BulkResult {
  const { action } = input;
  if (action.kind === 'setOwner' && action.ownerId !== null) assertStaff(db, action.ownerId);
  return db.transaction((): BulkResult => {
    // Read inside the transaction: what is changed is what was matched.
    const customers = targets(db, input.target);
    const now = nowIso();
    let changed = 0;
    if (action.kind === 'delete') {
      const remove = stmt(
        db,
        'UPDATE customers SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL',
      );
      for (const c of customers) {
        remove.run(now, actor, c.id);
        audit(db, { entity: 'customer', entityId: c.id, action: 'delete', staffId: actor, changes: { bulk: true } });
        changed++;
      }
      return { matched: customers.length, changed, deletedAt: changed > 0 ? now : null };
    }
    if (action.kind === 'setOwner') {
      const hand = stmt(db, `UPDATE customers SET owner_id = ?, ${TOUCH}`);
      for (const c of customers) {
        if (c.ownerId === action.ownerId) continue;
        hand.run(action.ownerId, now, actor, c.id);
        const changes = { ownerId: [c.ownerId, action.ownerId] };
        audit(db, { entity: 'customer', entityId: c.id, action: 'update', staffId: actor, changes });
        changed++;
      }
      return { matched: customers.length, changed, deletedAt: null };
    }
    const adding = action.kind === 'addTag';
    const retag = stmt(db, `UPDATE customers SET tags = ?, ${TOUCH}`);
    const link = adding
      ? stmt(db, 'INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)')
      : stmt(db, 'DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?');
    for (const c of customers) {
      const before = JSON.parse(c.tags) as string[];
      const holds = before.includes(action.tag);
      if (holds === adding) continue;
      const after = adding ? [...before, action.tag] : before.filter((tag) => tag !== action.tag);
      // Refused whole, before anything is kept: the transaction rolls back what was already changed.
      if (after.length > MAX_TAGS)
        throw new DossierError({
          code: 'validation',
          message: `A customer would have more than ${MAX_TAGS} tags`,
          issues: [{ path: 'action.tag', code: 'tag.tooMany' }],
        });
      retag.run(JSON.stringify(after), now, actor, c.id);
      link.run(c.id, action.tag);
      audit(db, {
        entity: 'customer',
        entityId: c.id,
        action: 'update',
        staffId: actor,
        changes: { tags: [before, after] },
      });
      changed++;
    }
    return { matched: customers.length, changed, deletedAt: null };
  })();
}

/** Brings back the customers one bulk delete sent to the recycle bin (those still there, deleted at its stamp). */
function rowByRowUndo(db: Db, deletedAt: string, actor: string | null): { restored: number } {
  return db.transaction(() => {
    const ids = (stmt(db, 'SELECT id FROM customers WHERE deleted_at = ?').all(deletedAt) as { id: string }[]).map(
      (row) => row.id,
    );
    const restore = stmt(
      db,
      'UPDATE customers SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?',
    );
    const now = nowIso();
    for (const id of ids) {
      restore.run(now, actor, id);
      audit(db, { entity: 'customer', entityId: id, action: 'restore', staffId: actor, changes: { bulk: true } });
    }
    return { restored: ids.length };
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
  { name: 'row by row', change: rowByRowChange, undo: rowByRowUndo },
  { name: 'set-based', change: bulkChange, undo: undoBulkDelete },
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
