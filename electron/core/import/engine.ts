/** The import engine: inspect a file, preview it normalised, review its duplicates, run it as one undoable batch. */
import type { Customer } from '../../../shared/customers/types';
import { DossierError } from '../../../shared/result';
import type {
  CellIssue,
  ColumnMapping,
  DateOrder,
  DuplicateMatch,
  DuplicatePolicy,
  DuplicateReview,
  ImportSummary,
  ImportTarget,
  Inspection,
  PreviewRow,
  RejectedRow,
  TextEncoding,
} from '../../../shared/import/types';
import type { CustomerValues } from '../../../shared/customers/schemas';
import { normalisePhone, validateResidentId } from '../../../shared/rules/index';
import { findDuplicates } from '../customers/duplicates';
import { getCustomer, insertCustomerRow, updateCustomerRow } from '../customers/records';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { createStaff, listStaff } from '../staff/staff';
import { nowIso, uuidv7 } from '../ids';
import type { StoredBefore } from './batches';
import { inferDateOrder } from './dates';
import { detectHeaderRow, guessMapping } from './mapping';
import { rowToCustomer, rowToTransaction, type RowContext } from './rows';
import { DeferredSearchIndex } from './search-index';
import { checkHasData, isBlankRow, openTable, type TableInfo, type TableSource } from './table';

export interface ImportSettings {
  readonly target: ImportTarget;
  readonly sheet?: string | null;
  readonly encoding?: TextEncoding | null;
  readonly headerRow?: number | null;
  readonly mapping?: readonly ColumnMapping[] | null;
  readonly dateOrders?: Readonly<Record<number, DateOrder>>;
}

