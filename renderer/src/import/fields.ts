/** What a spreadsheet column can become, labelled in the active language, and a mapping's problems in words. */
import type { MessageKey } from '../../../shared/i18n/index';
import { isDateField, mappingProblems, type MappingProblem } from '../../../shared/import/mapping';
import {
  CUSTOMER_FIELDS,
  PURCHASE_FIELDS,
  type ColumnMapping,
  type CustomerField,
  type ImportTarget,
  type Inspection,
  type PurchaseField,
} from '../../../shared/import/types';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';
import type { ImportWizard } from './useImportWizard';

const FIELD_LABELS: Readonly<Record<CustomerField | PurchaseField, MessageKey>> = {
  name: 'customer.name',
  givenName: 'import.field.givenName',
  familyName: 'import.field.familyName',
  kind: 'customer.kind',
  gender: 'customer.gender',
  birthDate: 'customer.birthDate',
  mobile: 'customer.mobile',
  phone: 'customer.phone',
  email: 'customer.email',
  address: 'customer.address',
  region: 'customer.region',
  employer: 'customer.employer',
  position: 'customer.position',
  nationality: 'customer.nationality',
  maritalStatus: 'customer.maritalStatus',
  source: 'customer.source',
  idType: 'customer.idType',
  idNumber: 'export.idNumber',
  industry: 'customer.industry',
  headcount: 'customer.headcount',
  owner: 'customer.owner',
  notes: 'customer.notes',
  tags: 'customer.tags',
  date: 'purchase.date',
  maturesOn: 'purchase.maturesOn',
  product: 'purchase.product',
  amount: 'purchase.amount',
  profit: 'purchase.profit',
  channel: 'purchase.channel',
};

export function mappingLabel(t: Translate, mapping: ColumnMapping): string {
  if (mapping === 'custom') return t('import.field.custom');
  if (mapping === 'ignore') return t('import.field.ignore');
  return t(FIELD_LABELS[mapping]);
}

/** The choices for one column; transactions have no custom fields to keep a column in. */
export function mappingOptions(t: Translate, target: ImportTarget): SelectOption[] {
  const fields: readonly ColumnMapping[] =
    target === 'customers' ? [...CUSTOMER_FIELDS, 'custom', 'ignore'] : [...PURCHASE_FIELDS, 'ignore'];
  return fields.map((f) => ({ value: f, label: mappingLabel(t, f) }));
}

/** A column as the user sees it: its header, or "Column 3" when the header cell is empty. */
export function columnTitle(t: Translate, headers: readonly string[], col: number): string {
  return headers[col]?.trim() || t('import.columnName', { n: col + 1 });
}

/** Sentences saying what the mapping lacks (a field taken twice is said at its columns: see repeatedColumns). */
function missingSentences(t: Translate, problems: readonly MappingProblem[]): string[] {
  const list = (fields: readonly ColumnMapping[]): string =>
    fields.map((f) => mappingLabel(t, f)).join(t('common.listSeparator'));
  return problems.flatMap((p) =>
    p.code === 'import.missingFields'
      ? [t(p.code, { fields: list(p.fields) })]
      : p.code === 'import.needCustomerKey'
        ? [t(p.code)]
        : [],
  );
}

/** For each column repeating a field, in column order, the first column imported as that field. */
export function repeatedColumns(problems: readonly MappingProblem[]): ReadonlyMap<number, number> {
  const repeats: [number, number][] = [];
  for (const p of problems)
    if (p.code === 'import.fieldRepeated') {
      const [first = 0, ...later] = p.columns;
      for (const col of later) repeats.push([col, first]);
    }
  return new Map(repeats.sort((a, b) => a[0] - b[0]));
}

/** What the wizard has chosen that the mapping checks read. */
type WizardChoices = Pick<ImportWizard, 'target' | 'request'>;

/** Date columns whose order the user has to settle (or already settled: they stay visible to change). */
export function dateOrderColumns(wizard: WizardChoices, inspection: Inspection): number[] {
  const chosen = Object.keys(wizard.request?.dateOrders ?? {}).map(Number);
  return inspection.mapping
    .map((_, col) => col)
    .filter(
      (col) =>
        isDateField(inspection.mapping[col]) && (inspection.ambiguousDateColumns.includes(col) || chosen.includes(col)),
    );
}

/** What must change before the import can run; empty when the mapping is complete. */
export function mappingBlockers(t: Translate, wizard: WizardChoices, inspection: Inspection): string[] {
  const problems = mappingProblems(wizard.target, inspection.mapping);
  const blockers = missingSentences(t, problems);
  const undecided = dateOrderColumns(wizard, inspection).filter((col) => !wizard.request?.dateOrders?.[col]);
  if (undecided.length > 0)
    blockers.push(
      t('import.dateOrderNeeded', {
        columns: undecided.map((col) => columnTitle(t, inspection.headers, col)).join(t('common.listSeparator')),
      }),
    );
  for (const p of problems)
    if (p.code === 'import.nameAndParts')
      blockers.push(
        t(p.code, {
          columns: p.columns.map((col) => columnTitle(t, inspection.headers, col)).join(t('common.listSeparator')),
        }),
      );
  for (const [col, earlier] of repeatedColumns(problems))
    blockers.push(
      t('import.columnIssue', {
        column: columnTitle(t, inspection.headers, col),
        issue: t('import.fieldTwice', { column: earlier + 1 }),
      }),
    );
  return blockers;
}
