/** `dossier encryption …` and `--key-file` / DOSSIER_KEY_FILE on an encrypted database. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { forgetKey, knownKeys } from '../../../electron/core/db/cipher';

afterEach(() => {
  for (const key of [...knownKeys()]) forgetKey(key);
});

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { LANG: 'en_US.UTF-8', ...env },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function keyFile(dir: string, name: string, passphrase: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, `${passphrase}\n`, { mode });
  return path;
}

describe('dossier encryption', () => {
  it('encrypts, opens with --key-file or DOSSIER_KEY_FILE, says wrong key, rekeys and decrypts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-crypt-cli-'));
    const db = join(dir, 'branch.db');
    const first = keyFile(dir, 'first.key', '上海分行 secret 1');
    const second = keyFile(dir, 'second.key', 'Shanghai branch 2');
    const wrong = keyFile(dir, 'wrong.key', 'not the passphrase');
    expect((await cli(['seed-demo', '--customers', '40', '--db', db, '--json'])).code).toBe(0);
    const someone = (await cli(['search', '138', '--db', db, '--json'])).out;
    const name = (JSON.parse(someone) as { name: string }[])[0]?.name ?? '';
    expect(name).not.toBe('');

    const enabled = await cli(['encryption', 'enable', '--new-key-file', first, '--db', db]);
    expect(enabled.code).toBe(0);
    expect(enabled.out).toContain('encrypted. Backed up first to');
    expect(readFileSync(db).includes(Buffer.from(name))).toBe(false);

    const locked = await cli(['search', name, '--db', db]);
    expect(locked.code).toBe(1);
    expect(locked.err).toContain('This database is encrypted');
    const refused = await cli(['search', name, '--db', db, '--key-file', wrong]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Wrong key');
    expect(refused.err).not.toMatch(/is damaged|good backup/);
    const zh = await cli(['search', name, '--db', db, '--key-file', wrong, '--lang', 'zh-CN']);
    expect(zh.err).toContain('密钥错误');

    const found = await cli(['search', name, '--db', db, '--key-file', first]);
    expect(found.code).toBe(0);
    expect(found.out).toContain(name);
    expect((await cli(['encryption', 'status', '--db', db], { DOSSIER_KEY_FILE: first })).out).toContain(
      ': encrypted.',
    );

    const rekeyWrong = await cli(['encryption', 'rekey', '--new-key-file', second, '--db', db], {
      DOSSIER_KEY_FILE: wrong,
    });
    expect(rekeyWrong.code).toBe(1);
    expect(rekeyWrong.err).toContain('Wrong key');
    const rekeyed = await cli(['encryption', 'rekey', '--key-file', first, '--new-key-file', second, '--db', db]);
    expect(rekeyed.code).toBe(0);
    expect((await cli(['search', name, '--db', db, '--key-file', first])).err).toContain('Wrong key');
    expect((await cli(['check', '--db', db, '--key-file', second])).out).toMatch(/^OK: .*40 customers/);

    const noKey = await cli(['encryption', 'disable', '--db', db]);
    expect(noKey.code).toBe(2);
    expect(noKey.err).toContain('--key-file');
    const disabled = await cli(['encryption', 'disable', '--key-file', second, '--db', db]);
    expect(disabled.code).toBe(0);
    expect((await cli(['encryption', 'status', '--db', db])).out).toContain(': not encrypted.');
    expect((await cli(['search', name, '--db', db])).out).toContain(name);
  }, 60_000);

  it('refuses a key file other users can read, and a passphrase that is too short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-crypt-cli-'));
    const db = join(dir, 'branch.db');
    await cli(['seed-demo', '--customers', '5', '--db', db, '--json']);
    const short = await cli(['encryption', 'enable', '--new-key-file', keyFile(dir, 'short.key', 'abc'), '--db', db]);
    expect(short.code).toBe(2);
    expect(short.err).toContain('--new-key-file: Use at least 8 characters.');
    if (process.platform !== 'win32') {
      const open = keyFile(dir, 'open.key', 'long enough passphrase', 0o644);
      const refused = await cli(['encryption', 'enable', '--new-key-file', open, '--db', db]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('chmod 600');
    }
    expect((await cli(['encryption', 'status', '--db', db])).out).toContain(': not encrypted.');
  });
});
