/**
 * On a database file, as in the desktop app and the web host, backups are copied and checked in the backup worker
 * on its own connection: the host's thread keeps serving meanwhile, and the copies are the same as in-thread ones.
 * Bundled from source, so no `npm run build` is needed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import { call } from '../auth/auth-helpers';
import { bundle } from '../import/bundle';

let importWorkerPath = '';
beforeAll(async () => {
  const workerPath = await bundle('electron/core/backup/worker.ts', 'backup-worker');
  // The hosts name the import worker; the backup worker is bundled beside it.
  importWorkerPath = join(dirname(workerPath), 'import-worker.cjs');
}, 30_000);

/** Runs `work`; says whether the event loop turned (a timer ran) before it answered. */
async function turnsWhile<T>(work: () => Promise<T>): Promise<{ turned: boolean; value: T }> {
  let turned = false;
  const timer = setImmediate(() => (turned = true));
  const value = await work();
  const answer = { turned, value };
  clearImmediate(timer);
  return answer;
}

const names = async (core: Core): Promise<string[]> =>
  (await call(core, 'customers.list', { pageSize: 50 })).rows.map((r) => r.name).sort();

describe('the backup worker', () => {
  it('backs up, checks and restores off the host’s thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-backup-worker-'));
    const core = createCore({ dbPath: join(dir, 'branch.db'), host: 'cli', importWorkerPath });
    try {
      await call(core, 'customers.create', { customer: { kind: 'person', name: '张伟', mobile: '13812345678' } });
      const made = await turnsWhile(() => call(core, 'backup.create', {}));
      expect(made.turned).toBe(true);
      expect(made.value).toMatchObject({ reason: 'manual', verdict: 'ok' });
      expect(made.value.path.startsWith(join(dir, 'backups'))).toBe(true);

      const verified = await turnsWhile(() => call(core, 'backup.verify', { path: made.value.name }));
      expect(verified.turned).toBe(true);
      expect(verified.value.verdict).toBe('ok');

      await call(core, 'customers.create', { customer: { kind: 'person', name: 'Emily Carter' } });
      const restored = await call(core, 'backup.restore', { path: made.value.name });
      expect(await names(core)).toEqual(['张伟']);
      // The state the restore replaced was backed up (by the worker) and is listed to undo it.
      expect(restored.undoBackup).toMatchObject({ reason: 'restore', verdict: 'ok' });
      const list = await call(core, 'backup.list', {});
      expect(list.backups.map((b) => b.name)).toContain(restored.undoBackup.name);
    } finally {
      core.close();
    }
  }, 30_000);

  it('checks in the host’s thread when no worker is bundled (tests, in-memory databases)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-backup-here-'));
    const core = createCore({ dbPath: join(dir, 'branch.db'), host: 'cli', importWorkerPath: null });
    try {
      await call(core, 'customers.create', { customer: { kind: 'person', name: '张伟', mobile: '13812345678' } });
      const made = await call(core, 'backup.create', {});
      expect(made.verdict).toBe('ok');
      // The integrity check holds the thread here until it answers.
      const verified = await turnsWhile(() => call(core, 'backup.verify', { path: made.name }));
      expect(verified.value.verdict).toBe('ok');
      expect(verified.turned).toBe(false);
    } finally {
      core.close();
    }
  });
});
