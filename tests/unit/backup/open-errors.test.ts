/**
 * Opening or writing a database that cannot be used says why: a damaged file, a newer version, a read-only or
 * forbidden folder, a full disk, another writer. Only real damage is `db_corrupt`.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/core/dispatch';
import { openDatabase } from '../../../electron/core/db/open';
import { createCore } from '../../../electron/core/index';
import type { BackupEntry } from '../../../shared/backup/types';
import type { Recovery } from '../../../shared/backup/contract';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import { DossierError, unwrap, type Reply } from '../../../shared/result';
import { bundle } from '../import/bundle';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof DossierError ? error.code : `not a DossierError: ${String(error)}`;
  }
  return 'opened';
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-open-'));
}

let cli = '';
beforeAll(async () => {
  cli = await bundle('electron/cli/main.ts', 'cli');
  // Readable by the unprivileged user below too.
  chmodSync(dirname(cli), 0o755);
}, 30_000);

const asRoot = process.getuid?.() === 0;

/**
 * `dossier check --json` as staff without admin rights: as root, run as an unprivileged user (uid 65534) on files
 * root owns; otherwise as the current user, whose own folder and file are made read-only below.
 */
function checkAsStaff(dbPath: string): { code?: string; message?: string } {
  const out = spawnSync(process.execPath, [cli, 'check', '--db', dbPath, '--json'], {
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    env: { ...process.env, LANG: 'en_US.UTF-8', HOME: tmpdir() },
    encoding: 'utf8',
  });
  if (!out.stdout) throw new Error(`dossier check printed nothing: ${out.stderr}`);
  return (JSON.parse(out.stdout) as { error?: { code?: string; message?: string } }).error ?? {};
}

describe('opening a database that cannot be used', () => {
  it('calls a garbage file damaged', () => {
    const path = join(freshDir(), 'dossier.db');
    writeFileSync(path, 'Kundenliste 张伟 13812345678\n'.repeat(300));
    expect(codeOf(() => openDatabase(path))).toBe('db_corrupt');
  });

  it('calls a file from a newer Dossier newer, not damaged', () => {
    const path = join(freshDir(), 'dossier.db');
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(codeOf(() => openDatabase(path))).toBe('db_too_new');
  });

  it('offers the newest good backup when the app finds its file damaged', async () => {
    const dir = freshDir();
    const dbPath = join(dir, 'dossier.db');
    const first = createCore({ dbPath, host: 'cli' });
    await first.dispatch('customers.create', { customer: { kind: 'person', name: '王芳', mobile: '13612345678' } });
    const made = await first.dispatch('backup.create', {});
    first.close();
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x41));

    const app = createCore({ dbPath, host: 'web', backups: false });
    const refused = await app.dispatch('customers.list', {});
    expect(refused.ok ? null : refused.error.code).toBe('db_corrupt');
    const recovery = unwrap((await app.dispatch('backup.recovery', {})) as Reply<Recovery>);
    expect(recovery.problem?.code).toBe('db_corrupt');
    expect(recovery.backup?.name).toBe(unwrap(made as Reply<BackupEntry>).name);
    const recovered = await app.dispatch('backup.recover', { path: recovery.backup?.path });
    expect(recovered.ok).toBe(true);
    const list = unwrap((await app.dispatch('customers.list', {})) as Reply<Page<CustomerRow>>);
    expect(list.rows.map((r) => r.name)).toEqual(['王芳']);
    app.close();
  });

  it('tells the CLI user the backup and the command that restores it', async () => {
    const dir = freshDir();
    const dbPath = join(dir, 'dossier.db');
    const first = createCore({ dbPath, host: 'cli' });
    const made = await first.dispatch('backup.create', {});
    first.close();
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x41));
    const out = spawnSync(process.execPath, [cli, 'check', '--db', dbPath], {
      env: { ...process.env, LANG: 'en_US.UTF-8' },
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    const backup = unwrap(made as Reply<BackupEntry>);
    expect(out.stderr).toContain(backup.path);
    expect(out.stderr).toContain(`dossier backup restore "${backup.path}"`);
  });

  // POSIX permissions: Windows has none of these modes.
  it.runIf(process.platform !== 'win32')(
    'says read-only or no permission, never damaged, for a folder or file the user cannot write',
    () => {
      const dir = freshDir();
      chmodSync(dir, 0o755);
      const readOnlyDir = join(dir, 'read-only');
      mkdirSync(readOnlyDir, { mode: 0o755 });
      const dbPath = join(readOnlyDir, 'dossier.db');
      openDatabase(dbPath).close();
      // Root's folder and file are readable, not writable, for the other user; an ordinary user's own are made so.
      chmodSync(dbPath, asRoot ? 0o644 : 0o444);
      if (!asRoot) chmodSync(readOnlyDir, 0o555);
      const readOnly = checkAsStaff(dbPath);
      expect(['db_read_only', 'db_permission']).toContain(readOnly.code);
      expect(readOnly.message).not.toMatch(/cannot be opened/i);
      expect(readOnly.message).toContain('Your data is not damaged');

      chmodSync(dbPath, asRoot ? 0o600 : 0o000);
      const forbidden = checkAsStaff(dbPath);
      expect(forbidden.code).toBe('db_permission');
      chmodSync(readOnlyDir, 0o755);
    },
    // Two runs of the CLI, each starting Node: seconds on a busy machine.
    30_000,
  );
});

describe('writing when the disk is full or another writer holds the lock', () => {
  it('answers db_disk_full for SQLITE_FULL (a file capped with max_page_count)', async () => {
    const core = createCore({ dbPath: join(freshDir(), 'dossier.db'), host: 'cli' });
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages + 1}`);
    let reply;
    for (let i = 0; i < 200; i++) {
      reply = await core.dispatch('customers.create', {
        customer: { kind: 'person', name: `陈静${i}`, mobile: `1371234${String(1000 + i)}`, notes: 'x'.repeat(2000) },
      });
      if (!reply.ok) break;
    }
    expect(reply && !reply.ok ? reply.error.code : 'all saved').toBe('db_disk_full');
    core.close();
  });

  it('answers db_busy when another connection keeps the write lock past the wait', async () => {
    const dbPath = join(freshDir(), 'dossier.db');
    const core = createCore({ dbPath, host: 'cli' });
    core.db.pragma('busy_timeout = 50');
    const other = new Database(dbPath);
    other.exec('BEGIN IMMEDIATE');
    const dispatch = createDispatch(core.handlers, () => {});
    const reply = await dispatch('customers.create', {
      customer: { kind: 'person', name: '赵磊', mobile: '13512345678' },
    });
    other.exec('ROLLBACK');
    other.close();
    expect(reply.ok ? null : reply.error.code).toBe('db_busy');
    core.close();
  });
});
