/** Import wizard types shared by the core, the CLI and the renderer. */
import type { ErrorBody } from '../result';
import type { UnknownProduct } from '../products/types';

export const DUPLICATE_POLICIES = ['skip', 'fill', 'overwrite', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export const IMPORT_TARGETS = ['customers', 'transactions'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export const CUSTOMER_FIELDS = [
  'name',
  'givenName',
  'familyName',
  'kind',
  'gender',
  'birthDate',
  'mobile',
  'phone',
  'email',
  'address',
  'region',
  'employer',
  'position',
  'nationality',
  'maritalStatus',
  'source',
  'idType',
  'idNumber',
  'industry',
  'headcount',
  'owner',
  'notes',
  'tags',
] as const;
export const PURCHASE_FIELDS = [
  'name',
  'givenName',
  'familyName',
  'mobile',
  'idNumber',
  'date',
  'maturesOn',
  'product',
  'amount',
  'profit',
  'channel',
  'notes',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
export type PurchaseField = (typeof PURCHASE_FIELDS)[number];
/** A column maps to a field, to a custom field kept on the customer (`custom`), or to nothing (`ignore`). */
export type ColumnMapping = CustomerField | PurchaseField | 'custom' | 'ignore';
export const COLUMN_MAPPINGS: readonly ColumnMapping[] = [
  ...new Set<ColumnMapping>([...CUSTOMER_FIELDS, ...PURCHASE_FIELDS, 'custom', 'ignore']),
];

export type DateOrder = 'mdy' | 'dmy';

export interface CellIssue {
  /** Column index, or -1 for the row as a whole. */
  readonly column: number;
  /** i18n key, e.g. `phone.tooShort`, `import.dateAmbiguous`. */
  readonly code: string;
  /** What the message names (a merge conflict: both values and the earlier row). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Two rows of the file that are the same customer but disagree on a field: the later row is not merged. */
export interface MergeConflict {
  /** The customer field (`ownerId` for the account manager), or `custom` for a kept column (`label`). */
  readonly field: string;
  readonly label?: string;
  /** This row's value and the one the earlier rows gave, as stored; a `coded` field's codes have messages. */
  readonly ours: string;
  readonly theirs: string;
  readonly coded?: string;
  /** The row of the file the customer was first read from. */
  readonly row: number;
  /** The column the field comes from, or -1. */
  readonly column: number;
}

export interface PreviewRow {
  /** 1-based row number as the spreadsheet shows it. */
  readonly rowNumber: number;
  readonly cells: readonly string[];
  /** Normalised values as they will be stored, by field. */
  readonly values: Readonly<Record<string, string | null>>;
  readonly issues: readonly CellIssue[];
  readonly duplicate: { readonly id: string; readonly name: string; readonly reasons: readonly string[] } | null;
}

/** Which rows of the file a preview page lists: every row, or those ready, with problems, or duplicates. */
export const PREVIEW_FILTERS = ['all', 'valid', 'invalid', 'duplicates'] as const;
export type PreviewFilter = (typeof PREVIEW_FILTERS)[number];

/** A page of the whole file's rows that pass a filter, and how many rows of the file pass it. */
export interface PreviewPage {
  readonly filter: PreviewFilter;
  readonly offset: number;
  readonly total: number;
  readonly rows: readonly PreviewRow[];
}

export interface Inspection {
  readonly fileId: string;
  readonly fileName: string;
  readonly format: 'xlsx' | 'csv';
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly encoding: TextEncoding | null;
  readonly delimiter: string | null;
  readonly headerRow: number;
  /**
   * What each column is called: its header, trimmed; for a column kept as a custom field, the distinct name the
   * import stores it under (two columns headed 微信号 are 微信号 and 微信号 (2)).
   */
  readonly headers: readonly string[];
  readonly mapping: readonly ColumnMapping[];
  readonly rememberedMapping: boolean;
  /** Columns of day/month dates whose order the values do not settle; the user must choose. */
  readonly ambiguousDateColumns: readonly number[];
  readonly dataRows: number;
  /** How many rows valid/invalid/duplicates were counted over (a sample of a large file). */
  readonly counted: number;
  readonly valid: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly preview: readonly PreviewRow[];
}

/** A row of the file that the import would treat as a duplicate, and what it duplicates. */
export interface DuplicateMatch {
  readonly rowNumber: number;
  /** The row's values as they would be stored. */
  readonly name: string;
  readonly mobile: string | null;
  readonly idNumber: string | null;
  readonly employer: string | null;
  /** A customer (by id), or an earlier row of the file (id '', name '#row', reasons ['inFile']). */
  readonly match: NonNullable<PreviewRow['duplicate']>;
  /** An earlier row of the file that disagrees with this one: this row would not be merged but rejected. */
  readonly conflict: MergeConflict | null;
}

/** Every duplicate in the file counted; the first ones in detail. */
export interface DuplicateReview {
  readonly total: number;
  /** Of them, rows of the file that repeat an earlier row but disagree with it (rejected by the run). */
  readonly conflicts: number;
  readonly matches: readonly DuplicateMatch[];
  /** How many rows the review remembers, when the file is longer: repeats of rows past them may not be counted. */
  readonly partialAfter: number | null;
}

export interface RejectedRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
  readonly issues: readonly CellIssue[];
}

export interface ImportSummary {
  readonly batchId: string;
  readonly created: number;
  readonly updated: number;
  readonly skipped: number;
  /** Rows merged into the customer an earlier row of the same file created. */
  readonly merged: number;
  readonly rejected: number;
  readonly ms: number;
  /** Product names of imported purchases the product catalogue does not hold, with a count each, most first. */
  readonly unknownProducts?: readonly UnknownProduct[];
}

export interface ImportBatch {
  readonly id: string;
  readonly target: ImportTarget;
  readonly fileName: string;
  readonly policy: DuplicatePolicy;
  readonly created: number;
  readonly updated: number;
  readonly skipped: number;
  /** Rows merged into a customer an earlier row of the same file created. */
  readonly merged: number;
  readonly rejected: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly undoneAt: string | null;
}

/** What undoing a batch would do: its created and updated records, and how many were worked on since. */
export interface UndoPlan {
  readonly created: number;
  readonly updated: number;
  /** Edited since the import, or (customers it created) with calls, purchases, contacts or call-backs since. */
  readonly changedSince: number;
}

export interface UndoResult {
  readonly removed: number;
  readonly restored: number;
  /** Worked on since the import, so left as they are. */
  readonly kept: number;
}

export interface JobStatus {
  readonly id: string;
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  readonly done: number;
  readonly total: number;
  /** Waiting for another writer (an import elsewhere) to finish before it starts writing. */
  readonly waiting: boolean;
  readonly result: ImportSummary | null;
  /** Why the job failed, with what the message needs (the limit crossed, the row). */
  readonly error: ErrorBody | null;
}

export interface FileDownload {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}
