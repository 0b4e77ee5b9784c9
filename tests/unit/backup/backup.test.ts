/** Backups through the core as the Settings page and the CLI use them: made, listed, checked, restored. */
import Database from 'better-sqlite3';
import { mkdtempSync, openSync, readdirSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/index';
import type { Input, Output } from '../../../shared/contract';
import type { Channel } from '../../../shared/channels';
import { unwrap, type Reply } from '../../../shared/result';

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

function branch(): { core: Core; dbPath: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-backup-'));
  const dbPath = join(dir, 'dossier.db');
  const core = createCore({ dbPath, host: 'cli' });
  open.push(core);
  return { core, dbPath, dir };
}

async function call<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<Output<K>> {
  return unwrap((await core.dispatch(channel, input)) as Reply<Output<K>>);
}

async function addCustomer(core: Core, name: string, mobile: string): Promise<void> {
  await call(core, 'customers.create', { customer: { kind: 'person', name, mobile } } as Input<'customers.create'>);
}

async function names(core: Core): Promise<string[]> {
  const page = await call(core, 'customers.list', { pageSize: 50 } as Input<'customers.list'>);
  return page.rows.map((r) => r.name).sort();
}

/** Overwrites `length` bytes at `offset` with a repeating pattern. */
function scribble(path: string, offset: number, length: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, offset);
  closeSync(fd);
}

describe('backups', () => {
  it('backs up now, lists the copy with its size, time and verdict, owner-only on disk', async () => {
    const { core, dir } = branch();
    await addCustomer(core, '张伟', '13812345678');
    const made = await call(core, 'backup.create', {});
    expect(made.verdict).toBe('ok');
    expect(made.reason).toBe('manual');
    expect(made.path.startsWith(join(dir, 'backups'))).toBe(true);
    expect(made.size).toBe(statSync(made.path).size);
    if (process.platform !== 'win32') expect(statSync(made.path).mode & 0o777).toBe(0o600);
    const list = await call(core, 'backup.list', {});
    expect(list.backups.map((b) => b.name)).toEqual([made.name]);
    // No partial file is left beside it.
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('restores a backup: the data comes back and the state it replaced is listed as a backup to undo it', async () => {
    const { core } = branch();
    await addCustomer(core, '张伟', '13812345678');
    const before = await call(core, 'backup.create', {});
    await addCustomer(core, 'Emily Chen', '13987654321');
    expect(await names(core)).toEqual(['Emily Chen', '张伟']);

    const restored = await call(core, 'backup.restore', { path: before.name });
    expect(await names(core)).toEqual(['张伟']);
    expect(restored.undoBackup.reason).toBe('restore');
    const list = await call(core, 'backup.list', {});
    expect(list.backups.map((b) => b.name)).toContain(restored.undoBackup.name);

    // The restore is undone by restoring the copy made before it.
    await call(core, 'backup.restore', { path: restored.undoBackup.path });
    expect(await names(core)).toEqual(['Emily Chen', '张伟']);
    // Writes go on after a restore (handlers rebuilt over the restored file).
    await addCustomer(core, '李娜', '13700001111');
    expect(await names(core)).toEqual(['Emily Chen', '张伟', '李娜'].sort());
  });

  it('finds a deliberately damaged copy: verify says damaged and restore refuses it, the database untouched', async () => {
    const { core } = branch();
    for (let i = 0; i < 40; i++) await addCustomer(core, `客户${i}号 王芳`, `1391234${String(5000 + i)}`);
    const made = await call(core, 'backup.create', {});
    // Overwrite the pages after the first: the schema and the customers' tables.
    scribble(made.path, 4096, statSync(made.path).size - 4096);
    const checked = await call(core, 'backup.verify', { path: made.path });
    expect(checked.verdict).toBe('damaged');
    expect(checked.problem).toBeTruthy();
    const reply = await core.dispatch('backup.restore', { path: made.path });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('db_corrupt');
    expect((await names(core)).length).toBe(40);
  });

  it('finds a truncated copy damaged too', async () => {
    const { core } = branch();
    for (let i = 0; i < 40; i++) await addCustomer(core, `刘洋 ${i}`, `1380000${String(1000 + i)}`);
    const made = await call(core, 'backup.create', {});
    truncateSync(made.path, Math.floor(statSync(made.path).size / 2));
    expect((await call(core, 'backup.verify', { path: made.path })).verdict).toBe('damaged');
  });

  it('refuses to restore a file that is not a Dossier database, or one from a newer Dossier', async () => {
    const { core, dir } = branch();
    const other = join(dir, 'other.db');
    const plain = new Database(other);
    plain.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')");
    plain.close();
    const notDossier = await core.dispatch('backup.restore', { path: other });
    expect(notDossier.ok ? null : notDossier.error.issues?.[0]?.code).toBe('backup.notDossier');

    const made = await call(core, 'backup.create', {});
    const newer = new Database(made.path);
    newer.pragma('user_version = 999');
    newer.close();
    const tooNew = await core.dispatch('backup.restore', { path: made.path });
    expect(tooNew.ok ? null : tooNew.error.code).toBe('db_too_new');
  });

  it('copies each backup to a second folder too, and rotates by the retention set in Settings', async () => {
    const { core, dir } = branch();
    const second = join(dir, 'usb-stick');
    await call(core, 'backup.settings.update', {
      retention: { today: 2, days: 7, weeks: 4 },
      everyHours: 4,
      secondFolder: second,
    });
    for (let i = 0; i < 3; i++) await call(core, 'backup.create', {});
    const list = await call(core, 'backup.list', {});
    expect(list.backups.filter((b) => b.folder === 'data')).toHaveLength(2);
    expect(list.backups.filter((b) => b.folder === 'second')).toHaveLength(2);
    expect(list.backups.every((b) => b.verdict === 'ok')).toBe(true);
    expect(list.secondFolderProblem).toBeNull();
  });
});
