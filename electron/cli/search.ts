/** `dossier search WORDS`: the search box's answer, one customer a line (tab-separated) or as JSON. */
import { positiveInt, UsageError, type Invocation } from './args';
import { caller, withCore } from './client';

export async function searchCommand({ values, rest, dbPath, t, print }: Invocation): Promise<number> {
  const query = rest.join(' ').trim();
  if (!query) throw new UsageError(t('cli.search.missing'));
  const limit = positiveInt(values.limit, 'limit', 20, t);
  const found = await withCore(dbPath, true, (core) =>
    caller(core.dispatch, t)('customers.search', { query, limit }, { limit: 'limit' }),
  );
  print(found, () =>
    found.length === 0
      ? t('cli.search.none', { query })
      : found
          .map((h) => [h.name, h.mobile ?? h.phone ?? '', h.employer ?? '', h.region ?? '', h.id].join('\t'))
          .join('\n'),
  );
  return 0;
}
