/**
 * A report as one printable HTML document: the letterhead, the print stylesheet (A4 or Letter pages, tables that
 * repeat their header and never split a row, section headings) and the building blocks every report is made of.
 * Everything user-written goes through `html`, which escapes it.
 */
import type { Language } from '../../../shared/i18n/languages';
import { translate, type Translate } from '../../../shared/i18n/index';
import type { Letterhead, Paper } from '../../../shared/reports/types';
import { html, trusted, type SafeHtml } from './html';
import { REPORT_FONT_FAMILY } from './fonts';

/** Page margins in millimetres; the top and bottom ones hold the running header and the page numbers. */
export const PAGE_MARGINS_MM = { top: 20, right: 16, bottom: 18, left: 16 } as const;

const FONT_STACK = `'${REPORT_FONT_FAMILY}', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

/** Text as a CSS string: every character but letters, digits, spaces and non-ASCII as a hex escape. */
function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} \u0080-\uffff]/gu, (ch) => `\\${(ch.codePointAt(0) ?? 0).toString(16)} `)}"`;
}

/**
 * The running header and the page numbers, in the page's margin boxes: printed by Chromium in the document's own
 * fonts, so nothing is inlined. "第 {page} 页 / 共 {pages} 页" becomes "第 " counter(page) " 页 / 共 " counter(pages) " 页".
 */
function marginBoxes(lang: Language, headerTitle: string): string {
  const footer = translate(lang, 'reports.pageOf', { page: '{page}', pages: '{pages}' })
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
  const box = `font-family: ${FONT_STACK}; font-size: 8pt; color: #555;`;
  return `
  @top-right { content: ${cssString(headerTitle)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: ${footer}; ${box} vertical-align: top; padding-top: 3mm; }`;
}

function stylesheet(paper: Paper, lang: Language, headerTitle: string): string {
  const m = PAGE_MARGINS_MM;
  return `
@page { size: ${paper === 'A4' ? 'A4' : 'letter'}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;${marginBoxes(lang, headerTitle)}
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 10pt; line-height: 1.5; color: #1a1a1a; }
@media screen { body { max-width: ${paper === 'A4' ? '210mm' : '216mm'}; margin: 0 auto; padding: 12mm 14mm; background: #fff; } }
.letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 1.2pt solid #1f4e79; padding-bottom: 3mm; margin-bottom: 5mm; }
.letterhead img { max-height: 14mm; max-width: 40mm; object-fit: contain; }
.letterhead .branch { font-size: 11pt; font-weight: 700; color: #1f4e79; }
.letterhead .title { margin-left: auto; font-size: 15pt; font-weight: 700; }
h1 { font-size: 16pt; margin: 0 0 3mm; }
h2 { font-size: 12pt; font-weight: 700; color: #1f4e79; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.6pt solid #9db3c8; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; font-weight: 700; margin: 3mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.muted { color: #666; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; font-size: 9pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #b8c4d0; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #eaf0f6; font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.short, th.short { white-space: nowrap; }
table.facts th { width: 28%; background: #f4f7fa; font-weight: 400; color: #444; }
.chart { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.chart svg { width: 100%; height: auto; display: block; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: #888; font-style: italic; }
.signature { display: flex; gap: 8mm; margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
.signature > div { flex: 1; }
.signature .label { color: #555; font-size: 8.5pt; }
.signature .value { min-height: 9mm; border-bottom: 0.6pt solid #333; display: flex; align-items: flex-end; padding-bottom: 1mm; }
.meta { display: flex; gap: 6mm; flex-wrap: wrap; color: #444; margin-bottom: 3mm; }
`;
}

export interface ReportDocumentOptions {
  readonly lang: Language;
  readonly title: string;
  readonly body: SafeHtml;
  readonly paper: Paper;
  readonly letterhead: Letterhead;
  /**
   * @font-face rules of the bundled CJK font (`loadReportFonts(dir).css`), their URLs relative to the font directory;
   * the print engine loads the document with that directory as its base. The in-app preview gets them inlined
   * (`inlineFontCss`); without either, the page falls back to the system's CJK fonts.
   */
  readonly fontCss?: string;
}

/** The whole document: one string, ready for a print engine or a sandboxed preview frame. */
export function renderReportDocument(options: ReportDocumentOptions): string {
  const { lang, title, body, paper, letterhead } = options;
  const headerTitle = [letterhead.branchName, title].filter(Boolean).join(' · ');
  const logo = letterhead.logo && /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(letterhead.logo);
  const doc = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; img-src data:; font-src 'self' file: data:; style-src 'unsafe-inline'"
        />
        <title>${title}</title>
        <style>
          ${trusted(options.fontCss ?? '')}${trusted(stylesheet(paper, lang, headerTitle))}
        </style>
      </head>
      <body>
        <header class="letterhead">
          ${logo ? html`<img src="${letterhead.logo}" alt="" />` : ''}
          <span class="branch">${letterhead.branchName}</span>
          <span class="title">${title}</span>
        </header>
        ${body}
      </body>
    </html> `;
  return doc.value;
}

/** A heading and what follows it. */
export function section(title: string, body: SafeHtml): SafeHtml {
  return html`<section>
    <h2>${title}</h2>
    ${body}
  </section>`;
}

export interface ReportColumn {
  readonly label: string;
  /** 'num' right-aligns figures; 'short' keeps a date, a name or a status on one line. */
  readonly align?: 'text' | 'num' | 'short';
}

export type ReportCell = SafeHtml | string | number | null | undefined;

/** A table whose header repeats on every page and whose rows never split; `empty` is shown when there are no rows. */
export function reportTable(
  columns: readonly ReportColumn[],
  rows: readonly (readonly ReportCell[])[],
  empty?: string,
): SafeHtml {
  if (rows.length === 0 && empty !== undefined) return html`<p class="empty">${empty}</p>`;
  const cls = (c: ReportColumn | undefined) => (c?.align === 'num' || c?.align === 'short' ? c.align : null);
  return html`<table>
    <thead>
      <tr>
        ${columns.map((c) => html`<th class="${cls(c)}">${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell, i) => html`<td class="${cls(columns[i])}">${cell ?? ''}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Label → value rows, for a record's facts (basic information). Rows with an empty value are left out. */
export function factsTable(rows: readonly (readonly [string, ReportCell])[]): SafeHtml {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return html`<table class="facts">
    <tbody>
      ${shown.map(
        ([label, value]) =>
          html`<tr>
            <th>${label}</th>
            <td>${value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Text someone wrote, line breaks kept; `empty` when there is none. */
export function writtenText(text: string | null | undefined, empty: string): SafeHtml {
  const value = text?.trim();
  return value ? html`<div class="text">${value}</div>` : html`<p class="empty">${empty}</p>`;
}

/** Prepared by / reviewed by / date, with room to sign. */
export function signatureBlock(
  t: Translate,
  people: { readonly preparedBy?: string | null; readonly reviewedBy?: string | null; readonly date?: string | null },
): SafeHtml {
  const cell = (label: string, value: string | null | undefined) =>
    html`<div>
      <div class="label">${label}</div>
      <div class="value">${value ?? ''}</div>
    </div>`;
  return html`<div class="signature">
    ${cell(t('reports.preparedBy'), people.preparedBy)}${cell(
      t('reports.reviewedBy'),
      people.reviewedBy,
    )}${cell(t('reports.date'), people.date)}
  </div>`;
}
