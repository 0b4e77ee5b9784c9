/** `dossier export --out FILE`: customers or purchases to a workbook or a CSV file, as the app's export writes them. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { exportRecorded } from '../core/export/exports';
import { actingStaff } from '../core/handlers';
import { oneOf, UsageError, type Invocation } from './args';
import { validated, withCore } from './client';
import { segmentFilter } from './segments-list';

export async function exportCommand({ values, dbPath, lang, t, print }: Invocation): Promise<number> {
  const out = values.out;
  if (!out) throw new UsageError(t('cli.export.outMissing'));
  const format = extname(out).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
  const what = oneOf(values.what, ['customers', 'transactions'] as const, 'customers', 'what', t);
  const encoding = oneOf(values.encoding, ['utf8', 'gbk'] as const, 'utf8', 'encoding', t);
  // Not 'export.create', whose reply holds the whole file a second time as base64: its schema, its gate, its function.
  // A saved segment by name, and classes: the customers `dossier segments list` prints.
  const segment =
    values.segment !== undefined || values.class !== undefined
      ? await segmentFilter({ values, dbPath, t }, values.segment)
      : {};
  const request = validated(
    'export.create',
    {
      what,
      format,
      encoding,
      language: lang,
      filter: { query: values.query ?? '', tag: values.tag ?? null, ...segment },
    },
    { 'filter.query': 'query', 'filter.tag': 'tag' },
    t,
  );
  // Behind export.create's gate: with sign-in on, only a manager exports everything (and it is recorded).
  const file = await withCore(dbPath, false, (core) =>
    core.runAs('export.create', () => exportRecorded(core.db, request, actingStaff(core.db))),
  );
  writeFileSync(out, file.bytes);
  print({ out, rows: file.rows, format, encoding }, () => t('cli.export.done', { rows: file.rows, path: out }));
  return 0;
}
