/**
 * What the customer list printout shows: the customers any list filter or saved segment matches (customers/list.ts,
 * in name order, as the export reads them), in the chosen columns with the export's cell texts
 * (export/exports.ts), phones and ID numbers as the report's format writes them: masked unless the person printing
 * unmasks them (the request's `unmask`, audited by render.ts).
 */
import type { Language } from '../../../shared/i18n/languages';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { LIST_PRINT_MAX, type ListColumn, type ListReportParams } from '../../../shared/reports/kind-params';
import { countMatching, customerPages, type CustomerFilter } from '../customers/list';
import type { Db } from '../db/open';
import { CUSTOMER_COLUMNS } from '../export/exports';
import { getSavedSegment } from '../segments/saved';
import type { ReportFormat } from './format';

export interface ListReportData {
  /** The saved segment printed, if any. */
  readonly segmentName: string | null;
  readonly columns: readonly ListColumn[];
  /** Header texts, in the columns' order. */
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Every customer the filter matches; `rows` holds the first LIST_PRINT_MAX of them. */
  readonly total: number;
  readonly masked: boolean;
}

/** The export column of a printout column: its header key ends with the column's name (customer.mobile). */
const exportColumn = (column: ListColumn) => {
  const found = CUSTOMER_COLUMNS.find(([key]) => key.slice(key.indexOf('.') + 1) === column);
  if (!found) throw new Error(`No export column for ${column}`);
  return found;
};

/** The columns the report's format masks unless the print is unmasked. */
const masks = (format: ReportFormat): Partial<Record<ListColumn, (value: string) => string | null>> => ({
  mobile: format.phone,
  phone: format.phone,
  idNumber: format.idNumber,
});

/** Whether this print masks (the format masks a mobile number it is given). */
const masking = (format: ReportFormat): boolean => format.phone('13800000000') !== '13800000000';

export function listReportData(db: Db, p: ListReportParams, language: Language, format: ReportFormat): ListReportData {
  const segment = p.segmentName ? getSavedSegment(db, { name: p.segmentName }) : null;
  const filter: CustomerFilter = segment ? { ...p.filter, segmentId: segment.id } : p.filter;
  const named = p.filter.segmentId && !segment ? getSavedSegment(db, { id: p.filter.segmentId }) : segment;
  const t = (k: MessageKey): string => translate(language, k);
  const columns = p.columns.map((column) => {
    const [key, cell] = exportColumn(column);
    const mask = masks(format)[column];
    return { header: t(key), cell, mask };
  });
  const rows: (string | number | null)[][] = [];
  pages: for (const page of customerPages(db, filter))
    for (const customer of page) {
      if (rows.length === LIST_PRINT_MAX) break pages;
      rows.push(
        columns.map(({ cell, mask }) => {
          const value = cell(customer, t, language);
          return mask && typeof value === 'string' ? mask(value) : value;
        }),
      );
    }
  return {
    segmentName: named?.name ?? null,
    columns: p.columns,
    headers: columns.map((c) => c.header),
    rows,
    total: rows.length < LIST_PRINT_MAX ? rows.length : countMatching(db, filter),
    masked: masking(format),
  };
}
