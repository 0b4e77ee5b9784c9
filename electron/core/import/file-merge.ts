/**
 * Rows of one file that are the same customer end as one customer: every copy fills the fields the others left
 * empty, tags are united, differing notes are both kept (one per line), differing values of a custom field too (a
 * kept column: 微信号, even the list's own row number 序号, joined by " / "). Two different non-empty values of any
 * other field are a conflict: the row that brings the second one is not merged (it goes to the rejected rows).
 */
import type { CustomerValues } from '../../../shared/customers/schemas';
import type { CellIssue, ColumnMapping, MergeConflict } from '../../../shared/import/types';
import type { DataRow } from './prepare';
import type { RowContext } from './rows';

/**
 * The fields whose values must agree (notes, tags and custom fields are combined instead). The kind is not among
 * them: a row without a kind column has one guessed from its name and ID number, and the earlier rows' kind stands.
 */
const AGREEING = [
  'name',
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
  'idNumber',
  'industry',
  'headcount',
  'ownerId',
] as const satisfies readonly (keyof CustomerValues)[];

/** Fields stored as a code, shown through their messages (`gender.male`). */
const CODED: Partial<Record<(typeof AGREEING)[number], string>> = {
  gender: 'gender',
  maritalStatus: 'marital',
  source: 'source',
};

/** As the customer schema allows. */
const MAX_NOTES = 5000;
const MAX_TAGS = 50;
const MAX_CUSTOM = 1000;
/** Custom fields (a column the file has that no field takes, a row number 序号 even) keep every copy's value. */
const CUSTOM_SEPARATOR = ' / ';

/** Notes that differ are both kept, the earlier first, one per line; a note another contains is not repeated. */
function joinNotes(kept: string | null, incoming: string | null): string | null {
  if (!incoming || kept === incoming) return kept;
  if (!kept) return incoming;
  if (kept.includes(incoming)) return kept;
  if (incoming.includes(kept)) return incoming;
  return `${kept}\n${incoming}`;
}

const empty = (v: unknown): boolean => v === null || v === undefined || v === '';

export type MergeResult =
  | { readonly ok: true; readonly values: CustomerValues; readonly changed: boolean }
  | { readonly ok: false; readonly conflict: Omit<MergeConflict, 'row' | 'column'> };

/** `incoming` merged into `kept` (the customer so far, built from earlier rows), or the first field they disagree on. */
export function mergeRows(kept: CustomerValues, incoming: CustomerValues): MergeResult {
  // Without a prototype, as the schema keeps them: a column named __proto__ is a plain name.
  const customFields = Object.assign(Object.create(null) as Record<string, string>, kept.customFields);
  const values = { ...kept, tags: [...kept.tags], customFields };
  let changed = false;
  for (const field of AGREEING) {
    const ours = incoming[field];
    const theirs = kept[field];
    if (empty(ours) || ours === theirs) continue;
    if (!empty(theirs)) {
      const coded = CODED[field];
      return {
        ok: false,
        conflict: { field, ours: String(ours), theirs: String(theirs), ...(coded ? { coded } : {}) },
      };
    }
    (values as Record<string, unknown>)[field] = ours;
    changed = true;
  }
  for (const [label, ours] of Object.entries(incoming.customFields)) {
    const theirs = kept.customFields[label];
    if (empty(ours) || (theirs !== undefined && theirs.split(CUSTOM_SEPARATOR).includes(ours))) continue;
    const value = theirs === undefined || empty(theirs) ? ours : `${theirs}${CUSTOM_SEPARATOR}${ours}`;
    if (value.length > MAX_CUSTOM)
      return { ok: false, conflict: { field: 'custom', label, ours, theirs: theirs ?? '' } };
    values.customFields[label] = value;
    changed = true;
  }
  for (const tag of incoming.tags)
    if (!values.tags.includes(tag)) {
      values.tags.push(tag);
      changed = true;
    }
  if (values.tags.length > MAX_TAGS)
    return { ok: false, conflict: { field: 'tags', ours: incoming.tags.join(', '), theirs: kept.tags.join(', ') } };
  const notes = joinNotes(kept.notes, incoming.notes);
  if (notes !== kept.notes) {
    if (notes !== null && notes.length > MAX_NOTES)
      return { ok: false, conflict: { field: 'notes', ours: incoming.notes ?? '', theirs: kept.notes ?? '' } };
    values.notes = notes;
    changed = true;
  }
  return { ok: true, values, changed };
}

/** The column of the file a conflicting field comes from, or -1. */
export function conflictColumn(conflict: Pick<MergeConflict, 'field' | 'label'>, ctx: RowContext): number {
  if (conflict.field === 'custom') return ctx.labels.indexOf(conflict.label ?? '');
  return ctx.mapping.indexOf((conflict.field === 'ownerId' ? 'owner' : conflict.field) as ColumnMapping);
}

/** The rejected row for a conflict: the issue sits on the column the field came from and names both values. */
export function conflictRow(
  row: DataRow,
  conflict: Omit<MergeConflict, 'row' | 'column'>,
  earlierRow: number | null,
  ctx: RowContext,
): { rowNumber: number; cells: readonly string[]; issues: CellIssue[] } {
  const column = conflictColumn(conflict, ctx);
  const params: Record<string, string | number> = { ours: conflict.ours, theirs: conflict.theirs };
  if (conflict.coded) params.coded = conflict.coded;
  if (earlierRow !== null) params.row = earlierRow;
  return {
    rowNumber: row.rowNumber,
    cells: row.cells,
    issues: [{ column, code: earlierRow === null ? 'import.mergeConflict' : 'import.mergeConflictRow', params }],
  };
}
