/**
 * Fault injection: `dossier` killed with SIGKILL at random moments while it imports, undoes an import, backs up,
 * restores, changes the passphrase of an encrypted file or erases a customer. After every kill the file passes
 * `integrity_check` and `foreign_key_check`, holds the whole work or none of it, and the app opens it again without
 * an error (or, for an encrypted file, exactly one of the two passphrases opens it, with every row).
 *
 * DOSSIER_SOAK_TRIALS sets the number of trials (`npm run soak`: 1,000); DOSSIER_FAULT_SEED repeats a run's kills.
 */
import { mulberry32 } from '../../../electron/core/seed/random';
import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { forgetKey, rememberKey } from '../../../electron/core/db/cipher';
import { openConnection, type Db } from '../../../electron/core/db/open';
import { createCore } from '../../../electron/core/index';
import { seedDemo } from '../../../electron/core/seed/demo';
import type { BackupEntry } from '../../../shared/backup/types';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import { DossierError, unwrap, type Reply } from '../../../shared/result';
import { BRANCH_LIST_HEADERS, branchListRows } from '../../fixtures/branch-list';
import { csvText, residentId } from '../../fixtures/spreadsheets';
import { cliBundle, runCli } from '../../faults/harness';
import { checkSearchIndexes, contentSnapshot, snapshot } from '../import/snapshot';

const TRIALS = Math.max(6, Number(process.env.DOSSIER_SOAK_TRIALS ?? 54));
const SEED = Number(process.env.DOSSIER_FAULT_SEED ?? Date.now() % 1_000_000);
const random = mulberry32(SEED);
/** Customers in the seeded database: an 8 MB file, so a copy, a restore and a rekey take a moment worth killing. */
const CUSTOMERS = 2000;
/** Rows of the imported file: new customers, after updates of 40 known ones. */
const ROWS = 3000;
/** Live customers of the seeded database: half the seeded ones went to the recycle bin after the backup. */
const LIVE = CUSTOMERS / 2 + 1;
const EMPLOYER = '舟山海星远洋渔业有限公司';
const KEY_A = '旧口令 old passphrase 2026';
const KEY_B = '新口令 new passphrase 2027';

const ops = ['import', 'undo', 'backup', 'restore', 'rekey', 'erase'] as const;
type Op = (typeof ops)[number];
/** Each operation's share of the trials. */
const perOp = Math.ceil(TRIALS / ops.length);
/** Each operation's test: up to 20 s a trial (a rekey on a busy machine), and the set-up. */
const TIMEOUT = 60_000 + perOp * 20_000;

let work = '';
let csv = '';
let batchId = '';
let restoreFrom = '';
let eraseId = '';
let eraseIdNumber = '';
let eraseMobile = '';
let restoredCount = 0;
let undoneLive = 0;
let keyFileA = '';
let keyFileB = '';
const snapshots = {} as Record<'import' | 'undo', Record<string, string>>;
/** How long each operation takes when left alone (the window kills are spread over). */
const duration = {} as Record<Op, number>;
/** How long `dossier check` takes (start-up and opening the database): kills before that prove little. */
let startup = 0;
const outcomes = {} as Record<Op, { before: number; after: number; finished: number }>;
/** Import kills that left slices committed, rolled back when the file was opened again. */
let rolledBack = 0;
/** The import commits in slices of 20 ms here (250 in use), so the kills land between slices as well as in one. */
const SLICES = { DOSSIER_IMPORT_SLICE_MS: '20' };

/**
 * The app opening the file again rolls back what a killed import left (every host does, first); then the rows of
 * any batch still `applying` are half-applied work.
 */
async function recover(path: string): Promise<{ left: number; halfApplied: number }> {
  const rows = (sql: string): number => {
    const db = openConnection(path);
    try {
      return count(db, sql);
    } finally {
      db.close();
    }
  };
  const left = rows("SELECT count(*) AS n FROM import_batches WHERE state = 'applying'");
  createCore({ dbPath: path, host: 'cli', backups: false }).close();
  const halfApplied = rows(
    "SELECT count(*) AS n FROM import_batch_items WHERE batch_id IN (SELECT id FROM import_batches WHERE state = 'applying')",
  );
  return { left, halfApplied };
}

function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

