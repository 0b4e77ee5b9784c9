/**
 * Encryption at rest through the core, as the Settings section and the web host's unlock screen use it: the file's
 * bytes hide every name and mobile, a wrong passphrase is said as such, the key changes and comes off, and backups
 * follow the database.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetKey, knownKeys } from '../../../electron/core/db/cipher';
import { openConnection, openDatabase } from '../../../electron/core/db/open';
import { createCore, type Core } from '../../../electron/core/index';
import type { Channel } from '../../../shared/channels';
import type { Input, Output } from '../../../shared/contract';
import { DossierError, unwrap, type Reply } from '../../../shared/result';

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
  // Each test starts as a fresh process would: knowing no passphrase.
  for (const key of [...knownKeys()]) forgetKey(key);
});

const PASSPHRASE = '北京分行 2026 春';
const NEXT = 'correct horse battery staple';

function start(dbPath: string, host: 'cli' | 'web' = 'cli'): Core {
  const core = createCore({ dbPath, host, backups: false });
  open.push(core);
  return core;
}

function branch(): { core: Core; dbPath: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-crypt-'));
  const dbPath = join(dir, 'dossier.db');
  return { core: start(dbPath), dbPath, dir };
}

function close(core: Core): void {
  open.splice(open.indexOf(core), 1);
  core.close();
}

async function call<K extends Channel>(core: Core, channel: K, input: Input<K>): Promise<Output<K>> {
  return unwrap((await core.dispatch(channel, input)) as Reply<Output<K>>);
}

async function refusal<K extends Channel>(core: Core, channel: K, input: Input<K>) {
  const reply = await core.dispatch(channel, input);
  if (reply.ok) throw new Error(`${channel} was accepted`);
  return reply.error;
}

async function addCustomer(core: Core, name: string, mobile: string): Promise<void> {
  await call(core, 'customers.create', { customer: { kind: 'person', name, mobile } } as Input<'customers.create'>);
}

async function names(core: Core): Promise<string[]> {
  const page = await call(core, 'customers.list', { pageSize: 50 } as Input<'customers.list'>);
  return page.rows.map((r) => r.name).sort();
}

/** Whether the file (and its WAL, if any) holds the text in UTF-8. */
function bytesContain(path: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return [path, `${path}-wal`].some((p) => {
    try {
      return readFileSync(p).includes(needle);
    } catch {
      return false;
    }
  });
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof DossierError ? error.code : `not a DossierError: ${String(error)}`;
  }
  return 'opened';
}

