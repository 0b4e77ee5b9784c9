/** The import engine: inspect a file, preview it normalised, run it as one undoable batch, undo it. */
import type { Customer } from '../../../shared/domain';
import { DossierError } from '../../../shared/result';
import type {
  CellIssue,
  ColumnMapping,
  DateOrder,
  DuplicatePolicy,
  ImportBatch,
  ImportSummary,
  ImportTarget,
  Inspection,
  PreviewRow,
  RejectedRow,
  TextEncoding,
} from '../../../shared/import';
import type { CustomerValues } from '../../../shared/schemas';
import { normalisePhone, validateResidentId } from '../../../shared/rules/index';
import { findDuplicates, getCustomer, insertCustomerRow, updateCustomerRow } from '../db/customers';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { createStaff, listStaff } from '../db/staff';
import { nowIso, uuidv7 } from '../ids';
import { inferDateOrder } from './dates';
import { detectHeaderRow, guessMapping } from './mapping';
import { rowToCustomer, rowToTransaction, type RowContext } from './rows';
import { readTable, type Table } from './table';

export interface ImportSettings {
  readonly target: ImportTarget;
  readonly sheet?: string | null;
  readonly encoding?: TextEncoding | null;
  readonly headerRow?: number | null;
  readonly mapping?: readonly ColumnMapping[] | null;
  readonly dateOrders?: Readonly<Record<number, DateOrder>>;
}

export interface PreparedFile {
  readonly target: ImportTarget;
  readonly table: Table;
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: readonly ColumnMapping[];
  readonly rememberedMapping: boolean;
  readonly dateOrders: Readonly<Record<number, DateOrder>>;
  readonly ambiguousDateColumns: readonly number[];
  /** Data rows with their 1-based spreadsheet row numbers; blank rows dropped. */
  readonly rows: readonly { readonly rowNumber: number; readonly cells: readonly string[] }[];
}

const headerKey = (target: ImportTarget, headers: readonly string[]): string =>
  `${target}|${headers.map((h) => h.trim().toLowerCase()).join('\u0001')}`;

function rememberedMapping(db: Db, target: ImportTarget, headers: readonly string[]): ColumnMapping[] | null {
  const row = stmt(db, 'SELECT mapping FROM import_mappings WHERE header_key = ?').get(headerKey(target, headers)) as
    { mapping: string } | undefined;
  if (!row) return null;
  const mapping = JSON.parse(row.mapping) as ColumnMapping[];
  return mapping.length === headers.length ? mapping : null;
}

export async function prepareFile(
  db: Db,
  fileName: string,
  bytes: Buffer,
  settings: ImportSettings,
): Promise<PreparedFile> {
  const table = await readTable(fileName, bytes, settings);
  const headerRow = settings.headerRow ?? detectHeaderRow(table.rows, settings.target);
  if (headerRow < 0 || headerRow >= table.rows.length)
    throw new DossierError({
      code: 'validation',
      message: 'Header row out of range',
      issues: [{ path: 'headerRow', code: 'import.headerRow' }],
    });
  const width = Math.max(...table.rows.slice(headerRow, headerRow + 200).map((r) => r.length));
  const headerCells = table.rows[headerRow] ?? [];
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
  const rows: { rowNumber: number; cells: readonly string[] }[] = [];
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.some((c) => c.trim() !== '')) rows.push({ rowNumber: r + 1, cells });
  }
  const sample = rows.slice(0, 500).map((r) => r.cells);
  const remembered = settings.mapping ? null : rememberedMapping(db, settings.target, headers);
  const mapping = settings.mapping
    ? headers.map((_, i) => settings.mapping?.[i] ?? 'ignore')
    : (remembered ?? guessMapping(headers, sample, settings.target));
  const dateOrders: Record<number, DateOrder> = { ...(settings.dateOrders ?? {}) };
  const ambiguousDateColumns: number[] = [];
  mapping.forEach((field, col) => {
    if (field !== 'birthDate' && field !== 'date') return;
    if (dateOrders[col]) return;
    const order = inferDateOrder(rows.map((r) => r.cells[col] ?? ''));
    if (order === 'ambiguous') ambiguousDateColumns.push(col);
    else if (order) dateOrders[col] = order;
  });
  return {
    target: settings.target,
    table,
    headerRow,
    headers,
    mapping,
    rememberedMapping: remembered !== null,
    dateOrders,
    ambiguousDateColumns,
    rows,
  };
}