/** integrity_check and foreign_key_check of a file (opened with `key` when encrypted), then `check` on it. */
function assertWhole(path: string, key?: string): void {
  const db = openConnection(path, key === undefined ? {} : { key });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
}

/** The app opens the file again (no error), and answers its customer list with `total` rows. */
async function assertOpens(path: string, total: number, key?: string): Promise<void> {
  if (key !== undefined) rememberKey(key);
  try {
    const core = createCore({ dbPath: path, host: 'web', backups: false });
    try {
      const list = unwrap((await core.dispatch('customers.list', {})) as Reply<Page<CustomerRow>>);
      expect(list.total).toBe(total);
    } finally {
      core.close();
    }
  } finally {
    if (key !== undefined) forgetKey(key);
  }
}

/**
 * Each operation's latest trial folder. The previous one is removed when the next starts (its checks are done by
 * then), so a 1,000-trial soak holds one copy per operation instead of every copy (it once filled the disk); a
 * failed run keeps its folder for a look.
 */
const lastTrial = new Map<Op, string>();
let failed = false;

function trialDir(op: Op, n: number | string): string {
  const previous = lastTrial.get(op);
  if (previous) rmSync(previous, { recursive: true, force: true });
  const dir = join(work, `${op}-${n}`);
  cpSync(join(work, `template-${op}`), dir, { recursive: true });
  lastTrial.set(op, dir);
  return dir;
}

afterEach((context) => {
  if (context.task.result?.state === 'fail') failed = true;
});

beforeAll(async () => {
  await cliBundle();
  work = mkdtempSync(join(tmpdir(), 'dossier-faults-'));
  const base = join(work, 'base');
  const basePath = join(base, 'dossier.db');
  const core = createCore({ dbPath: basePath, host: 'cli' });
  seedDemo(core.db, { customers: CUSTOMERS, seed: 17 });
  // The customer to erase, entered through the app: an ID number and a mobile in the audit log, calls on the timeline.
  const victim = unwrap(
    (await core.dispatch('customers.create', {
      customer: {
        kind: 'person',
        name: '李建国',
        mobile: '13987654321',
        idNumber: residentId('110105', '19670315', '003'),
      },
    })) as Reply<{ id: string; idNumber: string; mobile: string }>,
  );
  for (const summary of ['电话回访：咨询定期存款到期转存', '到网点办理理财产品赎回', '微信沟通：更新家庭住址'])
    unwrap(
      (await core.dispatch('interactions.create', {
        customerId: victim.id,
        kind: 'call',
        occurredAt: '2026-11-20T02:30:00.000Z',
        summary,
      })) as Reply<unknown>,
    );
  eraseId = victim.id;
  eraseIdNumber = victim.idNumber;
  eraseMobile = victim.mobile;
  // An older state to restore: the backup is taken, then half the customers go to the recycle bin.
  const older = unwrap((await core.dispatch('backup.create', {})) as Reply<BackupEntry>);
  core.db
    .prepare("UPDATE customers SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE rowid % 2 = 0 AND id <> ?")
    .run(victim.id);
  const known = core.db
    .prepare(
      "SELECT name, mobile FROM customers WHERE kind = 'person' AND mobile IS NOT NULL AND employer IS NULL AND deleted_at IS NULL ORDER BY rowid LIMIT 40",
    )
    .all() as { name: string; mobile: string }[];
  core.close();
  restoreFrom = older.path;
  restoredCount = CUSTOMERS + 1;

  csv = join(work, '全行客户名单.csv');
  const updates = known.map((c) => [c.name, '', c.mobile, '', EMPLOYER, '杭州市西湖区文三路90号', '老客户']);
  writeFileSync(csv, iconv.encode(csvText(BRANCH_LIST_HEADERS, [...updates, ...branchListRows(ROWS, 50_000)]), 'gbk'));
  keyFileA = join(work, 'a.key');
  keyFileB = join(work, 'b.key');
  writeFileSync(keyFileA, KEY_A, { mode: 0o600 });
  writeFileSync(keyFileB, KEY_B, { mode: 0o600 });

  for (const op of ['import', 'backup', 'restore', 'erase'] as const)
    cpSync(base, join(work, `template-${op}`), { recursive: true });
  // The undo's template: the base with the file imported (its batch id kept).
  cpSync(base, join(work, 'template-undo'), { recursive: true });
  const imported = await runCli(
    ['import', csv, '--db', join(work, 'template-undo', 'dossier.db'), '--on-duplicate', 'fill', '--json'],
    {},
    SLICES,
  );
  expect(imported.code, imported.stderr).toBe(0);
  const summary = JSON.parse(imported.stdout) as { batchId: string; created: number; updated: number };
  expect(summary).toMatchObject({ created: ROWS, updated: 40 });
  batchId = summary.batchId;
  duration.import = imported.ms;
  // The rekey's template: the base encrypted under KEY_A.
  cpSync(base, join(work, 'template-rekey'), { recursive: true });
  const enabled = await runCli([
    'encryption',
    'enable',
    '--new-key-file',
    keyFileA,
    '--db',
    join(work, 'template-rekey', 'dossier.db'),
  ]);
  expect(enabled.code, enabled.stderr).toBe(0);

  const open = (op: 'import' | 'undo') => new Database(join(work, `template-${op}`, 'dossier.db'), { readonly: true });
  for (const op of ['import', 'undo'] as const) {
    const db = open(op);
    snapshots[op] = op === 'import' ? contentSnapshot(db) : snapshot(db);
    db.close();
  }
  for (const op of ops) outcomes[op] = { before: 0, after: 0, finished: 0 };
  const check = await runCli(['check', '--db', join(trialDir('import', 'check'), 'dossier.db')]);
  expect(check.code, check.stderr).toBe(0);
  startup = check.ms;
  // The other operations' times, run once whole on a copy.
  const timed: Record<Exclude<Op, 'import'>, (db: string) => string[]> = {
    undo: (db) => ['import', 'undo', batchId, '--db', db],
    backup: (db) => ['backup', 'create', '--db', db],
    restore: (db) => ['backup', 'restore', restoreFrom, '--db', db],
    rekey: (db) => ['encryption', 'rekey', '--key-file', keyFileA, '--new-key-file', keyFileB, '--db', db],
    erase: (db) => ['customer', 'erase', eraseId, '--db', db],
  };
  for (const [op, args] of Object.entries(timed) as [Exclude<Op, 'import'>, (db: string) => string[]][]) {
    const path = join(trialDir(op, 0), 'dossier.db');
    const run = await runCli(args(path));
    expect(run.code, `${op}: ${run.stderr}`).toBe(0);
    duration[op] = run.ms;
    // The state a whole undo leaves (the import's customers gone, the updated ones as they were).
    if (op === 'undo') {
      const db = new Database(path, { readonly: true });
      undoneLive = count(db, 'SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL');
      db.close();
    }
  }
}, 180_000);

