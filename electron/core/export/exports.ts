/** Customer and transaction exports in the user's language, with headers the importer reads back. */
import type { Customer } from '../../../shared/customers/types';
import type { Language } from '../../../shared/i18n/languages';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { localDate } from '../../../shared/rules/calendar';
import { formatTags } from '../../../shared/export/tags';
import { customerPages, customFieldNames, type CustomerFilter } from '../customers/list';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { pagesByRowid } from '../db/sql';
import { toCsv, toXlsx, type ExportEncoding, type ExportFormat, type Sheet } from './write';

type Cell = (c: Customer, t: (k: MessageKey) => string, language: Language) => string | number | null;

/** The customer columns in export order, each by its header key; the list printout picks from them. */
export const CUSTOMER_COLUMNS: readonly [MessageKey, Cell][] = [
  ['customer.name', (c) => c.name],
  ['customer.kind', (c, t) => t(`kind.${c.kind}` as MessageKey)],
  ['customer.gender', (c, t) => (c.gender ? t(`gender.${c.gender}` as MessageKey) : null)],
  ['customer.birthDate', (c) => c.birthDate],
  ['customer.mobile', (c) => c.mobile],
  ['customer.phone', (c) => c.phone],
  ['customer.email', (c) => c.email],
  ['customer.idType', (c, t) => (c.idType ? t(`idType.${c.idType}` as MessageKey) : null)],
  ['export.idNumber', (c) => c.idNumber],
  ['customer.employer', (c) => c.employer],
  ['customer.position', (c) => c.position],
  ['customer.region', (c) => c.region],
  ['customer.address', (c) => c.address],
  ['customer.nationality', (c) => c.nationality],
  ['customer.maritalStatus', (c, t) => (c.maritalStatus ? t(`marital.${c.maritalStatus}` as MessageKey) : null)],
  ['customer.source', (c, t) => (c.source ? t(`source.${c.source}` as MessageKey) : null)],
  ['customer.industry', (c) => c.industry],
  ['customer.headcount', (c) => c.headcount],
  ['customer.owner', (c) => c.ownerName || null],
  // Any tag text reads back: see formatTags for the separator and the quoting.
  ['customer.tags', (c, _t, language) => formatTags(c.tags, language) || null],
  ['customer.notes', (c) => c.notes],
];

export interface ExportRequest {
  readonly what: 'customers' | 'transactions';
  readonly format: ExportFormat;
  readonly encoding: ExportEncoding;
  readonly language: Language;
  readonly filter: CustomerFilter;
}

export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
  readonly rows: number;
}

/** Rows read per query: an export holds a page of rows and the file it writes, never every row at once. */
const PAGE = 2000;

/** A sheet whose rows are read as the file is written, and how many were written. */
interface PagedSheet {
  readonly sheet: Sheet;
  readonly written: () => number;
}

function pagedSheet<T>(
  name: string,
  headers: readonly string[],
  pages: Iterable<T[]>,
  cells: (row: T) => (string | number | null)[],
): PagedSheet {
  let written = 0;
  function* rows(): Generator<(string | number | null)[]> {
    for (const page of pages)
      for (const row of page) {
        written++;
        yield cells(row);
      }
  }
  return { sheet: { name, headers, rows: rows() }, written: () => written };
}

function customerSheet(db: Db, filter: CustomerFilter, language: Language): PagedSheet {
  const t = (k: MessageKey): string => translate(language, k);
  const customKeys = customFieldNames(db, filter);
  return pagedSheet(
    t('export.customersSheet'),
    [...CUSTOMER_COLUMNS.map(([k]) => t(k)), ...customKeys],
    customerPages(db, filter, PAGE),
    // Own fields only: a customer without a field named constructor must not export Object's.
    (c) => [
      ...CUSTOMER_COLUMNS.map(([, get]) => get(c, t, language)),
      ...customKeys.map((k) => (Object.hasOwn(c.customFields, k) ? (c.customFields[k] ?? null) : null)),
    ],
  );
}

interface PurchaseRow {
  readonly name: string;
  readonly mobile: string | null;
  readonly idNumber: string | null;
  readonly date: string;
  readonly maturesOn: string | null;
  readonly product: string;
  readonly amount: number;
  readonly profit: number | null;
  readonly channel: string | null;
  readonly notes: string | null;
}

const TRANSACTIONS_ORDER = `SELECT x.rowid AS r FROM transactions x JOIN customers c ON c.id = x.customer_id
  WHERE x.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY x.occurred_on, c.name_pinyin, x.rowid`;
const TRANSACTIONS_PAGE = `SELECT c.name, c.mobile, c.id_number AS idNumber, x.occurred_on AS date, x.matures_on AS maturesOn, x.product,
    x.amount_cents AS amount, x.profit_cents AS profit, x.channel, x.notes
  FROM transactions x JOIN customers c ON c.id = x.customer_id
  WHERE x.rowid IN (SELECT value FROM json_each(?)) AND x.deleted_at IS NULL AND c.deleted_at IS NULL
  ORDER BY x.occurred_on, c.name_pinyin, x.rowid`;

function purchaseSheet(db: Db, language: Language): PagedSheet {
  const t = (k: MessageKey): string => translate(language, k);
  const headers = (
    [
      'customer.name',
      'customer.mobile',
      'export.idNumber',
      'purchase.date',
      'purchase.product',
      'purchase.amount',
      'purchase.profit',
      'purchase.channel',
      'purchase.notes',
      'purchase.maturesOn',
    ] as const
  ).map((k) => t(k));
  return pagedSheet(
    t('export.purchasesSheet'),
    headers,
    pagesByRowid<PurchaseRow>(db, TRANSACTIONS_ORDER, [], TRANSACTIONS_PAGE, PAGE),
    (r) => [
      r.name,
      r.mobile,
      r.idNumber,
      r.date,
      r.product,
      r.amount / 100,
      r.profit === null ? null : r.profit / 100,
      r.channel,
      r.notes,
      r.maturesOn,
    ],
  );
}

export async function exportData(db: Db, request: ExportRequest): Promise<ExportFile> {
  const { sheet, written } =
    request.what === 'customers'
      ? customerSheet(db, request.filter, request.language)
      : purchaseSheet(db, request.language);
  // The date where the branch is (an export made in Beijing after midnight is named with that day, not UTC's).
  const base = `${sheet.name}-${localDate()}`;
  if (request.format === 'csv') {
    const bytes = toCsv(sheet, request.encoding);
    return { fileName: `${base}.csv`, mimeType: 'text/csv', bytes, rows: written() };
  }
  const bytes = await toXlsx([sheet]);
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes,
    rows: written(),
  };
}

/** An export as `exportData` makes it, recorded in the audit log: what, in which format, how many rows, which filter. */
export async function exportRecorded(db: Db, request: ExportRequest, actor: string): Promise<ExportFile> {
  const file = await exportData(db, request);
  audit(db, {
    entity: 'export',
    entityId: request.what,
    action: 'export',
    staffId: actor,
    changes: {
      format: request.format,
      rows: file.rows,
      ...(request.what === 'customers' ? { filter: request.filter } : {}),
    },
  });
  return file;
}
