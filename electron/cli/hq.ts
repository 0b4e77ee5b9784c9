/** `dossier hq init|add-branch --url postgresql://…`: the head-office database, set up from the command line. */
import { withHq } from '../core/hq/connect';
import { addBranch } from '../core/hq/roles';
import { initHq } from '../core/hq/schema';
import { UsageError, type Invocation } from './args';
import { hqReport } from './hq-report';

export async function hqCommand(inv: Invocation): Promise<number> {
  const { rest, values, t, print } = inv;
  const [sub] = rest;
  const url = values.url ?? '';
  if (sub === 'init') {
    const result = await withHq(url, (client) => initHq(client));
    print(result, () =>
      [
        t('hq.init.done', { applied: result.applied.length }),
        result.reader
          ? t('hq.init.reader', { role: result.reader.role, password: result.reader.password })
          : t('hq.init.readerExists', { role: 'dossier_hq' }),
      ].join('\n'),
    );
    return 0;
  }
  if (sub === 'add-branch') {
    const branch = await withHq(url, (client) => addBranch(client, values.code ?? '', values.name ?? ''));
    const branchUrl = new URL(url);
    branchUrl.username = branch.role;
    branchUrl.password = branch.password;
    print({ ...branch, url: branchUrl.toString() }, () =>
      t('hq.addBranch.done', { ...branch, url: branchUrl.toString() }),
    );
    return 0;
  }
  if (sub === 'report') return hqReport(inv);
  throw new UsageError(t('cli.unknownCommand', { command: `hq ${sub ?? ''}`.trim() }));
}
