/**
 * What turns a report document into a PDF. The host gives the core one (a field of the core's options): the desktop
 * host prints in a hidden Electron window (electron/print-window.ts), the web host and the CLI drive the machine's
 * Chromium through playwright-core (chromium-print.ts). Both use the templates below, so a report looks the same.
 */
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/index';
import type { Paper } from '../../../shared/reports/types';
import { PAGE_MARGINS_MM } from './document';
import { inlineFontCss, REPORT_FONT_FAMILY, type ReportFonts } from './fonts';
import { escapeHtml } from './html';

export interface PdfOptions {
  readonly paper: Paper;
  readonly lang: Language;
  /** The running header's text: the branch name and the report's title. */
  readonly headerTitle: string;
}

export interface PrintEngine {
  /** One document to PDF; an engine prints one document at a time and queues the rest. */
  pdf(html: string, options: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Paper sizes in inches, as Chromium's print settings take them. */
export const PAPER_INCHES: Readonly<Record<Paper, { readonly width: number; readonly height: number }>> = {
  A4: { width: 8.27, height: 11.69 },
  Letter: { width: 8.5, height: 11 },
};

/** The margins in inches (the document's @page rule says the same in millimetres). */
export const MARGIN_INCHES = {
  top: PAGE_MARGINS_MM.top / 25.4,
  right: PAGE_MARGINS_MM.right / 25.4,
  bottom: PAGE_MARGINS_MM.bottom / 25.4,
  left: PAGE_MARGINS_MM.left / 25.4,
} as const;

/** Chromium fills these spans in its header and footer templates. */
const PAGE = '<span class="pageNumber"></span>';
const PAGES = '<span class="totalPages"></span>';

/**
 * The running header (branch name and title) and footer (第 1 页 / 共 3 页 · Page 1 of 3). Chromium renders them
 * apart from the page, loading nothing: the font subsets their characters need are inlined.
 */
export function headerFooterTemplates(
  fonts: ReportFonts | null,
  options: PdfOptions,
): { headerTemplate: string; footerTemplate: string } {
  const footerText = translate(options.lang, 'reports.pageOf', { page: '\u0001', pages: '\u0002' });
  const fontCss = fonts ? inlineFontCss(fonts, options.headerTitle + footerText + '0123456789') : '';
  const style = `<style>${fontCss}
.rt { font-family: '${REPORT_FONT_FAMILY}', 'Noto Sans CJK SC', sans-serif; font-size: 8pt; color: #555; width: 100%;
  padding: 0 ${PAGE_MARGINS_MM.left}mm 0 ${PAGE_MARGINS_MM.right}mm; -webkit-print-color-adjust: exact; }
</style>`;
  const footer = escapeHtml(footerText).replace('\u0001', PAGE).replace('\u0002', PAGES);
  return {
    headerTemplate: `${style}<div class="rt" style="text-align:right;border-bottom:0.5pt solid #ccc;margin:0 ${PAGE_MARGINS_MM.right}mm;padding:0 0 1mm">${escapeHtml(options.headerTitle)}</div>`,
    footerTemplate: `${style}<div class="rt" style="text-align:center">${footer}</div>`,
  };
}

/** Runs one job at a time: a warm engine has one page, and reports wait for it in turn. */
export function serial(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
