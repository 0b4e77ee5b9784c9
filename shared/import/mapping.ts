/**
 * What a column mapping must be before an import can run: the core refuses a mapping with problems, and the
 * wizard checks the same mapping with the same function before it offers to go on.
 */
import type { ColumnMapping, ImportTarget } from './types';

/** A problem of a mapping: its i18n key, with the fields and (0-based) columns it is about. */
export type MappingProblem =
  | { readonly code: 'import.missingFields'; readonly fields: readonly ColumnMapping[] }
  | { readonly code: 'import.needCustomerKey' }
  | {
      readonly code: 'import.fieldRepeated';
      readonly field: ColumnMapping;
      /** Every column mapped to the field, in file order (two or more). */
      readonly columns: readonly number[];
    }
  | {
      readonly code: 'import.nameAndParts';
      /** The name column, then the given and family name columns, in file order. */
      readonly columns: readonly number[];
    };

/** The fields every row needs a column for. */
const REQUIRED: Readonly<Record<ImportTarget, readonly ColumnMapping[]>> = {
  customers: ['name'],
  transactions: ['date', 'product', 'amount'],
};
/** The two columns that together stand for the name (First Name + Last Name, 名 + 姓). */
const NAME_PARTS: readonly ColumnMapping[] = ['givenName', 'familyName'];

/** Columns that are date fields: only their day/month order can be in doubt. */
export const isDateField = (mapping: ColumnMapping | undefined): boolean =>
  mapping === 'birthDate' || mapping === 'date' || mapping === 'maturesOn';

/**
 * What keeps a mapping from importing every row it could: a required field without a column, a purchase file
 * with no column to find the customer by, a field taken by more than one column (one column per field; custom
 * fields and ignored columns may repeat). A given name and a family name column together stand for the name
 * column; a name column beside either of them is refused (which one holds the name?), and one of them alone asks
 * for the other. Empty when the mapping can run.
 */
export function mappingProblems(target: ImportTarget, mapping: readonly ColumnMapping[]): MappingProblem[] {
  const columnsOf = new Map<ColumnMapping, number[]>();
  mapping.forEach((field, col) => {
    if (field === 'custom' || field === 'ignore') return;
    const columns = columnsOf.get(field);
    if (columns) columns.push(col);
    else columnsOf.set(field, [col]);
  });
  const problems: MappingProblem[] = [];
  const parts = NAME_PARTS.filter((field) => columnsOf.has(field));
  const nameColumn = columnsOf.get('name');
  // The parts stand for the name when both are there; one alone is what is missing.
  const hasName = nameColumn !== undefined || parts.length === NAME_PARTS.length;
  const missing = REQUIRED[target].flatMap((field) =>
    columnsOf.has(field) || (field === 'name' && hasName)
      ? []
      : field === 'name' && parts.length > 0
        ? NAME_PARTS.filter((part) => !columnsOf.has(part))
        : [field],
  );
  if (missing.length > 0) problems.push({ code: 'import.missingFields', fields: missing });
  if (target === 'transactions' && !hasName && !columnsOf.has('mobile') && !columnsOf.has('idNumber'))
    problems.push({ code: 'import.needCustomerKey' });
  if (nameColumn !== undefined && parts.length > 0)
    problems.push({
      code: 'import.nameAndParts',
      columns: [...nameColumn, ...parts.flatMap((part) => columnsOf.get(part) ?? [])].sort((a, b) => a - b),
    });
  for (const [field, columns] of columnsOf)
    if (columns.length > 1) problems.push({ code: 'import.fieldRepeated', field, columns });
  return problems;
}
