/** What a spreadsheet column can become, labelled in the active language, and what a mapping still lacks. */
import type { MessageKey } from '../../../shared/i18n/index';
import {
  CUSTOMER_FIELDS,
  TRANSACTION_FIELDS,
  type ColumnMapping,
  type CustomerField,
  type ImportTarget,
  type TransactionField,
} from '../../../shared/import/types';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';

const FIELD_LABELS: Readonly<Record<CustomerField | TransactionField, MessageKey>> = {
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
  date: 'transaction.date',
  product: 'transaction.product',
  amount: 'transaction.amount',
  profit: 'transaction.profit',
  channel: 'transaction.channel',
};

export function mappingLabel(t: Translate, mapping: ColumnMapping): string {
  if (mapping === 'custom') return t('import.field.custom');
  if (mapping === 'ignore') return t('import.field.ignore');
  return t(FIELD_LABELS[mapping]);
}

/** The choices for one column; transactions have no custom fields to keep a column in. */
export function mappingOptions(t: Translate, target: ImportTarget): SelectOption[] {
  const fields: readonly ColumnMapping[] =
    target === 'customers' ? [...CUSTOMER_FIELDS, 'custom', 'ignore'] : [...TRANSACTION_FIELDS, 'ignore'];
  return fields.map((f) => ({ value: f, label: mappingLabel(t, f) }));
}

/** Columns that are date fields: only their day/month order can be in doubt. */
export const isDateField = (mapping: ColumnMapping | undefined): boolean =>
  mapping === 'birthDate' || mapping === 'date';

/** A column as the user sees it: its header, or "Column 3" when the header cell is empty. */
export function columnTitle(t: Translate, headers: readonly string[], col: number): string {
  return headers[col]?.trim() || t('import.columnName', { n: col + 1 });
}

/** Sentences saying what the mapping lacks before every row could possibly be imported. */
export function mappingProblems(t: Translate, target: ImportTarget, mapping: readonly ColumnMapping[]): string[] {
  const has = (field: ColumnMapping): boolean => mapping.includes(field);
  const list = (fields: readonly ColumnMapping[]): string =>
    fields.map((f) => mappingLabel(t, f)).join(t('common.listSeparator'));
  if (target === 'customers') return has('name') ? [] : [t('import.missingFields', { fields: list(['name']) })];
  const problems: string[] = [];
  const missing = (['date', 'product', 'amount'] as const).filter((f) => !has(f));
  if (missing.length > 0) problems.push(t('import.missingFields', { fields: list(missing) }));
  if (!has('name') && !has('mobile') && !has('idNumber')) problems.push(t('import.needCustomerKey'));
  return problems;
}

/** For each column, the earlier column already imported as the same field (one column per field). */
export function repeatedFields(mapping: readonly ColumnMapping[]): ReadonlyMap<number, number> {
  const first = new Map<ColumnMapping, number>();
  const repeats = new Map<number, number>();
  mapping.forEach((m, col) => {
    if (m === 'custom' || m === 'ignore') return;
    const earlier = first.get(m);
    if (earlier === undefined) first.set(m, col);
    else repeats.set(col, earlier);
  });
  return repeats;
}
