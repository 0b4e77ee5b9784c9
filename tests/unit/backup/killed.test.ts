/**
 * A backup or a restore whose process is killed leaves no half state: the database passes integrity_check and
 * holds either everything before or everything restored, and no half-written file is listed as a backup.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { seedDemo } from '../../../electron/core/seed/demo';
import type { BackupEntry } from '../../../shared/backup/types';
import { unwrap, type Reply } from '../../../shared/result';
import { bundle } from '../import/bundle';

let cli = '';
beforeAll(async () => {
  cli = await bundle('electron/cli/main.ts', 'cli');
}, 30_000);

function health(dbPath: string): { integrity: string; customers: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const customers = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
    return { integrity, customers };
  } finally {
    db.close();
  }
}

/** Runs `dossier …` and kills it with SIGKILL after `ms` (or lets it finish first). */
function runKilled(args: readonly string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a backup or restore whose process is killed', () => {
  it('leaves an intact database and only whole, intact backups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-killed-backup-'));
    const dbPath = join(dir, 'dossier.db');
    const core = createCore({ dbPath, host: 'cli' });
    seedDemo(core.db, { customers: 4000, seed: 11 });
    const small = unwrap((await core.dispatch('backup.create', {})) as Reply<BackupEntry>);
    core.db.prepare("UPDATE customers SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE rowid % 2 = 0").run();
    seedDemo(core.db, { customers: 2000, seed: 12 });
    core.close();
    const before = health(dbPath).customers;
    const restored = health(small.path).customers;
    expect(before).not.toBe(restored);

    for (const ms of [150, 300, 450, 600, 800]) {
      await runKilled(['backup', 'create', '--db', dbPath], ms);
      await runKilled(['backup', 'restore', small.path, '--db', dbPath], ms);
      const now = health(dbPath);
      expect(now.integrity).toBe('ok');
      // All before or all restored (later trials start from the restored state).
      expect([before, restored]).toContain(now.customers);
      const names = readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.db'));
      for (const name of names) expect(health(join(dir, 'backups', name)).integrity).toBe('ok');
    }
  }, 60_000);
});
