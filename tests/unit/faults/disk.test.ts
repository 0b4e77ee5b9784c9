/**
 * A full disk and a read-only folder, as the user meets them. The full disk is a real one where this machine lets
 * the test mount a small tmpfs (root on Linux with mount allowed, as in a privileged container), else SQLite's own
 * SQLITE_FULL injected with `max_page_count`; the read-only folder is a read-only bind mount of the data folder where
 * mounting is allowed, else the folder as seen by a user without write access. The test names say which ran.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { seedDemo } from '../../../electron/core/seed/demo';
import { translate } from '../../../shared/i18n/index';
import type { JobStatus } from '../../../shared/import/types';
import { unwrap, type Reply } from '../../../shared/result';
import { branchListCsv } from '../../fixtures/branch-list';
import { cliBundle } from '../../faults/harness';

const asRoot = process.getuid?.() === 0;
const mounted: string[] = [];

/** Mounts `args` at a new folder; answers the folder, or null where this machine does not allow it. */
function tryMount(args: readonly string[]): string | null {
  // DOSSIER_FAULT_NO_MOUNT=1 runs the fallbacks where mounting works too.
  if (process.platform !== 'linux' || !asRoot || process.env.DOSSIER_FAULT_NO_MOUNT) return null;
  const at = mkdtempSync(join(tmpdir(), 'dossier-mount-'));
  const done = spawnSync('mount', [...args, at], { encoding: 'utf8' });
  if (done.status !== 0) return null;
  mounted.push(at);
  return at;
}

afterAll(() => {
  for (const at of mounted.reverse()) spawnSync('umount', [at]);
});

const smallDisk = tryMount(['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs']);

async function importJob(core: ReturnType<typeof createCore>, rows: number): Promise<JobStatus> {
  const { fileId } = unwrap(
    (await core.dispatch('files.upload', { name: '全行客户名单.csv', data: branchListCsv(rows) })) as Reply<{
      fileId: string;
    }>,
  );
  const { jobId } = unwrap((await core.dispatch('import.start', { fileId })) as Reply<{ jobId: string }>);
  for (;;) {
    const status = unwrap((await core.dispatch('jobs.get', { jobId })) as Reply<JobStatus>);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a full disk', () => {
  it(`stops an import with "disk full" and what to do, and nothing half-written (${
    smallDisk ? 'a 4 MB tmpfs' : 'SQLITE_FULL injected with max_page_count'
  })`, async () => {
    const dbPath = join(smallDisk ?? mkdtempSync(join(tmpdir(), 'dossier-full-')), 'dossier.db');
    // In this thread (no worker path): the injected limit is on this connection.
    const core = createCore({ dbPath, host: 'web', backups: false });
    try {
      seedDemo(core.db, { customers: 200, seed: 5 });
      const before = core.db.prepare('SELECT count(*) AS n FROM customers').pluck().get() as number;
      if (!smallDisk) {
        const pages = core.db.pragma('page_count', { simple: true }) as number;
        core.db.pragma(`max_page_count = ${pages + 300}`);
      }
      const job = await importJob(core, 30_000);
      expect(job.state).toBe('failed');
      expect(job.error?.code).toBe('db_disk_full');
      // What the user reads, in both languages: the disk is full, what to free, and that nothing is damaged.
      expect(translate('en', 'error.db_disk_full')).toMatch(/disk is full.*Free some space.*not damaged/);
      expect(translate('zh-CN', 'error.db_disk_full')).toMatch(/磁盘已满.*释放空间.*没有损坏/);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(core.db.prepare('SELECT count(*) AS n FROM import_batches').pluck().get()).toBe(0);
      expect(core.db.prepare('SELECT count(*) AS n FROM customers').pluck().get()).toBe(before);
      // A small write still fits once the import's pages are given back; the user can go on working.
      const saved = await core.dispatch('customers.create', {
        customer: { kind: 'person', name: '孙丽娟', mobile: '13612345670' },
      });
      expect(saved.ok).toBe(true);
    } finally {
      core.close();
    }
  }, 120_000);
});

const readOnlyMount = (() => {
  const source = mkdtempSync(join(tmpdir(), 'dossier-rw-'));
  const at = tryMount(['--bind', '-o', 'ro', source]);
  return at ? { source, at } : null;
})();

describe('a read-only folder', () => {
  it(`is told as read-only (not damaged) when the app opens its database there (${
    readOnlyMount ? 'a read-only bind mount' : asRoot ? 'as a user without write access' : 'a folder made read-only'
  })`, async () => {
    const cli = await cliBundle();
    let dbPath: string;
    const runAs: { uid?: number; gid?: number } = {};
    if (readOnlyMount) {
      const core = createCore({ dbPath: join(readOnlyMount.source, 'dossier.db'), host: 'cli' });
      await core.dispatch('customers.create', { customer: { kind: 'person', name: '钱国栋', mobile: '13712345678' } });
      core.close();
      dbPath = join(readOnlyMount.at, 'dossier.db');
    } else {
      const dir = join(mkdtempSync(join(tmpdir(), 'dossier-ro-')), 'data');
      mkdirSync(dir, { mode: 0o755 });
      dbPath = join(dir, 'dossier.db');
      createCore({ dbPath, host: 'cli' }).close();
      chmodSync(dirname(dirname(dbPath)), 0o755);
      chmodSync(dbPath, asRoot ? 0o644 : 0o444);
      if (!asRoot) chmodSync(dir, 0o555);
      if (asRoot) Object.assign(runAs, { uid: 65534, gid: 65534 });
      chmodSync(dirname(cli), 0o755);
    }
    for (const [lang, expected] of [
      ['en_US.UTF-8', readOnlyMount ? /read-only.*Your data is not damaged/ : /Your data is not damaged/],
      ['zh_CN.UTF-8', readOnlyMount ? /只读.*数据没有损坏/ : /数据没有损坏/],
    ] as const) {
      const out = spawnSync(process.execPath, [cli, 'check', '--db', dbPath, '--json'], {
        ...runAs,
        env: { ...process.env, LANG: lang, HOME: tmpdir() },
        encoding: 'utf8',
      });
      const error = (JSON.parse(out.stdout) as { error?: { code?: string; message?: string } }).error ?? {};
      // A read-only medium is read-only; a folder the user may not write is said as read-only or as a missing right.
      if (readOnlyMount) expect(error.code, out.stderr).toBe('db_read_only');
      else expect(['db_read_only', 'db_permission'], out.stderr).toContain(error.code);
      expect(error.message).toMatch(expected);
      expect(error.message).not.toMatch(/cannot be opened|damaged file/i);
    }
    if (!readOnlyMount) rmSync(dirname(dbPath), { recursive: true, force: true });
  }, 60_000);
});
