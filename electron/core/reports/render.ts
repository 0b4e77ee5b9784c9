/**
 * One report request → one HTML document: the kind checks its parameters and builds the body, the document wraps it
 * in the letterhead and the print stylesheet. An unmasked report is written to the audit log before it is returned.
 */
import type { z } from 'zod';
import { translate } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/i18n/languages';
import type { reportRequest } from '../../../shared/reports/schemas';
import type { Paper } from '../../../shared/reports/types';
import { DossierError } from '../../../shared/result';
import { localDate } from '../../../shared/rules/calendar';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { validationError } from '../dispatch';
import { getSettings } from '../settings/settings';
import { renderReportDocument } from './document';
import { findFontDir, inlineFontCss, loadReportFonts } from './fonts';
import { reportFormat } from './format';
import { REPORT_KINDS } from './kinds';
import { getLetterhead } from './letterhead';
import type { BuiltReport } from './report-kind';

export type ReportRequest = z.output<typeof reportRequest>;

export interface RenderedReport {
  readonly html: string;
  readonly title: string;
  readonly paper: Paper;
  readonly lang: Language;
  /** The running header: the branch name and the title. */
  readonly headerTitle: string;
}

/** The bundled font's rules, for documents that go to a print engine (null when the fonts are missing). */
export function fontCss(): string | undefined {
  const dir = findFontDir();
  return dir ? loadReportFonts(dir).css : undefined;
}

/**
 * The preview frame's document: the same page with the bundled font inlined (only the subsets its text uses), so
 * the preview shows the glyphs the PDF will have, not the system's CJK font. Without the fonts, the system's.
 */
function previewDocument(document: Parameters<typeof renderReportDocument>[0]): string {
  const bare = renderReportDocument(document);
  const dir = findFontDir();
  return dir ? renderReportDocument({ ...document, fontCss: inlineFontCss(loadReportFonts(dir), bare) }) : bare;
}

export function renderReport(
  db: Db,
  request: ReportRequest,
  actor: string,
  purpose: 'preview' | 'pdf',
  today = localDate(),
): RenderedReport {
  const kind = Object.prototype.hasOwnProperty.call(REPORT_KINDS, request.kind) ? REPORT_KINDS[request.kind] : null;
  if (!kind)
    throw new DossierError({
      code: 'validation',
      message: `kind: no report of kind ${request.kind}`,
      issues: [{ path: 'kind', code: 'reports.unknownKind' }],
    });
  const parsed = kind.params.safeParse(request.params);
  if (!parsed.success) {
    const error = validationError(parsed.error);
    throw new DossierError({
      ...error.toBody(),
      issues: error.issues.map((i) => ({ ...i, path: i.path ? `params.${i.path}` : 'params' })),
    });
  }
  const lang = request.lang ?? getSettings(db).language ?? 'zh-CN';
  const letterhead = getLetterhead(db);
  const paper = request.paper ?? letterhead.paper;
  const t = (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params);
  const built: BuiltReport = kind.build(db, parsed.data, {
    lang,
    t,
    format: reportFormat(lang, request.unmask),
    today,
    actor,
  });
  if (request.unmask)
    audit(db, {
      entity: 'reportPrint',
      entityId: built.subjectId ?? request.kind,
      action: 'create',
      staffId: actor,
      changes: { kind: request.kind, params: request.params, unmasked: true, as: purpose },
    });
  const document = { lang, title: built.title, body: built.body, paper, letterhead };
  const html =
    purpose === 'pdf' ? renderReportDocument({ ...document, fontCss: fontCss() }) : previewDocument(document);
  const headerTitle = [letterhead.branchName, built.title].filter(Boolean).join(' · ');
  return { html, title: built.title, paper, lang, headerTitle };
}