export interface DataRow {
  /** 1-based, as the spreadsheet shows it. */
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/**
 * The data rows of a prepared file, blank rows dropped: counted when the file was prepared, and read again from the
 * table on every pass rather than held (a CSV is parsed again from its text), so an import streams them.
 */
export interface DataRows extends Iterable<DataRow> {
  readonly count: number;
}

export interface PreparedFile {
  readonly target: ImportTarget;
  readonly table: TableInfo;
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: readonly ColumnMapping[];
  readonly rememberedMapping: boolean;
  readonly dateOrders: Readonly<Record<number, DateOrder>>;
  readonly ambiguousDateColumns: readonly number[];
  /** Data rows with their 1-based spreadsheet row numbers; blank rows dropped. */
  readonly rows: DataRows;
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

/** Header detection reads the first rows, the width the rows from the header on, mapping guesses the first data rows. */
const HEADER_SCAN = 20;
const WIDTH_ROWS = 200;
const SAMPLE_ROWS = 500;
/** Date-column values are judged in blocks of this many (inferDateOrder stops at the first telling value). */
const DATE_BLOCK = 1024;

export async function prepareFile(
  db: Db,
  fileName: string,
  bytes: Buffer,
  settings: ImportSettings,
): Promise<PreparedFile> {
  return prepareSource(db, await openTable(fileName, bytes, settings), settings);
}

/**
 * Finds the header, the mapping and the date orders in one pass over the table, keeping only the header and the
 * first data rows: a date column's order may be settled by its last row, and the rows are counted.
 */
export function prepareSource(db: Db, source: TableSource, settings: ImportSettings): PreparedFile {
  const { rows: read, ...table } = source;
  const target = settings.target;
  let headerRow: number | null = settings.headerRow ?? null;
  const head: (readonly string[])[] = [];
  let headerCells: readonly string[] = [];
  let width = 0;
  let total = 0;
  let nonBlank = 0;
  let dataRows = 0;
  const sample: (readonly string[])[] = [];
  // What the header and the first data rows decide; settled once those are read (or the table ends).
  let settled = null as { headers: string[]; mapping: ColumnMapping[]; remembered: boolean } | null;
  // Date columns whose order the values must settle: their values in blocks, and what the blocks showed so far.
  let dateColumns: { col: number; block: string[]; slashed: boolean; order: DateOrder | null }[] = [];

  const judge = (c: (typeof dateColumns)[number]): void => {
    const order = inferDateOrder(c.block);
    c.block = [];
    if (order === 'ambiguous') c.slashed = true;
    else if (order) c.order = order;
  };
  const feed = (cells: readonly string[]): void => {
    for (const c of dateColumns) {
      if (c.order) continue;
      c.block.push(cells[c.col] ?? '');
      if (c.block.length === DATE_BLOCK) judge(c);
    }
  };
  const settle = (): NonNullable<typeof settled> => {
    const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
    const remembered = settings.mapping ? null : rememberedMapping(db, target, headers);
    const mapping = settings.mapping
      ? headers.map((_, i) => settings.mapping?.[i] ?? 'ignore')
      : (remembered ?? guessMapping(headers, sample, target));
    dateColumns = [];
    mapping.forEach((field, col) => {
      if ((field === 'birthDate' || field === 'date') && !settings.dateOrders?.[col])
        dateColumns.push({ col, block: [], slashed: false, order: null });
    });
    for (const cells of sample) feed(cells);
    return { headers, mapping, remembered: remembered !== null };
  };
  const visit = (index: number, cells: readonly string[], blank: boolean): void => {
    if (headerRow === null || headerRow < 0 || index < headerRow) return;
    if (index < headerRow + WIDTH_ROWS) width = Math.max(width, cells.length);
    if (index === headerRow) headerCells = cells;
    else if (!blank) {
      dataRows++;
      if (settled) feed(cells);
      else {
        sample.push(cells);
        if (sample.length === SAMPLE_ROWS) settled = settle();
      }
    }
  };
  const detect = (): void => {
    headerRow = detectHeaderRow(head, target);
    head.forEach((cells, index) => visit(index, cells, isBlankRow(cells)));
    head.length = 0;
  };

  for (const cells of read()) {
    const index = total++;
    const blank = isBlankRow(cells);
    if (!blank) nonBlank++;
    if (headerRow !== null) visit(index, cells, blank);
    else {
      head.push(cells);
      if (head.length === HEADER_SCAN) detect();
    }
  }
  if (headerRow === null) detect();
  checkHasData(nonBlank);
  const header = headerRow ?? 0;
  if (header < 0 || header >= total)
    throw new DossierError({
      code: 'validation',
      message: 'Header row out of range',
      issues: [{ path: 'headerRow', code: 'import.headerRow' }],
    });
  const { headers, mapping, remembered } = settled ?? settle();
  const dateOrders: Record<number, DateOrder> = { ...(settings.dateOrders ?? {}) };
  const ambiguousDateColumns: number[] = [];
  for (const c of dateColumns) {
    if (!c.order && c.block.length > 0) judge(c);
    if (c.order) dateOrders[c.col] = c.order;
    else if (c.slashed) ambiguousDateColumns.push(c.col);
  }
  const first = header + 1;
  const rows: DataRows = {
    count: dataRows,
    *[Symbol.iterator]() {
      let index = 0;
      for (const cells of read()) {
        if (index >= first && !isBlankRow(cells)) yield { rowNumber: index + 1, cells };
        index++;
      }
    },
  };
  return {
    target,
    table,
    headerRow: header,
    headers,
    mapping,
    rememberedMapping: remembered,
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
    dataRows: file.rows.count,
    counted: valid + invalid,
    valid,
    invalid,
    duplicates,
    preview,
  };
}

/** The rows in arrays of `size` (the last one shorter); an empty input gives none. */
function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Rows whose keys the review remembers to find later rows of the file that repeat them. */
const REVIEW_KEYS = 100_000;

/**
 * The whole file's duplicates, as the import would find them before writing anything: rows matching a customer by
 * mobile, ID number or name at the same employer, and rows repeating an earlier row of the file that the run would
 * create (of the first REVIEW_KEYS such rows; `partialAfter` says when the file has more rows than that, and
 * later repeats may be missed). All are counted; the first `limit` are returned with the customer or row they match.
 */
export function reviewDuplicates(db: Db, file: PreparedFile, limit = 1000): DuplicateReview {
  const matches: DuplicateMatch[] = [];
  let total = 0;
  const partialAfter = file.rows.count > REVIEW_KEYS ? REVIEW_KEYS : null;
  if (file.target !== 'customers') return { total, matches, partialAfter: null };
  const ctx = context(file);
  const seen = new Map<string, number>();
  let remembered = 0;
  for (const chunk of chunksOf(file.rows, CHUNK)) {
    const rows = chunk.flatMap(({ rowNumber, cells }) => {
      const values = rowToCustomer(cells, ctx).values;
      return values ? [{ rowNumber, values }] : [];
    });
    const found = existingKeys(
      db,
      rows.map((r) => r.values),
    );
    for (const { rowNumber, values } of rows) {
      const keys = fileKeys(values);
      const inDb = found.has(values);
      const earlier = inDb ? undefined : keys.map((k) => seen.get(k)).find((n) => n !== undefined);
      // As the run under skip: only a row it would create is one that later rows can repeat.
      if (!inDb && earlier === undefined) {
        if (remembered++ < REVIEW_KEYS) for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
        continue;
      }
      total++;
      if (matches.length >= limit) continue;
      const hit = inDb ? findDuplicates(db, values, null)[0] : undefined;
      const match: DuplicateMatch['match'] | null = hit
        ? { id: hit.id, name: hit.name, reasons: hit.reasons }
        : earlier !== undefined
          ? { id: '', name: `#${earlier}`, reasons: ['inFile'] }
          : null;
      const { name, mobile, idNumber, employer } = values;
      if (match) matches.push({ rowNumber, name, mobile, idNumber, employer, match });
    }
  }
  return { total, matches, partialAfter };
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

/** The page cache an import runs with, in SQLite's units (negative: KiB). */
const IMPORT_CACHE_SIZE = -16_384;
/** How often (in rows) progress is reported and a cancel is checked. */
const PROGRESS_EVERY = 500;
/** Rows normalised and checked for duplicates together (a divisor of PROGRESS_EVERY). */
const CHUNK = 500;
/** Rows whose keys an import remembers to find later duplicates of them without the database (≈ 200 bytes each). */
const WRITTEN_KEYS = 100_000;

interface Keyed {
  readonly name: string;
  readonly mobile: string | null;
  readonly idNumber: string | null;
  readonly employer: string | null;
}

/** The keys findDuplicates matches on (mobile, ID number, name at employer), as sets, compared as SQL compares them. */
class DuplicateKeys {
  private readonly mobiles = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly employers = new Map<string, Set<string>>();

  add(mobile: string | null, idNumber: string | null, name: string | null, employer: string | null): void {
    if (mobile !== null) this.mobiles.add(mobile);
    if (idNumber !== null) this.ids.add(idNumber);
    if (name !== null && employer !== null) {
      let at = this.employers.get(name);
      if (!at) this.employers.set(name, (at = new Set()));
      at.add(employer);
    }
  }

  has(v: Keyed): boolean {
    return (
      (v.mobile !== null && this.mobiles.has(v.mobile)) ||
      (v.idNumber !== null && this.ids.has(v.idNumber)) ||
      (v.employer !== null && this.employers.get(v.name)?.has(v.employer) === true)
    );
  }
}

const placeholders = (n: number, each: string): string => Array.from({ length: n }, () => each).join(', ');
// One statement per key for a whole chunk, always with CHUNK parameters (unused ones NULL, which match nothing).
const MOBILES_IN = `SELECT mobile FROM customers WHERE mobile IN (${placeholders(CHUNK, '?')}) AND deleted_at IS NULL`;
const IDS_IN = `SELECT id_number AS idNumber FROM customers WHERE id_number IN (${placeholders(CHUNK, '?')}) AND deleted_at IS NULL`;
const PAIRS_IN = `SELECT name, employer FROM customers WHERE (name, employer) IN (VALUES ${placeholders(CHUNK, '(?, ?)')}) AND deleted_at IS NULL`;

/** Which of these customers' keys live customers already have: three indexed queries instead of one per row. */
function existingKeys(db: Db, rows: readonly Keyed[]): DuplicateKeys {
  const found = new DuplicateKeys();
  if (rows.length === 0) return found;
  const mobiles = new Set<string>();
  const ids = new Set<string>();
  const pairs: (string | null)[] = [];
  for (const v of rows) {
    if (v.mobile !== null) mobiles.add(v.mobile);
    if (v.idNumber !== null) ids.add(v.idNumber);
    if (v.employer !== null) pairs.push(v.name, v.employer);
  }
  const padded = (values: (string | null)[], n: number): (string | null)[] => {
    while (values.length < n) values.push(null);
    return values;
  };
  if (mobiles.size > 0)
    for (const r of stmt(db, MOBILES_IN).all(padded([...mobiles], CHUNK)) as { mobile: string }[])
      found.add(r.mobile, null, null, null);
  if (ids.size > 0)
    for (const r of stmt(db, IDS_IN).all(padded([...ids], CHUNK)) as { idNumber: string }[])
      found.add(null, r.idNumber, null, null);
  if (pairs.length > 0)
    for (const r of stmt(db, PAIRS_IN).all(padded(pairs, 2 * CHUNK)) as { name: string; employer: string }[])
      found.add(null, null, r.name, r.employer);
  return found;
}

/**
 * Runs the whole file in one transaction: a cancel, an error or a killed process leaves the database as it
 * was. The batch and what it changed are recorded so the import can be undone later. Rows stream through: a chunk
 * is normalised, its duplicates looked up at once, then written; new customers are indexed for search in blocks.
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
  const policy = options.policy;
  const rejectedRows: RejectedRow[] = [];
  let created = 0;
  let updated = 0;
  let skipped = 0;
  const total = file.rows.count;
  const staffByName = new Map(listStaff(db).map((s) => [s.name, s.id]));
  const createdStaff: string[] = [];
  const ownerId = (name: string | null): string | null => {
    if (!name) return null;
    let id = staffByName.get(name);
    if (!id) {
      id = createStaff(db, name).id;
      staffByName.set(name, id);
      createdStaff.push(id);
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

  // A smaller page cache while importing: the import writes each index page a few times, so 16 MB instead of 64 costs
  // no time (measured with 89k new customers into 100k) and saves ~60 MB of memory at the import's peak.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
  try {
    db.transaction(() => {
      // The batch row goes first so items can reference it; its counts are filled in at the end.
      stmt(
        db,
        `INSERT INTO import_batches (id, target, file_name, sheet, policy, created, updated, skipped, rejected, staff_id, started_at, finished_at)
       VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)`,
      ).run(batchId, target, options.fileName, file.table.sheet, policy, options.actor, startedAt, startedAt);
      const now = nowIso();

      const transactionRow = ({ rowNumber, cells }: DataRow): void => {
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
      };

      const index =
        target === 'customers' && total > 0
          ? new DeferredSearchIndex(db, policy === 'fill' || policy === 'overwrite')
          : null;
      // Keys this import has written (new customers, and updated ones' new keys), up to a bound: a row with one of
      // them is a duplicate without asking the database (files repeat customers). Past the bound rows are still
      // looked up, which is exact too: only the database lookup of a chunk misses the rows written in that chunk.
      const written = new DuplicateKeys();
      let writtenRows = 0;
      const wrote = (v: Keyed): void => {
        if (writtenRows++ < WRITTEN_KEYS) written.add(v.mobile, v.idNumber, v.name, v.employer);
      };
      // One chunk of customer rows: normalised first, then looked up against the database at once (those not already
      // known as duplicates), then written in file order. The rows written in this chunk are not in that lookup, so
      // their keys are kept alongside (inChunk). Under skip, written keys, the lookup and inChunk together say exactly
      // whether findDuplicates would find a match (nothing is updated or deleted); under fill and overwrite, which
      // change keys, a row that hits any of them is looked up exactly, and a row that hits none has no match.
      const customerChunk = (chunk: readonly DataRow[]): void => {
        const rows = chunk.map(({ rowNumber, cells }) => {
          const row = rowToCustomer(cells, ctx);
          return {
            rowNumber,
            cells,
            row,
            known: policy !== 'create' && row.values !== null && written.has(row.values),
          };
        });
        const unknown: CustomerValues[] = [];
        for (const r of rows) if (r.row.values && !r.known) unknown.push(r.row.values);
        const found = policy === 'create' ? null : existingKeys(db, unknown);
        const inChunk = new DuplicateKeys();
        for (const { rowNumber, cells, row, known } of rows) {
          if (!row.values) {
            rejectedRows.push({ rowNumber, cells, issues: row.issues });
            continue;
          }
          const values: CustomerValues = { ...row.values, ownerId: ownerId(row.owner) ?? row.values.ownerId };
          let match: { id: string } | undefined;
          // Keys written since the chunk began are in inChunk as well.
          if (found && (known || found.has(values) || inChunk.has(values))) {
            if (policy === 'skip') {
              skipped++;
              continue;
            }
            match = findDuplicates(db, values, null)[0];
          }
          if (!match) {
            const id = uuidv7();
            insertCustomerRow(db, id, values, options.actor, now);
            index?.inserted(id);
            inChunk.add(values.mobile, values.idNumber, values.name, values.employer);
            wrote(values);
            recordItem.run(batchId, 'customer', id, 'created', null);
            created++;
            continue;
          }
          const current = getCustomer(db, match.id);
          const before = valuesOf(current);
          const merged = merge(before, values, policy === 'overwrite' ? 'overwrite' : 'fill');
          if (JSON.stringify(merged) === JSON.stringify(before)) {
            skipped++;
            continue;
          }
          index?.beforeUpdate(match.id);
          updateCustomerRow(db, match.id, merged, options.actor, now);
          inChunk.add(merged.mobile, merged.idNumber, merged.name, merged.employer);
          wrote(merged);
          const stored: StoredBefore = { ...before, updatedAt: current.updatedAt, updatedBy: current.updatedBy };
          recordItem.run(batchId, 'customer', match.id, 'updated', JSON.stringify(stored));
          updated++;
        }
      };

      let done = 0;
      for (const chunk of chunksOf(file.rows, CHUNK)) {
        if (done % PROGRESS_EVERY === 0) {
          if (options.isCancelled?.()) throw new ImportCancelled();
          options.onProgress?.(done, total);
        }
        if (target === 'customers') customerChunk(chunk);
        else chunk.forEach(transactionRow);
        done += chunk.length;
      }
      index?.finish();
      options.onProgress?.(total, total);
      stmt(
        db,
        `UPDATE import_batches SET created = ?, updated = ?, skipped = ?, rejected = ?, rejected_rows = ?, created_staff = ?,
           finished_at = ? WHERE id = ?`,
      ).run(
        created,
        updated,
        skipped,
        rejectedRows.length,
        JSON.stringify({ headers: file.headers, rows: rejectedRows }),
        JSON.stringify(createdStaff),
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
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return { batchId, created, updated, skipped, rejected: rejectedRows.length, ms: Date.now() - started, rejectedRows };
}
