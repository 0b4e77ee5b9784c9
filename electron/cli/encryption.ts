/**
 * `dossier encryption …` and the passphrase of an encrypted database on the command line.
 *
 *   dossier encryption status
 *   dossier encryption enable --new-key-file F
 *   dossier encryption rekey --key-file F --new-key-file G
 *   dossier encryption disable --key-file F
 *
 * Every command opens an encrypted database with the passphrase in `--key-file F` (or the file named by
 * DOSSIER_KEY_FILE): a passphrase never goes on the command line, where other users could see it. The file holds
 * the passphrase alone (one trailing newline is ignored) and must be readable by its owner only.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Translate } from '../../shared/i18n/index';
import { forgetKey } from '../core/db/cipher';
import { UsageError, type Invocation } from './args';
import { caller, withCore } from './client';

/** The passphrase in a key file; a missing, unreadable or world-readable file is a usage mistake. */
export function readKeyFile(path: string, t: Translate): string {
  let text: string;
  try {
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0)
      throw new UsageError(t('cli.encryption.keyFileOpen', { path }));
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t('cli.encryption.keyFile', { path }));
  }
  return text.replace(/\r?\n$/, '');
}

export async function encryptionCommand({ rest, values, dbPath, t, print, env }: Invocation): Promise<number> {
  const [verb] = rest;
  const keyFile = values['key-file'] ?? env.DOSSIER_KEY_FILE;
  const file = (path: string | undefined, option: string) => {
    if (!path) throw new UsageError(t('cli.encryption.keyFileNeeded', { option }));
    return readKeyFile(path, t);
  };
  if (verb === 'status') {
    const status = await withCore(dbPath, true, (core) => caller(core.dispatch, t)('encryption.status', {}));
    print(status, () => t('cli.encryption.status', { path: dbPath, encrypted: String(status.encrypted) }));
    return 0;
  }
  if (verb !== 'enable' && verb !== 'rekey' && verb !== 'disable') throw new UsageError(t('cli.encryption.usage'));
  const next = verb === 'disable' ? null : file(values['new-key-file'], '--new-key-file');
  const current = verb === 'enable' ? null : file(keyFile, '--key-file');
  const done = await withCore(dbPath, true, (core) => {
    const call = caller(core.dispatch, t);
    if (verb === 'enable') return call('encryption.enable', { passphrase: next ?? '' }, { passphrase: 'new-key-file' });
    if (verb === 'rekey')
      return call(
        'encryption.rekey',
        { current: current ?? '', passphrase: next ?? '' },
        { current: 'key-file', passphrase: 'new-key-file' },
      );
    return call('encryption.disable', { current: current ?? '' }, { current: 'key-file' });
  }).finally(() => {
    // The new passphrase was for this run only.
    if (next !== null) forgetKey(next);
  });
  print(done, () =>
    t('cli.encryption.changed', {
      path: dbPath,
      encrypted: String(done.encrypted),
      backup: done.backup ?? '',
      count: done.backupsRewritten,
    }),
  );
  return 0;
}
