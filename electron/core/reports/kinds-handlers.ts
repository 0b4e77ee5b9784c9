import { translate } from '../../../shared/i18n/index';
import type { reportKindsContract } from '../../../shared/reports/kinds-contract';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { getSettings } from '../settings/settings';
import { BatchRunner } from './batch-jobs';
import { chromiumPrintEngine } from './chromium-print';
import { callbackMeasures, saveCallbackMeasures } from './notes';
import type { PrintEngine } from './print-engine';

export type ReportKindsHandlers = HandlersOf<typeof reportKindsContract>;

export function reportKindsHandlers({ db, actor }: AreaContext, app: CoreContext): ReportKindsHandlers {
  let own: PrintEngine | null = null;
  // The host's one warm engine; a core without one (tests) starts the machine's Chromium on the first batch.
  const batches = new BatchRunner(db, () => app.printEngine ?? (own ??= chromiumPrintEngine()));
  return {
    'reports.measures.get': ({ report }) => callbackMeasures(db, report),
    'reports.measures.save': ({ report, text }) => saveCallbackMeasures(db, report, text, actor()),
    'reports.batch.start': (request) => {
      const lang = request.lang ?? getSettings(db).language ?? 'zh-CN';
      return batches.start(request, actor(), translate(lang, 'reportKinds.batch.fileName'));
    },
    'reports.batch.get': ({ jobId }) => batches.get(jobId),
    'reports.batch.cancel': ({ jobId }) => batches.cancel(jobId),
  };
}
