/**
 * `dossier report KIND …`: a printable report as a PDF, made by the same core and print engine as the app's
 * "Save as PDF" (the machine's Chromium, Chrome or Edge).
 *
 *   dossier report customer ID --out F.pdf [--lang en|zh-CN] [--unmask] [--paper A4|Letter]
 *   dossier report callbacks|segments|complaints|list|batch …  (report-kinds.ts)
 */
import { PAPERS } from '../../shared/reports/types';
import { oneOf, UsageError, type Invocation } from './args';
import { caller, withCore } from './client';
import { REPORT_KIND_ARGS, reportBatchCommand } from './report-kinds';
import { writeOut } from './write';

/** Each report kind's parameters from the words after its name; a new kind adds an entry. */
const KIND_PARAMS: Readonly<Record<string, (rest: readonly string[], inv: Invocation) => Record<string, unknown>>> = {
  customer: ([id], { t }) => {
    if (!id) throw new UsageError(t('cli.report.customerMissing'));
    return { customerId: id };
  },
  ...REPORT_KIND_ARGS,
};

export async function reportCommand(inv: Invocation): Promise<number> {
  const { values, rest, dbPath, lang, t, print } = inv;
  const [kind, ...args] = rest;
  if (kind === 'batch') return reportBatchCommand(inv);
  const params = kind ? KIND_PARAMS[kind] : undefined;
  if (!kind || !params)
    throw new UsageError(t('cli.report.kindMissing', { kinds: Object.keys(KIND_PARAMS).join(', ') }));
  const out = values.out;
  if (!out) throw new UsageError(t('cli.report.outMissing'));
  const paper = values.paper === undefined ? undefined : oneOf(values.paper, PAPERS, 'A4', 'paper', t);
  const request = { kind, params: params(args, inv), lang, paper, unmask: values.unmask ?? false };
  const file = await withCore(dbPath, true, async (core) => {
    try {
      return await caller(core.dispatch, t)('reports.pdf', request);
    } finally {
      await core.printEngine.close();
    }
  });
  const bytes = Buffer.from(file.base64, 'base64');
  writeOut(out, bytes, t);
  print({ out, bytes: bytes.length, kind }, () => t('cli.report.done', { path: out }));
  return 0;
}