const context = (file: PreparedFile): RowContext => ({
  headers: file.headers,
  mapping: file.mapping,
  dateOrders: file.dateOrders,
});

/** Within-file duplicates: the same keys the database check uses. */
function fileKeys(v: CustomerValues): string[] {
  const keys: string[] = [];
  if (v.mobile) keys.push(`m:${v.mobile}`);
  if (v.idNumber) keys.push(`i:${v.idNumber}`);
  if (v.employer) keys.push(`n:${v.name}\u0001${v.employer}`);
  return keys;
}

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
  const ctx = context(file);
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
        const row = rowToTransaction(cells, ctx);
        issues = row.issues;
        if (row.values) {
          const customer = matchCustomer(db, row.match);
          if (!customer.ok) issues = [...issues, { column: -1, code: customer.code }];
          values = {
            customer: customer.ok ? customer.name : null,
            date: row.values.occurredOn,
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
    headers: file.headers,
    mapping: file.mapping,
    rememberedMapping: file.rememberedMapping,
    ambiguousDateColumns: file.ambiguousDateColumns,
    dataRows: file.rows.length,
    counted: valid + invalid,
    valid,
    invalid,
    duplicates,
    preview,
  };
}

/** A transaction's customer: by ID number, then mobile, then a name that only one customer has. */
function matchCustomer(
  db: Db,
  match: { name: string | null; mobile: string | null; idNumber: string | null },
): { ok: true; id: string; name: string } | { ok: false; code: string } {
  const find = (sql: string, value: string): { id: string; name: string }[] =>
    stmt(db, `SELECT id, name FROM customers WHERE deleted_at IS NULL AND ${sql} LIMIT 2`).all(value) as {
      id: string;
      name: string;
    }[];
  if (match.idNumber) {
    const id = validateResidentId(match.idNumber);
    const hit = find('id_number = ?', id.ok ? id.value : match.idNumber.trim().toUpperCase())[0];
    if (hit) return { ok: true, ...hit };
  }
  if (match.mobile) {
    const phone = normalisePhone(match.mobile);
    const hit = phone.ok ? find('mobile = ?', phone.value)[0] : undefined;
    if (hit) return { ok: true, ...hit };
  }
  if (match.name) {
    const hits = find('name = ?', match.name.trim());
    if (hits.length === 1 && hits[0]) return { ok: true, ...hits[0] };
    if (hits.length > 1) return { ok: false, code: 'import.customerAmbiguous' };
  }
  return { ok: false, code: 'import.customerNotFound' };
}

function valuesOf(c: Customer): CustomerValues {
  return {
    kind: c.kind,
    name: c.name,
    gender: c.gender,
    birthDate: c.birthDate,
    mobile: c.mobile,
    phone: c.phone,
    email: c.email,
    address: c.address,
    region: c.region,
    employer: c.employer,
    position: c.position,
    nationality: c.nationality,
    maritalStatus: c.maritalStatus,
    source: c.source,
    idNumber: c.idNumber,
    industry: c.industry,
    headcount: c.headcount,
    ownerId: c.ownerId,
    notes: c.notes,
    tags: [...c.tags],
    customFields: { ...c.customFields },
  };
}

/** fill: only empty fields take the file's value; overwrite: the file's non-empty values win. Tags are merged. */
function merge(existing: CustomerValues, incoming: CustomerValues, policy: 'fill' | 'overwrite'): CustomerValues {
  const merged: Record<string, unknown> = { ...existing };
  for (const [k, v] of Object.entries(incoming)) {
    if (k === 'tags' || k === 'customFields' || k === 'kind') continue;
    const current = (existing as unknown as Record<string, unknown>)[k];
    if (v === null || v === undefined || v === '') continue;
    if (policy === 'overwrite' || current === null || current === undefined || current === '') merged[k] = v;
  }
  merged.tags = [...new Set([...existing.tags, ...incoming.tags])];
  merged.customFields =
    policy === 'overwrite'
      ? { ...existing.customFields, ...incoming.customFields }
      : { ...incoming.customFields, ...existing.customFields };
  return merged as unknown as CustomerValues;
}

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
  }
}