afterAll(() => {
  console.log(
    `fault injection, seed ${SEED}, ${perOp} kills per operation, start-up ${startup} ms; outcome (work absent / whole / finished before the kill):\n` +
      ops.map((op) => `  ${op}: ${JSON.stringify(outcomes[op])} of ~${duration[op]} ms`).join('\n') +
      `\n  import kills that left slices committed, rolled back on opening: ${rolledBack}`,
  );
  if (failed) console.log(`fault injection: the failed trial's files are kept in ${work}`);
  else if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * One trial: a fresh copy of the operation's template, `args(path)` killed at a random moment between the time the
 * CLI takes to open the database and the end of the operation's own run time. A run that ended before its kill (the machine got faster) is checked to have ended
 * well, its time becomes the operation's, and the trial is tried again on a fresh copy (up to three times).
 */
async function killTrial(
  op: Op,
  n: number,
  args: (path: string) => string[],
  env: Readonly<Record<string, string>> = {},
  /** Killed when the output says this instead of after a random time (an import part-way through its slices). */
  output?: (text: string) => boolean,
): Promise<{ dir: string; path: string; killed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const dir = trialDir(op, `${n}-${attempt}`);
    const path = join(dir, 'dossier.db');
    // From about when the database is open (a `check` ends there) to the operation's end.
    const from = Math.min(startup * 0.9, duration[op] * 0.8);
    const ms = Math.round(from + (duration[op] - from) * 1.05 * random());
    const run = await runCli(args(path), output ? { output } : { ms }, env);
    if (run.killed) return { dir, path, killed: true };
    expect(run.code, `${op} (seed ${SEED}): ${run.stderr}`).toBe(0);
    outcomes[op].finished++;
    duration[op] = run.ms;
    if (attempt === 3) return { dir, path, killed: false };
  }
}

describe(`dossier killed at random moments (seed ${SEED})`, () => {
  it(
    `an import killed ${perOp} times: the whole file or nothing, the search indexes whole`,
    async () => {
      for (let n = 1; n <= perOp; n++) {
        // Every other trial is killed once the progress says a random share of the rows is in: after slices.
        const share = Math.round((ROWS + 40) * (0.1 + 0.8 * random()));
        const { path, killed } = await killTrial(
          'import',
          n,
          (path) => ['import', csv, '--db', path, '--on-duplicate', 'fill'],
          SLICES,
          n % 2 === 0
            ? (text) => [...text.matchAll(/Importing… (\d+)\//g)].some((m) => Number(m[1]) >= share)
            : undefined,
        );
        assertWhole(path);
        const { left, halfApplied } = await recover(path);
        expect(halfApplied, `import trial ${n}, seed ${SEED}`).toBe(0);
        if (left > 0) rolledBack++;
        assertWhole(path);
        const db = openConnection(path);
        try {
          checkSearchIndexes(db);
          const batches = count(db, 'SELECT count(*) AS n FROM import_batches');
          if (batches === 0) {
            expect(contentSnapshot(db), `import trial ${n}, seed ${SEED}`).toEqual(snapshots.import);
            if (killed) outcomes.import.before++;
          } else {
            expect(batches).toBe(1);
            expect(count(db, "SELECT count(*) AS n FROM import_batches WHERE state = 'done'")).toBe(1);
            expect(count(db, 'SELECT count(*) AS n FROM import_batch_items')).toBe(ROWS + 40);
            expect(count(db, 'SELECT count(*) AS n FROM customers WHERE employer = ?', EMPLOYER)).toBe(40);
            if (killed) outcomes.import.after++;
          }
          await assertOpens(path, batches === 0 ? LIVE : LIVE + ROWS);
        } finally {
          db.close();
        }
      }
    },
    TIMEOUT,
  );

  it(
    `an undo killed ${perOp} times: the batch all there or all undone`,
    async () => {
      for (let n = 1; n <= perOp; n++) {
        const { path, killed } = await killTrial('undo', n, (path) => ['import', 'undo', batchId, '--db', path]);
        assertWhole(path);
        const db = openConnection(path);
        try {
          checkSearchIndexes(db);
          const undone = db.prepare('SELECT undone_at AS at FROM import_batches WHERE id = ?').pluck().get(batchId);
          if (undone === null) {
            expect(snapshot(db), `undo trial ${n}, seed ${SEED}`).toEqual(snapshots.undo);
            if (killed) outcomes.undo.before++;
          } else {
            expect(count(db, 'SELECT count(*) AS n FROM customers WHERE employer = ?', EMPLOYER)).toBe(0);
            expect(count(db, 'SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL')).toBe(undoneLive);
            if (killed) outcomes.undo.after++;
          }
          await assertOpens(path, undone === null ? LIVE + ROWS : undoneLive);
        } finally {
          db.close();
        }
      }
    },
    TIMEOUT,
  );

  it(
    `a backup killed ${perOp} times: the database untouched, only whole backups listed`,
    async () => {
      for (let n = 1; n <= perOp; n++) {
        const { path, killed } = await killTrial('backup', n, (path) => ['backup', 'create', '--db', path]);
        assertWhole(path);
        const core = createCore({ dbPath: path, host: 'web', backups: false });
        let listed: BackupEntry[];
        try {
          listed = unwrap((await core.dispatch('backup.list', {})) as Reply<{ backups: BackupEntry[] }>).backups;
        } finally {
          core.close();
        }
        // The template's own backup, and the new one if it was finished.
        expect(listed.length).toBeGreaterThanOrEqual(1);
        expect(listed.length).toBeLessThanOrEqual(2);
        for (const b of listed) assertWhole(b.path);
        if (killed) outcomes.backup[listed.length === 2 ? 'after' : 'before']++;
        await assertOpens(path, LIVE);
      }
    },
    TIMEOUT,
  );

  it(
    `a restore killed ${perOp} times: the state before or the backup's, never a mix`,
    async () => {
      for (let n = 1; n <= perOp; n++) {
        const { dir, path, killed } = await killTrial('restore', n, (path) => [
          'backup',
          'restore',
          restoreFrom,
          '--db',
          path,
        ]);
        // The app opens it first, as a user would: a restore that was replacing the file is finished or taken back.
        const core = createCore({ dbPath: path, host: 'web', backups: false });
        let total: number;
        try {
          total = unwrap((await core.dispatch('customers.list', {})) as Reply<Page<CustomerRow>>).total;
        } finally {
          core.close();
        }
        assertWhole(path);
        expect([LIVE, restoredCount], `restore trial ${n}, seed ${SEED}`).toContain(total);
        for (const name of readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.db')))
          assertWhole(join(dir, 'backups', name));
        if (killed) outcomes.restore[total === restoredCount ? 'after' : 'before']++;
      }
    },
    TIMEOUT,
  );

  it(
    `a passphrase change killed ${perOp} times: exactly one of the two passphrases opens the whole file`,
    async () => {
      for (let n = 1; n <= perOp; n++) {
        const { path, killed } = await killTrial('rekey', n, (path) => [
          'encryption',
          'rekey',
          '--key-file',
          keyFileA,
          '--new-key-file',
          keyFileB,
          '--db',
          path,
        ]);
        const opensWith = [KEY_A, KEY_B].filter((key) => {
          try {
            openConnection(path, { key }).close();
            return true;
          } catch (error) {
            // The other passphrase is told as a wrong key, never as a damaged file.
            expect(error instanceof DossierError ? error.code : String(error)).toBe('db_wrong_key');
            return false;
          }
        });
        expect(opensWith, `rekey trial ${n}, seed ${SEED}`).toHaveLength(1);
        const key = opensWith[0] as string;
        // A rollback journal left by the kill is played back by the first connection that writes.
        await assertOpens(path, LIVE, key);
        assertWhole(path, key);
        if (killed) outcomes.rekey[key === KEY_B ? 'after' : 'before']++;
      }
    },
    TIMEOUT,
  );

  it(
    `an erase killed ${perOp} times: the customer whole or gone with every trace`,
    async () => {
      const hanging = ['interactions', 'transactions', 'callbacks', 'customer_tags', 'customer_segments'];
      const template = new Database(join(work, 'template-erase', 'dossier.db'), { readonly: true });
      const before = Object.fromEntries(
        hanging.map((t) => [t, count(template, `SELECT count(*) AS n FROM ${t} WHERE customer_id = ?`, eraseId)]),
      );
      template.close();
      for (let n = 1; n <= perOp; n++) {
        const { path, killed } = await killTrial('erase', n, (path) => ['customer', 'erase', eraseId, '--db', path]);
        assertWhole(path);
        const db = openConnection(path);
        let gone: boolean;
        try {
          gone = count(db, 'SELECT count(*) AS n FROM customers WHERE id = ?', eraseId) === 0;
          const now = Object.fromEntries(
            hanging.map((t) => [t, count(db, `SELECT count(*) AS n FROM ${t} WHERE customer_id = ?`, eraseId)]),
          );
          const inAudit = count(db, 'SELECT count(*) AS n FROM audit_log WHERE instr(changes, ?) > 0', eraseIdNumber);
          if (gone) {
            expect(now).toEqual(Object.fromEntries(hanging.map((t) => [t, 0])));
            expect(inAudit).toBe(0);
          } else {
            expect(now, `erase trial ${n}, seed ${SEED}`).toEqual(before);
          }
        } finally {
          db.close();
        }
        if (gone) {
          // Once the app has opened it the bytes hold neither the ID number nor the mobile.
          await assertOpens(path, LIVE - 1);
          const bytes = readFileSync(path);
          expect(bytes.includes(Buffer.from(eraseIdNumber))).toBe(false);
          expect(bytes.includes(Buffer.from(eraseMobile))).toBe(false);
        } else await assertOpens(path, LIVE);
        if (killed) outcomes.erase[gone ? 'after' : 'before']++;
      }
    },
    TIMEOUT,
  );
});