describe('encryption at rest', () => {
  it('leaves no customer name or mobile readable in the file or its WAL, owner-only on disk', async () => {
    const { core, dbPath } = branch();
    await addCustomer(core, '张伟', '13812345678');
    await addCustomer(core, 'Emily Clarke', '13987654321');
    expect(bytesContain(dbPath, '13812345678')).toBe(true);

    const changed = await call(core, 'encryption.enable', { passphrase: PASSPHRASE });
    expect(changed.encrypted).toBe(true);
    expect(changed.backup).not.toBeNull();
    // Written after the key was set: it lands in the WAL, encrypted too.
    await addCustomer(core, '李娜', '13700001111');
    expect(bytesContain(dbPath, '13700001111')).toBe(false);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const secret of ['13812345678', '13987654321', '13700001111', '张伟', 'Emily Clarke', '李娜'])
      expect(bytesContain(dbPath, secret)).toBe(false);
    expect(readFileSync(dbPath).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    if (process.platform !== 'win32') expect(statSync(dbPath).mode & 0o777).toBe(0o600);
    expect(await call(core, 'encryption.status', {})).toEqual({ encrypted: true, locked: false });
    expect(await names(core)).toEqual(['Emily Clarke', '张伟', '李娜'].sort());
  }, 60_000);

  it('says “wrong key”, never “damaged”, and the web host waits locked for the right passphrase', async () => {
    const { core, dbPath } = branch();
    await addCustomer(core, '王芳', '13612345678');
    await call(core, 'encryption.enable', { passphrase: PASSPHRASE });
    close(core);
    forgetKey(PASSPHRASE);

    expect(codeOf(() => openDatabase(dbPath))).toBe('db_key_needed');
    // The CLI host refuses at once; the web host starts locked.
    expect(codeOf(() => start(dbPath))).toBe('db_key_needed');
    const web = start(dbPath, 'web');
    expect(await call(web, 'encryption.status', {})).toEqual({ encrypted: true, locked: true });
    expect((await refusal(web, 'customers.list', { pageSize: 5 } as Input<'customers.list'>)).code).toBe(
      'db_key_needed',
    );
    expect((await refusal(web, 'encryption.unlock', { passphrase: 'Beijing 2025' })).code).toBe('db_wrong_key');
    expect(knownKeys()).toEqual([]);
    expect(await call(web, 'encryption.unlock', { passphrase: PASSPHRASE })).toEqual({
      encrypted: true,
      locked: false,
    });
    expect(await names(web)).toEqual(['王芳']);
  }, 60_000);

  it('changes the passphrase in place: the old one no longer opens the file, the data is whole', async () => {
    const { core, dbPath } = branch();
    await addCustomer(core, '陈静', '15012345678');
    await call(core, 'encryption.enable', { passphrase: PASSPHRASE });

    const wrong = await refusal(core, 'encryption.rekey', { current: 'not it at all', passphrase: NEXT });
    expect(wrong.code).toBe('db_wrong_key');
    expect(wrong.issues?.[0]).toEqual({ path: 'current', code: 'encryption.wrongKey' });
    const tooShort = await refusal(core, 'encryption.rekey', { current: PASSPHRASE, passphrase: 'kurz' });
    expect(tooShort.issues?.[0]?.code).toBe('encryption.tooShort');

    const changed = await call(core, 'encryption.rekey', { current: PASSPHRASE, passphrase: NEXT });
    expect(changed.encrypted).toBe(true);
    await addCustomer(core, 'Oliver Smith', '13511112222');
    close(core);
    expect(knownKeys()).toEqual([NEXT]);
    forgetKey(NEXT);

    expect(codeOf(() => openConnection(dbPath, { key: PASSPHRASE }))).toBe('db_wrong_key');
    const reopened = openConnection(dbPath, { key: NEXT });
    const rows = reopened.prepare('SELECT name FROM customers ORDER BY name').all() as { name: string }[];
    reopened.close();
    expect(rows.map((r) => r.name)).toEqual(['Oliver Smith', '陈静']);
  }, 60_000);

  it('encrypts backups, older ones too, and restores them with an undo backup', async () => {
    const { core, dbPath } = branch();
    await addCustomer(core, '赵敏', '18612345678');
    const plainBackup = await call(core, 'backup.create', {});
    expect(bytesContain(plainBackup.path, '18612345678')).toBe(true);

    const changed = await call(core, 'encryption.enable', { passphrase: PASSPHRASE });
    // The backup taken just before and the older one are re-written under the key.
    expect(changed.backupsRewritten).toBe(2);
    expect(changed.backupsLeft).toEqual([]);
    expect(bytesContain(plainBackup.path, '18612345678')).toBe(false);

    await addCustomer(core, 'Grace Lee', '13322223333');
    const made = await call(core, 'backup.create', {});
    expect(made.verdict).toBe('ok');
    expect(bytesContain(made.path, '13322223333')).toBe(false);
    expect(bytesContain(made.path, 'Grace Lee')).toBe(false);
    if (process.platform !== 'win32') expect(statSync(made.path).mode & 0o777).toBe(0o600);

    await addCustomer(core, '孙悦', '13144445555');
    const restored = await call(core, 'backup.restore', { path: made.name });
    expect(restored.undoBackup.path).not.toBe(made.path);
    expect(await names(core)).toEqual(['Grace Lee', '赵敏'].sort());
    expect(await call(core, 'encryption.status', {})).toEqual({ encrypted: true, locked: false });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(bytesContain(dbPath, '18612345678')).toBe(false);

    // The undo backup holds the state the restore replaced.
    await call(core, 'backup.restore', { path: restored.undoBackup.path });
    expect(await names(core)).toEqual(['Grace Lee', '孙悦', '赵敏'].sort());
  }, 60_000);

  it('removes the encryption: the file and its backups open again without any key', async () => {
    const { core, dbPath } = branch();
    await addCustomer(core, '周杰', '13912345678');
    await call(core, 'encryption.enable', { passphrase: PASSPHRASE });
    const backup = await call(core, 'backup.create', {});
    expect((await refusal(core, 'encryption.disable', { current: 'Passwort123' })).code).toBe('db_wrong_key');
    expect((await refusal(core, 'encryption.enable', { passphrase: NEXT })).issues?.[0]?.code).toBe(
      'encryption.alreadyOn',
    );

    const off = await call(core, 'encryption.disable', { current: PASSPHRASE });
    expect(off.encrypted).toBe(false);
    close(core);
    forgetKey(PASSPHRASE);
    expect(readFileSync(dbPath).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    for (const file of [dbPath, backup.path]) {
      const plain = new Database(file, { readonly: true });
      const rows = plain.prepare('SELECT name, mobile FROM customers').all();
      plain.close();
      expect(rows).toEqual([{ name: '周杰', mobile: '13912345678' }]);
    }
    const again = start(dbPath);
    expect(await call(again, 'encryption.status', {})).toEqual({ encrypted: false, locked: false });
  }, 60_000);
});
