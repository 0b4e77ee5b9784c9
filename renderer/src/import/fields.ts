/** What a spreadsheet column can become, labelled in the active language, and a mapping's problems in words. */
import type { MessageKey } from '../../../shared/i18n/index';
import type { MappingProblem } from '../../../shared/import/mapping';
import {
  CUSTOMER_FIELDS,
  PURCHASE_FIELDS,
  type ColumnMapping,
  type CustomerField,
  type ImportTarget,
  type PurchaseField,
} from '../../../shared/import/types';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';

const FIELD_LABELS: Readonly<Record<CustomerField | PurchaseField, MessageKey>> = {
  name: 'customer.name',
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
  idNumber: 'export.idNumber',
  industry: 'customer.industry',
  headcount: 'customer.headcount',
  owner: 'customer.owner',
  notes: 'customer.notes',
  tags: 'customer.tags',
  date: 'purchase.date',
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
export function missingSentences(t: Translate, problems: readonly MappingProblem[]): string[] {
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