export interface RunOptions {
  readonly fileName: string;
  readonly policy: DuplicatePolicy;
  readonly actor: string | null;
  readonly onProgress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
}

/**
 * Runs the whole file in one transaction: a cancel, an error or a killed process leaves the database as it
 * was. The batch and what it changed are recorded so the import can be undone later.
 */
export function runImport(
  db: Db,
  file: PreparedFile,
  options: RunOptions,
): ImportSummary & { rejectedRows: RejectedRow[] } {
  const started = Date.now();
  const startedAt = nowIso();
  const ctx = context(file);
  const batchId = uuidv7();
  const target = file.target;
  const rejectedRows: RejectedRow[] = [];
  let created = 0;
  let updated = 0;
  let skipped = 0;
  const total = file.rows.length;
  const staffByName = new Map(listStaff(db).map((s) => [s.name, s.id]));
  const ownerId = (name: string | null): string | null => {
    if (!name) return null;
    let id = staffByName.get(name);
    if (!id) {
      id = createStaff(db, name).id;
      staffByName.set(name, id);
    }
    return id;
  };
  const recordItem = stmt(
    db,
    'INSERT OR IGNORE INTO import_batch_items (batch_id, entity, entity_id, action, before) VALUES (?, ?, ?, ?, ?)',
  );
  const insertTransaction = stmt(
    db,
    `INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, profit_cents, channel, notes,
       created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  db.transaction(() => {
    // The batch row goes first so items can reference it; its counts are filled in at the end.
    stmt(
      db,
      `INSERT INTO import_batches (id, target, file_name, sheet, policy, created, updated, skipped, rejected, staff_id, started_at, finished_at)
       VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)`,
    ).run(batchId, target, options.fileName, file.table.sheet, options.policy, options.actor, startedAt, startedAt);
    const now = nowIso();
    file.rows.forEach(({ rowNumber, cells }, index) => {
      if (index % 500 === 0) {
        if (options.isCancelled?.()) throw new ImportCancelled();
        options.onProgress?.(index, total);
      }
      if (target === 'transactions') {
        const row = rowToTransaction(cells, ctx);
        const customer = row.values ? matchCustomer(db, row.match) : null;
        if (!row.values || !customer || !customer.ok) {
          rejectedRows.push({
            rowNumber,
            cells,
            issues: customer && !customer.ok ? [...row.issues, { column: -1, code: customer.code }] : row.issues,
          });
          return;
        }
        const id = uuidv7();
        const v = row.values;
        insertTransaction.run(
          id,
          customer.id,
          v.occurredOn,
          v.product,
          v.amountCents,
          v.profitCents,
          v.channel,
          v.notes,
          now,
          options.actor,
          now,
          options.actor,
        );
        recordItem.run(batchId, 'transaction', id, 'created', null);
        created++;
        return;
      }
      const row = rowToCustomer(cells, ctx);
      if (!row.values) {
        rejectedRows.push({ rowNumber, cells, issues: row.issues });
        return;
      }
      const values: CustomerValues = { ...row.values, ownerId: ownerId(row.owner) ?? row.values.ownerId };
      const match = options.policy === 'create' ? undefined : findDuplicates(db, values, null)[0];
      if (!match) {
        const id = uuidv7();
        insertCustomerRow(db, id, values, options.actor, now);
        recordItem.run(batchId, 'customer', id, 'created', null);
        created++;
        return;
      }
      if (options.policy === 'skip') {
        skipped++;
        return;
      }
      const existing = getCustomer(db, match.id);
      const before = valuesOf(existing);
      const merged = merge(before, values, options.policy === 'overwrite' ? 'overwrite' : 'fill');
      if (JSON.stringify(merged) === JSON.stringify(before)) {
        skipped++;
        return;
      }
      updateCustomerRow(db, match.id, merged, options.actor, now);
      recordItem.run(batchId, 'customer', match.id, 'updated', JSON.stringify(before));
      updated++;
    });
    options.onProgress?.(total, total);
    stmt(
      db,
      `UPDATE import_batches SET created = ?, updated = ?, skipped = ?, rejected = ?, rejected_rows = ?, finished_at = ? WHERE id = ?`,
    ).run(
      created,
      updated,
      skipped,
      rejectedRows.length,
      JSON.stringify({ headers: file.headers, rows: rejectedRows }),
      nowIso(),
      batchId,
    );
    stmt(
      db,
      'INSERT INTO import_mappings (header_key, target, mapping, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at',
    ).run(headerKey(target, file.headers), target, JSON.stringify(file.mapping), nowIso());
    audit(db, {
      entity: 'import',
      entityId: batchId,
      action: 'create',
      staffId: options.actor,
      changes: { fileName: options.fileName, created, updated, skipped, rejected: rejectedRows.length },
    });
  })();
  return { batchId, created, updated, skipped, rejected: rejectedRows.length, ms: Date.now() - started, rejectedRows };
}

export function listBatches(db: Db): ImportBatch[] {
  return stmt(
    db,
    `SELECT id, target, file_name AS fileName, policy, created, updated, skipped, rejected, started_at AS startedAt,
       finished_at AS finishedAt, undone_at AS undoneAt FROM import_batches ORDER BY started_at DESC LIMIT 200`,
  ).all() as ImportBatch[];
}

export function rejectedRowsOf(db: Db, batchId: string): { headers: string[]; rows: RejectedRow[] } {
  const row = stmt(db, 'SELECT rejected_rows AS rejected FROM import_batches WHERE id = ?').get(batchId) as
    { rejected: string } | undefined;
  if (!row)
    throw new DossierError({ code: 'not_found', message: `No import batch ${batchId}`, details: { id: batchId } });
  const parsed = JSON.parse(row.rejected) as { headers?: string[]; rows?: RejectedRow[] } | [];
  return Array.isArray(parsed) ? { headers: [], rows: [] } : { headers: parsed.headers ?? [], rows: parsed.rows ?? [] };
}

/** Removes what the batch created and puts back what it updated, in one transaction. */
export function undoImport(db: Db, batchId: string, actor: string | null): { removed: number; restored: number } {
  const batch = stmt(db, 'SELECT undone_at AS undoneAt FROM import_batches WHERE id = ?').get(batchId) as
    { undoneAt: string | null } | undefined;
  if (!batch)
    throw new DossierError({ code: 'not_found', message: `No import batch ${batchId}`, details: { id: batchId } });
  if (batch.undoneAt)
    throw new DossierError({
      code: 'conflict',
      message: 'This import was already undone',
      issues: [{ path: 'batchId', code: 'import.alreadyUndone' }],
    });
  let removed = 0;
  let restored = 0;
  db.transaction(() => {
    const items = stmt(
      db,
      'SELECT entity, entity_id AS entityId, action, before FROM import_batch_items WHERE batch_id = ?',
    ).all(batchId) as {
      entity: string;
      entityId: string;
      action: string;
      before: string | null;
    }[];
    const now = nowIso();
    for (const item of items) {
      if (item.entity === 'transaction') {
        removed += stmt(db, 'DELETE FROM transactions WHERE id = ?').run(item.entityId).changes;
      } else if (item.action === 'created') {
        removed += stmt(db, 'DELETE FROM customers WHERE id = ?').run(item.entityId).changes;
      } else if (item.before) {
        updateCustomerRow(db, item.entityId, JSON.parse(item.before) as CustomerValues, actor, now);
        restored++;
      }
    }
    stmt(db, 'UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?').run(now, actor, batchId);
    audit(db, {
      entity: 'import',
      entityId: batchId,
      action: 'delete',
      staffId: actor,
      changes: { removed, restored },
    });
  })();
  return { removed, restored };
}
