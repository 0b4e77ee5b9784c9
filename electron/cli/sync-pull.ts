/** `dossier sync pull --url postgresql://…`: head office's reference data into this branch's database. */
import type { Invocation } from './args';
import { caller, withCore } from './client';

export async function syncPullCommand({ values, dbPath, t, print }: Invocation): Promise<number> {
  const pulled = await withCore(dbPath, true, (core) =>
    caller(core.dispatch, t)('hq.pull', { url: values.url ?? '' }, { url: 'url' }),
  );
  print(pulled, () => t('hq.pull.done', { ...pulled }));
  return 0;
}
