/**
 * `dossier customer export ID --out F.xlsx|F.json`: one customer's whole file (PIPL access request).
 * `dossier customer erase ID`: erases the customer for real (the command itself is the confirmation; the app asks
 * for the name to be typed).
 */
import { extname } from 'node:path';
import { UsageError, type Invocation } from './args';
import { caller, withCore } from './client';
import { writeOut } from './write';

export async function customerCommand({ rest, values, dbPath, lang, t, print }: Invocation): Promise<number> {
  const [action, id] = rest;
  if ((action !== 'export' && action !== 'erase') || !id) throw new UsageError(t('cli.customer.usage'));
  if (action === 'export') {
    const out = values.out;
    if (!out) throw new UsageError(t('cli.export.outMissing'));
    const format = extname(out).toLowerCase() === '.json' ? 'json' : 'xlsx';
    const file = await withCore(dbPath, true, (core) =>
      caller(core.dispatch, t)('privacy.export', { id, format, language: lang }, { id: 'id' }),
    );
    writeOut(out, Buffer.from(file.base64, 'base64'), t);
    print({ id, out, format }, () => t('cli.customer.exported', { path: out }));
    return 0;
  }
  const result = await withCore(dbPath, true, async (core) => {
    const call = caller(core.dispatch, t);
    const { customer } = await call('customers.get', { id }, { id: 'id' });
    return call('privacy.erase', { id, confirm: customer.name });
  });
  const rows = Object.values(result.removed).reduce((a, b) => a + b, 0);
  print(result, () => t('cli.customer.erased', { name: result.name, rows, audit: result.auditScrubbed }));
  return 0;
}
