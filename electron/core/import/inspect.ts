/** The wizard's preview of a file: counts over its first rows, and the first rows normalised with their duplicates. */
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { CellIssue, Inspection, PreviewRow } from '../../../shared/import/types';
import { findDuplicates } from '../customers/duplicates';
import type { Db } from '../db/open';
import { matchCustomer } from './customer-match';
import { fileKeys } from './duplicate-keys';
import { rowContext, type PreparedFile } from './prepare';
import { rowToCustomer, rowToPurchase } from './rows';

function displayValues(v: CustomerValues, owner: string | null): Record<string, string | null> {
  return {
    name: v.name,
    kind: v.kind,
    gender: v.gender,
    birthDate: v.birthDate,
    mobile: v.mobile,
    phone: v.phone,
    email: v.email,
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

/** What the wizard shows: counts over the whole file and the first rows normalised, with duplicates found. */
export function inspect(db: Db, fileId: string, fileName: string, file: PreparedFile, previewLimit = 100): Inspection {
  const ctx = rowContext(file);
  let valid = 0;
  let invalid = 0;
  let duplicates = 0;
  const preview: PreviewRow[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of file.rows) {
    // Counting stops at a sample so a 100k-row file previews at once; the run checks every row.
    if (valid + invalid >= INSPECT_SAMPLE) break;
    let issues: CellIssue[];
    let values: Record<string, string | null> = {};
    let duplicate: PreviewRow['duplicate'] = null;
    if (ctx.mapping.includes('name') || ctx.mapping.includes('mobile') || ctx.mapping.includes('idNumber')) {
      if (file.target === 'customers') {
        const row = rowToCustomer(cells, ctx);
        issues = row.issues;
        if (row.values) {
          values = displayValues(row.values, row.owner);
          const dbMatch = findDuplicates(db, row.values, null)[0];
          if (dbMatch) duplicate = { id: dbMatch.id, name: dbMatch.name, reasons: dbMatch.reasons };
          else {
            const earlier = fileKeys(row.values)
              .map((k) => seen.get(k))
              .find((n) => n !== undefined);
            if (earlier !== undefined) duplicate = { id: '', name: `#${earlier}`, reasons: ['inFile'] };
          }
          for (const k of fileKeys(row.values)) if (!seen.has(k)) seen.set(k, rowNumber);
        }
      } else {
        const row = rowToPurchase(cells, ctx);
        issues = row.issues;
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
      }
    } else issues = [{ column: -1, code: 'import.noNameColumn' }];
    if (issues.length > 0) invalid++;
    else valid++;
    if (duplicate) duplicates++;
    if (preview.length < previewLimit) preview.push({ rowNumber, cells, values, issues, duplicate });
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
