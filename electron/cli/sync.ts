/**
 * `dossier branch init` and `dossier sync …`: this database's branch, and its push to head office.
 *
 *   dossier branch init --code C --name N     once per database
 *   dossier sync push [--url postgresql://…] [--json]   a given URL is also kept for the app's own pushes
 *   dossier sync status [--json]
 */
import { UsageError, type Invocation } from './args';
import { caller, withCore } from './client';
import { syncPullCommand } from './sync-pull';

export async function branchCommand({ rest, values, dbPath, t, print }: Invocation): Promise<number> {
  if (rest[0] !== 'init') throw new UsageError(t('cli.unknownCommand', { command: `branch ${rest[0] ?? ''}`.trim() }));
  const { branch, queued } = await withCore(dbPath, false, async (core) => {
    const call = caller(core.dispatch, t);
    const made = await call(
      'sync.branchInit',
      { code: values.code ?? '', name: values.name ?? '' },
      { code: 'code', name: 'name' },
    );
    return { branch: made, queued: (await call('sync.status', {})).queue };
  });
  print({ ...branch, queued }, () => t('cli.branch.done', { code: branch.code, name: branch.name, queued }));
  return 0;
}

export async function syncCommand(inv: Invocation): Promise<number> {
  const { rest, values, dbPath, t, print } = inv;
  const [verb] = rest;
  if (verb === 'pull') return syncPullCommand(inv);
  if (verb === 'push') {
    const result = await withCore(dbPath, true, async (core) => {
      const call = caller(core.dispatch, t);
      if (values.url) await call('sync.configure', { url: values.url }, { url: 'url' });
      return call('sync.push', {});
    });
    print(result, () =>
      t('cli.sync.pushed', {
        pushed: result.pushed,
        tombstones: result.tombstones,
        erased: result.erased,
        seconds: (result.ms / 1000).toFixed(1),
        left: result.queueLeft,
      }),
    );
    return 0;
  }
  if (verb === 'status') {
    const status = await withCore(dbPath, true, (core) => caller(core.dispatch, t)('sync.status', {}));
    const none = t('cli.sync.none');
    print(status, () =>
      t('cli.sync.status', {
        branch: status.branch ? `${status.branch.code} (${status.branch.name})` : none,
        url: status.url ?? none,
        queue: status.queue,
        lastPush: status.lastPushAt ?? none,
        lastError: status.lastError ? t(status.lastError.code as never, status.lastError.params) : none,
      }),
    );
    return 0;
  }
  throw new UsageError(t('cli.unknownCommand', { command: `sync ${verb ?? ''}`.trim() }));
}
