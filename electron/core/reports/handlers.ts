import { DossierError } from '../../../shared/result';
import type { reportContract } from '../../../shared/reports/contract';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { download } from '../export/download';
import { chromiumPrintEngine } from './chromium-print';
import { getDraft, listDrafts, reviewDraft, saveDraft } from './drafts';
import { getLetterhead, setLetterhead } from './letterhead';
import type { PrintEngine } from './print-engine';
import { renderReport } from './render';

export type ReportHandlers = HandlersOf<typeof reportContract>;

/** A file name without characters Windows or macOS refuse. */
const fileName = (title: string) =>
  [...title]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim() || 'report';

export function reportHandlers({ db, actor }: AreaContext, app: CoreContext): ReportHandlers {
  let own: PrintEngine | null = null;
  const engine = () => app.printEngine ?? (own ??= chromiumPrintEngine());
  return {
    'reports.preview': (request) => {
      const { html, title } = renderReport(db, request, actor(), 'preview');
      return { html, title };
    },
    'reports.pdf': async (request) => {
      const report = renderReport(db, request, actor(), 'pdf');
      const { paper, lang, headerTitle } = report;
      const bytes = await engine().pdf(report.html, { paper, lang, headerTitle });
      return download({
        fileName: `${fileName(report.title)}.pdf`,
        mimeType: 'application/pdf',
        bytes: Buffer.from(bytes),
      });
    },
    'reports.print': async (request) => {
      const print = engine().print;
      if (!print)
        throw new DossierError({
          code: 'conflict',
          message: 'Printing to a printer is only possible in the desktop app; save the PDF instead',
          issues: [{ path: '', code: 'reports.printUnavailable' }],
        });
      const report = renderReport(db, request, actor(), 'pdf');
      const { paper, lang, headerTitle } = report;
      await print.call(engine(), report.html, { paper, lang, headerTitle });
      return { ok: true } as const;
    },
    'reports.letterhead.get': () => getLetterhead(db),
    'reports.letterhead.set': (input) => setLetterhead(db, input, actor()),
    'reports.drafts.list': ({ customerId }) => listDrafts(db, customerId),
    'reports.drafts.get': ({ id }) => getDraft(db, id),
    'reports.drafts.save': ({ customerId, texts }) => saveDraft(db, customerId, texts, actor()),
    'reports.drafts.review': ({ id }) => reviewDraft(db, id, actor()),
  };
}
