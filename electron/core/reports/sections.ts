/**
 * The blocks the branch's report bodies share, on document.ts's: a table described by its headers and numeric
 * columns, headline figures as a facts table, a note under a table. Every value goes through `html`.
 */
import { factsTable, reportTable, section as documentSection, type ReportCell } from './document';
import { html, type SafeHtml } from './html';

export interface TableSpec {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Indexes of the columns holding figures (aligned right). */
  readonly numeric?: readonly number[];
  /** Shown instead of an empty table. */
  readonly empty: string;
  /** A last row (a total), printed after the others. */
  readonly total?: readonly ReportCell[];
  /** A heading above the table. */
  readonly caption?: string;
}

export function table(spec: TableSpec): SafeHtml {
  const columns = spec.headers.map((label, i) => ({
    label,
    align: spec.numeric?.includes(i) ? ('num' as const) : ('text' as const),
  }));
  const rows = spec.rows.length > 0 && spec.total ? [...spec.rows, spec.total] : spec.rows;
  return html`${spec.caption ? html`<h3>${spec.caption}</h3>` : null}${reportTable(columns, rows, spec.empty)}`;
}

/** A heading and the blocks that follow it. */
export const section = (title: string, ...content: SafeHtml[]): SafeHtml => documentSection(title, html`${content}`);

/** Headline figures: label and value, one a row. */
export const figures = (items: readonly { readonly label: string; readonly value: string }[]): SafeHtml =>
  factsTable(items.map((f) => [f.label, f.value] as const));

/** A line of explanation under a table or a heading. */
export const note = (text: string): SafeHtml => html`<p class="muted">${text}</p>`;
