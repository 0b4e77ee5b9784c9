/**
 * The building blocks the branch's report bodies share: a titled section, a table whose numeric columns align
 * right, a list of headline figures, a paragraph of the branch's own text. Every value goes through `html`.
 */
import { html, type SafeHtml } from './html';

type Cell = string | number | SafeHtml | null;

export interface TableSpec {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Indexes of the columns holding figures (aligned right). */
  readonly numeric?: readonly number[];
  /** Shown instead of an empty table. */
  readonly empty: string;
  /** A last row in bold (a total). */
  readonly total?: readonly Cell[];
  readonly caption?: string;
}

const cellClass = (numeric: readonly number[] | undefined, i: number): string | null =>
  numeric?.includes(i) ? 'num' : null;

export function table(spec: TableSpec): SafeHtml {
  if (spec.rows.length === 0) return html`<p class="empty">${spec.empty}</p>`;
  const row = (cells: readonly Cell[]) =>
    cells.map((c, i) => html`<td class="${cellClass(spec.numeric, i)}">${c}</td>`);
  return html`<table class="report-table">
    ${
      spec.caption
        ? html`<caption>
            ${spec.caption}
          </caption>`
        : null
    }
    <thead>
      <tr>
        ${spec.headers.map((h, i) => html`<th class="${cellClass(spec.numeric, i)}">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${spec.rows.map(
        (cells) =>
          html`<tr>
            ${row(cells)}
          </tr>`,
      )}
      ${
        spec.total
          ? html`<tr class="total">
              ${row(spec.total)}
            </tr>`
          : null
      }
    </tbody>
  </table>`;
}

export function section(title: string, ...content: SafeHtml[]): SafeHtml {
  return html`<section class="report-section">
    <h2>${title}</h2>
    ${content}
  </section>`;
}

/** Headline figures: label above value, side by side. */
export function figures(items: readonly { readonly label: string; readonly value: string }[]): SafeHtml {
  return html`<dl class="report-figures">
    ${items.map(
      (f) =>
        html`<div>
          <dt>${f.label}</dt>
          <dd>${f.value}</dd>
        </div>`,
    )}
  </dl>`;
}

/** A note under a table or a section. */
export const note = (text: string): SafeHtml => html`<p class="report-note">${text}</p>`;

/** The branch's own text, paragraphs kept (line breaks become paragraphs), every character escaped. */
export function writtenText(text: string, empty: string): SafeHtml {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="report-text">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>`;
}

/** The style the sections above need; the document shell adds the page, the fonts and the header. */
export const SECTION_STYLE = `
.report-section { margin: 0 0 14pt; }
.report-section h2 { font-size: 13pt; margin: 0 0 6pt; border-bottom: 0.5pt solid #888; padding-bottom: 2pt; }
.report-table { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 0 0 8pt; }
.report-table caption { text-align: left; font-weight: bold; padding: 0 0 3pt; }
.report-table th, .report-table td { border: 0.5pt solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.report-table th { background: #f0f0f0; }
.report-table thead { display: table-header-group; }
.report-table tr { break-inside: avoid; page-break-inside: avoid; }
.report-table .num { text-align: right; white-space: nowrap; }
.report-table tr.total td { font-weight: bold; }
.report-figures { display: flex; flex-wrap: wrap; gap: 6pt 18pt; margin: 0 0 8pt; }
.report-figures dt { font-size: 8pt; color: #555; }
.report-figures dd { margin: 0; font-size: 13pt; font-weight: bold; }
.report-note { font-size: 8pt; color: #555; margin: 0 0 6pt; }
.report-text p { margin: 0 0 4pt; }
.empty { color: #666; font-style: italic; }
`;
