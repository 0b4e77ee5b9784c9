/**
 * On a database file, as in the desktop app and the web host, an erase (which rewrites the whole file) runs in the
 * privacy worker on its own connection: the host's thread keeps serving while it runs, and the erase is as thorough
 * as in-thread. Bundled from source, so no `npm run build` is needed.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import { call } from '../auth/auth-helpers';
import { bundle } from '../import/bundle';

const MOBILE = '13812345678';

let workerPath = '';
beforeAll(async () => {
  workerPath = await bundle('electron/core/privacy/worker.ts', 'privacy-worker');
}, 30_000);

const fileBytes = (path: string): Buffer =>
  Buffer.concat([readFileSync(path), existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0)]);

/** Erases 张伟 through the dispatch; says whether the event loop turned (a timer ran) before the answer came. */
async function eraseZhang(core: Core): Promise<{ turned: boolean; name: string }> {
  const zhang = await call(core, 'customers.create', { customer: { kind: 'person', name: '张伟', mobile: MOBILE } });
  await call(core, 'customers.create', { customer: { kind: 'person', name: 'Emily Carter', mobile: '13987654321' } });
  let turned = false;
  const timer = setImmediate(() => (turned = true));
  const result = await call(core, 'privacy.erase', { id: zhang.id, confirm: '张伟' });
  const answer = { turned, name: result.name };
  clearImmediate(timer);
  return answer;
}

describe('the privacy worker', () => {
  it('erases off the host’s thread, and the file no longer holds the phone', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-privacy-worker-')), 'branch.db');
    // The hosts name the import worker; the privacy worker is bundled beside it.
    const core = createCore({ dbPath, host: 'web', importWorkerPath: join(dirname(workerPath), 'import-worker.cjs') });
    try {
      const { turned, name } = await eraseZhang(core);
      expect(name).toBe('张伟');
      expect(turned).toBe(true);
      // Written by the worker's connection, read here: 张伟 is gone, Emily Carter stays.
      const names = core.db.prepare('SELECT name FROM customers').pluck().all();
      expect(names).toEqual(['Emily Carter']);
      expect(fileBytes(dbPath).includes(Buffer.from(MOBILE))).toBe(false);
    } finally {
      core.close();
    }
  }, 30_000);

  it('erases the recycle bin past its retention period in the worker after the app starts', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-privacy-retention-')), 'branch.db');
    const first = createCore({ dbPath, host: 'cli', importWorkerPath: null });
    const zhang = await call(first, 'customers.create', { customer: { kind: 'person', name: '张伟', mobile: MOBILE } });
    await call(first, 'customers.create', { customer: { kind: 'person', name: 'Emily Carter' } });
    // Put in the recycle bin 40 days ago (the period is 30).
    first.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run('2020-01-01T00:00:00.000Z', zhang.id);
    first.close();
    const core = createCore({ dbPath, host: 'web', importWorkerPath: join(dirname(workerPath), 'import-worker.cjs') });
    try {
      const left = () => core.db.prepare('SELECT name FROM customers').pluck().all();
      const holdsMobile = () => fileBytes(dbPath).includes(Buffer.from(MOBILE));
      // The row goes at the erase's commit; the bytes when the worker has rebuilt the file after it.
      for (let waited = 0; waited < 20_000 && (left().length > 1 || holdsMobile()); waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(left()).toEqual(['Emily Carter']);
      expect(holdsMobile()).toBe(false);
    } finally {
      core.close();
    }
  }, 30_000);

  it('runs in the host’s thread when no worker is bundled (tests, in-memory databases)', async () => {
    const core = createCore({ dbPath: ':memory:', host: 'web', importWorkerPath: null });
    try {
      const { turned, name } = await eraseZhang(core);
      expect(name).toBe('张伟');
      expect(turned).toBe(false);
    } finally {
      core.close();
    }
  });
});
