/** The running app backs up every N hours of use; a change of N in Settings applies without a restart. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import type { BackupList, BackupSettings } from '../../../shared/backup/types';
import { unwrap, type Reply } from '../../../shared/result';

const MINUTE = 60_000;
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
  vi.useRealTimers();
});

async function reasons(app: Core): Promise<string[]> {
  return unwrap((await app.dispatch('backup.list', {})) as Reply<BackupList>).backups.map((b) => b.reason);
}

/** Waits (really) until the asynchronous copy has landed in the list. */
async function until(app: Core, check: (r: string[]) => boolean): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const now = await reasons(app);
    if (check(now)) return now;
    await new Promise((r) => setTimeout(r, 10));
  }
  return reasons(app);
}

it('backs up after the hours set in Settings, changed while the app runs, and not at all for 0', async () => {
  // Only the minute tick is simulated; the copies themselves run for real.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-schedule-')), 'dossier.db');
  core = createCore({ dbPath, host: 'web' });
  const app = core;
  expect(await until(app, (r) => r.length === 1)).toEqual(['start']);
  const save = async (everyHours: number) => {
    const next: BackupSettings = { retention: { today: 10, days: 7, weeks: 4 }, everyHours, secondFolder: null };
    expect((await app.dispatch('backup.settings.update', next)).ok).toBe(true);
  };

  // The default is 4 hours; set to 1 now, the next backup comes after the first hour, not the fourth.
  await save(1);
  vi.advanceTimersByTime(59 * MINUTE);
  expect(await reasons(app)).toEqual(['start']);
  vi.advanceTimersByTime(MINUTE);
  expect((await until(app, (r) => r.includes('periodic'))).sort()).toEqual(['periodic', 'start']);

  // 0: only at start and before risky changes.
  await save(0);
  vi.advanceTimersByTime(5 * 60 * MINUTE);
  await new Promise((r) => setTimeout(r, 100));
  expect((await reasons(app)).filter((r) => r === 'periodic')).toHaveLength(1);
});

it('answers the folder the desktop host picked, and nothing in a host without a dialog', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pick-'));
  const web = createCore({ dbPath: join(dir, 'web.db'), host: 'web', backups: false });
  expect(unwrap((await web.dispatch('backup.pick', { kind: 'folder' })) as Reply<{ path: string | null }>)).toEqual({
    path: null,
  });
  web.close();
  const asked: string[] = [];
  core = createCore({
    dbPath: join(dir, 'desktop.db'),
    host: 'desktop',
    backups: false,
    pick: (kind) => {
      asked.push(kind);
      return Promise.resolve(kind === 'folder' ? 'E:\\备份' : null);
    },
  });
  const folder = await core.dispatch('backup.pick', { kind: 'folder' });
  const file = await core.dispatch('backup.pick', { kind: 'file' });
  expect([folder, file]).toEqual([
    { ok: true, value: { path: 'E:\\备份' } },
    { ok: true, value: { path: null } },
  ]);
  expect(asked).toEqual(['folder', 'file']);
});
