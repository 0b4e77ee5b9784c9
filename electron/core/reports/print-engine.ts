/**
 * What turns a report document into a PDF. The host gives the core one (a field of the core's options): the desktop
 * host prints in a hidden Electron window (electron/print-window.ts), the web host and the CLI drive the machine's
 * Chromium through playwright-core (chromium-print.ts). Both print the same document the same way: its @page rule
 * sets paper and margins, and its margin boxes carry the running header and the page numbers (第 1 页 / 共 3 页), in
 * the document's own fonts. Chromium's headerTemplate/footerTemplate are not used: they load no fonts, and inlining
 * the CJK subsets they need cost about two seconds per report.
 */
import type { Language } from '../../../shared/i18n/languages';
import type { Paper } from '../../../shared/reports/types';
import { PAGE_MARGINS_MM } from './document';

export interface PdfOptions {
  readonly paper: Paper;
  /** The document's language and running header (the branch name and the title), which the document prints. */
  readonly lang: Language;
  readonly headerTitle: string;
}

export interface PrintEngine {
  /** One document to PDF; an engine prints one document at a time and queues the rest. */
  pdf(html: string, options: PdfOptions): Promise<Uint8Array>;
  /** Sends the document to the system printer through the print dialog (the desktop host's engine only). */
  print?(html: string, options: PdfOptions): Promise<void>;
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

/** Runs one job at a time: a warm engine has one page, and reports wait for it in turn. */
export function serial(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
