/**
 * `dossier backup …`: back up now, list the backups with their checks, check one again, restore one.
 *
 *   dossier backup create [--json]
 *   dossier backup list [--json]
 *   dossier backup verify [FILE] [--json]      every backup when no file is named
 *   dossier backup restore FILE [--json]       a backup's name from the list or any database file
 *
 * A database too damaged to open can still be restored over: the damaged file is kept beside it.
 */
import { DossierError } from '../../shared/result';
import type { BackupEntry } from '../../shared/backup/types';
import { replaceDamaged } from '../core/backup/restore';
import { UsageError, type Invocation } from './args';
import { caller, withCore } from './client';
import { table } from './tables';

function size(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export async function backupCommand({ rest, dbPath, t, print }: Invocation): Promise<number> {
  const [verb, file] = rest;
  const verdict = (b: BackupEntry) => t(`backup.verdict.${b.verdict}`);
  if (verb === 'create') {
    const made = await withCore(dbPath, true, (core) => caller(core.dispatch, t)('backup.create', {}));
    print(made, () => t('cli.backup.created', { path: made.path, size: size(made.size), verdict: verdict(made) }));
    return made.verdict === 'ok' ? 0 : 1;
  }
  if (verb === 'list') {
    const list = await withCore(dbPath, true, (core) => caller(core.dispatch, t)('backup.list', {}));
    print(list, () =>
      list.backups.length === 0
        ? t('cli.backup.none')
        : table(
            ['createdAt', 'reason', 'size', 'verdict', 'path'],
            list.backups.map((b) => [b.createdAt, b.reason, size(b.size), verdict(b), b.path]),
          ),
    );
    return 0;
  }
  if (verb === 'verify') {
    const checked = await withCore(dbPath, true, async (core) => {
      const call = caller(core.dispatch, t);
      const targets = file ? [file] : (await call('backup.list', {})).backups.map((b) => b.path);
      const out: BackupEntry[] = [];
      for (const path of targets) out.push(await call('backup.verify', { path }));
      return out;
    });
    print(checked, () =>
      checked.map((b) => t('cli.backup.verified', { path: b.path, verdict: verdict(b) })).join('\n'),
    );
    return checked.every((b) => b.verdict === 'ok') ? 0 : 1;
  }
  if (verb === 'restore' && file) {
    try {
      const done = await withCore(dbPath, true, (core) => caller(core.dispatch, t)('backup.restore', { path: file }));
      print(done, () => t('cli.backup.restored', { path: done.restored, undo: done.undoBackup.path }));
    } catch (error) {
      if (!(error instanceof DossierError) || error.code !== 'db_corrupt' || error.details.path !== dbPath) throw error;
      // The database itself cannot be opened: the backup takes its place, the damaged file is kept beside it.
      const done = replaceDamaged(dbPath, file);
      print(done, () => t('cli.backup.restored', { path: file, undo: done.movedAside }));
    }
    return 0;
  }
  throw new UsageError(t('cli.backup.usage'));
}
