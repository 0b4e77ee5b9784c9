/**
 * The wizard's preview of a file: counts over its first rows and the first rows normalised with their duplicates;
 * and any page of the whole file's rows, all of them or only those ready, with problems or duplicates.
 */
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { CellIssue, Inspection, PreviewFilter, PreviewPage, PreviewRow } from '../../../shared/import/types';
import { findDuplicates } from '../customers/duplicates';
import type { Db } from '../db/open';
import { matchCustomer } from './customer-match';
import { CHUNK, chunksOf, existingKeys, fileKeys } from './duplicate-keys';
import { rowContext, type DataRow, type PreparedFile } from './prepare';
import { rowToCustomer, rowToPurchase, type CustomerRow } from './rows';

function displayValues(v: CustomerValues, owner: string | null): Record<string, string | null> {
  return {
    name: v.name,
    kind: v.kind,
    gender: v.gender,
    birthDate: v.birthDate,
    mobile: v.mobile,
    phone: v.phone,
    email: v.email,
    idType: v.idType,
    idNumber: v.idNumber,
    employer: v.employer,
    position: v.position,
    region: v.region,
    address: v.address,
    owner,
    tags: v.tags.join(', ') || null,
  };
}

const INSPECT_SAMPLE = 5000;
/** Rows whose keys a preview remembers to name later rows of the file repeating them. */
const PREVIEW_KEYS = 100_000;

/** A row as the preview shows it; a duplicate of a customer is named (one query) by `detailed`, for rows shown. */
interface Previewed {
  readonly row: PreviewRow;
  readonly detailed: () => PreviewRow;
}

const plain = (row: PreviewRow): Previewed => ({ row, detailed: () => row });

/**
 * Rows of the file as the preview shows them, in file order, chunk by chunk: customer rows are looked up against the
 * database a chunk at once.
 */
function* previewRows(db: Db, file: PreparedFile): Generator<Previewed> {
  const ctx = rowContext(file);
  const named =
    ctx.mapping.includes('name') ||
    (ctx.mapping.includes('givenName') && ctx.mapping.includes('familyName')) ||
    ctx.mapping.includes('mobile') ||
    ctx.mapping.includes('idNumber');
  const seen = new Map<string, number>();
  for (const chunk of chunksOf(file.rows, CHUNK)) {
    if (!named) {
      for (const { rowNumber, cells } of chunk)
        yield plain({
          rowNumber,
          cells,
          values: {},
          issues: [{ column: -1, code: 'import.noNameColumn' }],
          duplicate: null,
        });
      continue;
    }
    if (file.target !== 'customers') {
      for (const row of chunk) yield plain(purchasePreview(db, row, file));
      continue;
    }
    const rows = chunk.map((data): { data: DataRow; row: CustomerRow } => ({
      data,
      row: rowToCustomer(data.cells, ctx),
    }));
    const found = existingKeys(
      db,
      rows.flatMap((r) => (r.row.values ? [r.row.values] : [])),
    );
    for (const { data, row } of rows) {
      const { rowNumber, cells } = data;
      const v = row.values;
      if (!v) {
        yield plain({ rowNumber, cells, values: {}, issues: row.issues, duplicate: null });
        continue;
      }
      const shown = { rowNumber, cells, values: displayValues(v, row.owner), issues: row.issues };
      const keys = fileKeys(v);
      const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
      if (seen.size < PREVIEW_KEYS * 3) for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
      if (found.has(v)) {
        // Which customer, only for a row that is shown.
        const detailed = (): PreviewRow => {
          const hit = findDuplicates(db, v, null)[0];
          return { ...shown, duplicate: hit ? { id: hit.id, name: hit.name, reasons: hit.reasons } : null };
        };
        yield { row: { ...shown, duplicate: { id: '', name: '', reasons: [] } }, detailed };
      } else
        yield plain({
          ...shown,
          duplicate: earlier === undefined ? null : { id: '', name: `#${earlier}`, reasons: ['inFile'] },
        });
    }
  }
}

function purchasePreview(db: Db, { rowNumber, cells }: DataRow, file: PreparedFile): PreviewRow {
  const row = rowToPurchase(cells, rowContext(file));
  let issues: CellIssue[] = row.issues;
  let values: Record<string, string | null> = {};
  if (row.values) {
    const customer = matchCustomer(db, row.match);
    if (!customer.ok) issues = [...issues, { column: -1, code: customer.code }];
    values = {
      customer: customer.ok ? customer.name : null,
      date: row.values.occurredOn,
      maturesOn: row.values.maturesOn,
      product: row.values.product,
      amount: (row.values.amountCents / 100).toFixed(2),
      profit: row.values.profitCents === null ? null : (row.values.profitCents / 100).toFixed(2),
    };
  }
  return { rowNumber, cells, values, issues, duplicate: null };
}

const FILTERS: Readonly<Record<PreviewFilter, (row: PreviewRow) => boolean>> = {
  all: () => true,
  valid: (row) => row.issues.length === 0,
  invalid: (row) => row.issues.length > 0,
  duplicates: (row) => row.duplicate !== null,
};

/** What the wizard shows: counts over the first rows of the file and the first rows normalised, with duplicates. */
export function inspect(db: Db, fileId: string, fileName: string, file: PreparedFile, previewLimit = 100): Inspection {
  let valid = 0;
  let invalid = 0;
  let duplicates = 0;
  const preview: PreviewRow[] = [];
  // Counting stops at a sample so a 100k-row file previews at once; the run checks every row, a preview page too.
  for (const { row, detailed } of previewRows(db, file)) {
    if (valid + invalid >= INSPECT_SAMPLE) break;
    if (row.issues.length > 0) invalid++;
    else valid++;
    if (row.duplicate) duplicates++;
    if (preview.length < previewLimit) preview.push(detailed());
  }
  return {
    fileId,
    fileName,
    format: file.table.format,
    sheets: file.table.sheets,
    sheet: file.table.sheet,
    encoding: file.table.encoding,
    delimiter: file.table.delimiter,
    headerRow: file.headerRow,
    headers: file.labels,
    mapping: file.mapping,
    rememberedMapping: file.rememberedMapping,
    ambiguousDateColumns: file.ambiguousDateColumns,
    dataRows: file.rows.count,
    counted: valid + invalid,
    valid,
    invalid,
    duplicates,
    preview,
  };
}

/**
 * One page of the whole file's rows that pass the filter, and how many rows of the file do: the file is read to its
 * end, only the page's rows are kept.
 */
export function previewPage(
  db: Db,
  file: PreparedFile,
  page: { readonly filter: PreviewFilter; readonly offset: number; readonly limit: number },
): PreviewPage {
  const keep = FILTERS[page.filter];
  const rows: PreviewRow[] = [];
  let total = 0;
  for (const { row, detailed } of previewRows(db, file)) {
    if (!keep(row)) continue;
    if (total >= page.offset && rows.length < page.limit) rows.push(detailed());
    total++;
  }
  return { filter: page.filter, offset: page.offset, total, rows };
}
