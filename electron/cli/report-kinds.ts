/**
 * The branch's reports on the command line, besides the customer's (report.ts routes them here):
 *
 *   dossier report callbacks --from D --to D [--campaign ID] [--staff ID] --out F.pdf
 *   dossier report segments [--scheme abc] [--class abc:A] [--from YYYY-MM --to YYYY-MM] --out F.pdf
 *   dossier report complaints --from D --to D [--owner ID] --out F.pdf
 *   dossier report list [--segment NAME] [--class KEY] [--query Q] [--tag T] [--columns name,mobile,…] --out F.pdf
 *   dossier report batch --segment NAME|--class KEY|--owner ID [--combined] --out DIR|F.pdf
 *
 * each with --lang, --unmask and --paper.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { batchInput } from '../../shared/reports/batch';
import { LIST_COLUMNS, type ListColumn } from '../../shared/reports/kind-params';
import { PAPERS } from '../../shared/reports/types';
import { printCombined, printEach } from '../core/reports/batch';
import { actingStaff } from '../core/handlers';
import { oneOf, UsageError, type Invocation } from './args';
import { withCore } from './client';
import { writeOut } from './write';

type KindArgs = (rest: readonly string[], inv: Invocation) => Record<string, unknown>;

/** The classes of --class as the list filter takes them (checked by the report's own schema). */
const classesOf = (inv: Invocation) => (inv.values.class?.length ? { classes: inv.values.class } : {});

export const REPORT_KIND_ARGS: Readonly<Record<string, KindArgs>> = {
  callbacks: (_, { values, t }) => {
    if (!values.from && !values.to && !values.campaign) throw new UsageError(t('cli.reportKinds.callbacksMissing'));
    return { from: values.from, to: values.to, campaignId: values.campaign, staffId: values.staff };
  },
  segments: (_, inv) => {
    const { values } = inv;
    const classKey = values.class?.[0];
    return { scheme: values.scheme, classKey, migrationFrom: values.from, migrationTo: values.to };
  },
  complaints: (_, { values, t }) => {
    if (!values.from || !values.to) throw new UsageError(t('cli.reportKinds.complaintsMissing'));
    return { from: values.from, to: values.to, ownerId: values.owner };
  },
  list: (_, inv) => {
    const { values, t } = inv;
    const columns = values.columns?.split(/[,，\s]+/).filter(Boolean);
    for (const c of columns ?? [])
      if (!(LIST_COLUMNS as readonly string[]).includes(c))
        throw new UsageError(t('cli.badChoice', { option: 'columns', allowed: LIST_COLUMNS.join(', '), value: c }));
    return {
      filter: { query: values.query ?? '', tag: values.tag ?? null, ownerId: values.owner, ...classesOf(inv) },
      segmentName: values.segment,
      ...(columns ? { columns: columns as ListColumn[] } : {}),
    };
  },
};

/** `dossier report batch`: the customer analysis report of every customer named, into a folder (or one PDF). */
export async function reportBatchCommand(inv: Invocation): Promise<number> {
  const { values, dbPath, lang, t, io, print } = inv;
  const out = values.out;
  if (!out) throw new UsageError(t('cli.reportKinds.batchOutMissing'));
  if (!values.segment && !values.class?.length && !values.owner)
    throw new UsageError(t('cli.reportKinds.batchMissing'));
  const parsed = batchInput.safeParse({
    filter: { query: '', ownerId: values.owner, ...classesOf(inv) },
    segmentName: values.segment,
    output: values.combined ? 'combined' : 'files',
    lang,
    paper: values.paper === undefined ? undefined : oneOf(values.paper, PAPERS, 'A4', 'paper', t),
    unmask: values.unmask ?? false,
  });
  if (!parsed.success) throw new UsageError(t('cli.reportKinds.batchMissing'));
  const request = parsed.data;
  const hooks = {
    // Progress on stderr, so --json output stays one document.
    onProgress: (done: number, total: number) => {
      if (done > 0) io.err(t('reportKinds.batch.progress', { done, total }));
    },
    isCancelled: () => false,
  };
  // Behind reports.batch.start's gate and as its caller: staff print only their own and unassigned customers.
  const written = await withCore(dbPath, true, async (core) =>
    core.runAs('reports.batch.start', async () => {
      // Who is printing, as the app's handlers take it: the signed-in (--as) or current staff member.
      const actor = actingStaff(core.db);
      try {
        if (request.output === 'combined') {
          const { bytes } = await printCombined(core.db, core.printEngine, request, actor, hooks);
          writeOut(out, Buffer.from(bytes), t);
          return 1;
        }
        mkdirSync(out, { recursive: true });
        return await printEach(
          core.db,
          core.printEngine,
          request,
          actor,
          (name, bytes) => writeOut(join(out, name), Buffer.from(bytes), t),
          hooks,
        );
      } finally {
        await core.printEngine.close();
      }
    }),
  );
  print({ out, reports: written }, () => t('cli.reportKinds.batchDone', { count: written, path: out }));
  return 0;
}
