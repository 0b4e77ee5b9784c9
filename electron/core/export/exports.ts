/** Customer and transaction exports in the user's language, with headers the importer reads back. */
import type { Customer, Language } from '../../../shared/domain';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { iterateCustomers, type CustomerFilter } from '../db/customers';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { toCsv, toXlsx, type ExportEncoding, type ExportFormat, type Sheet } from './write';

const CUSTOMER_COLUMNS: readonly [MessageKey, (c: Customer, t: (k: MessageKey) => string) => string | number | null][] =
  [
    ['customer.name', (c) => c.name],
    ['customer.kind', (c, t) => t(`kind.${c.kind}` as MessageKey)],
    ['customer.gender', (c, t) => (c.gender ? t(`gender.${c.gender}` as MessageKey) : null)],
    ['customer.birthDate', (c) => c.birthDate],
    ['customer.mobile', (c) => c.mobile],
    ['customer.phone', (c) => c.phone],
    ['customer.email', (c) => c.email],
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
    ['customer.tags', (c) => c.tags.join(', ') || null],
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

function customerSheet(db: Db, filter: CustomerFilter, language: Language): { sheet: Sheet; rows: number } {
  const t = (k: MessageKey): string => translate(language, k);
  const customers = [...iterateCustomers(db, filter)];
  const customKeys = [...new Set(customers.flatMap((c) => Object.keys(c.customFields)))].sort();
  const rows = customers.map((c) => [
    ...CUSTOMER_COLUMNS.map(([, get]) => get(c, t)),
    ...customKeys.map((k) => c.customFields[k] ?? null),
  ]);
  return {
    sheet: { name: t('export.customersSheet'), headers: [...CUSTOMER_COLUMNS.map(([k]) => t(k)), ...customKeys], rows },
    rows: rows.length,
  };
}

function transactionSheet(db: Db, language: Language): { sheet: Sheet; rows: number } {
  const t = (k: MessageKey): string => translate(language, k);
  const rows = (
    stmt(
      db,
      `SELECT c.name, c.mobile, c.id_number AS idNumber, x.occurred_on AS date, x.product, x.amount_cents AS amount,
         x.profit_cents AS profit, x.channel, x.notes
       FROM transactions x JOIN customers c ON c.id = x.customer_id
       WHERE x.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY x.occurred_on, c.name_pinyin`,
    ).all() as {
      name: string;
      mobile: string | null;
      idNumber: string | null;
      date: string;
      product: string;
      amount: number;
      profit: number | null;
      channel: string | null;
      notes: string | null;
    }[]
  ).map((r) => [
    r.name,
    r.mobile,
    r.idNumber,
    r.date,
    r.product,
    r.amount / 100,
    r.profit === null ? null : r.profit / 100,
    r.channel,
    r.notes,
  ]);
  const headers = (
    [
      'customer.name',
      'customer.mobile',
      'export.idNumber',
      'transaction.date',
      'transaction.product',
      'transaction.amount',
      'transaction.profit',
      'transaction.channel',
      'transaction.notes',
    ] as const
  ).map((k) => t(k));
  return { sheet: { name: t('export.transactionsSheet'), headers, rows }, rows: rows.length };
}

export async function exportData(db: Db, request: ExportRequest): Promise<ExportFile> {
  const { sheet, rows } =
    request.what === 'customers'
      ? customerSheet(db, request.filter, request.language)
      : transactionSheet(db, request.language);
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `${sheet.name}-${stamp}`;
  if (request.format === 'csv')
    return { fileName: `${base}.csv`, mimeType: 'text/csv', bytes: toCsv(sheet, request.encoding), rows };
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await toXlsx([sheet]),
    rows,
  };
}
