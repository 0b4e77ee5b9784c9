/** An audit entry's values as one line: `field: before → after; …`, or the tombstone of an erased customer. */
import { cadenceText } from '../../../shared/callbacks/labels';
import type { Cadence } from '../../../shared/callbacks/types';
import type { AuditEntry } from '../../../shared/audit/types';
import { pulledLabel } from '../../../shared/hq/labels';
import type { PulledLabel } from '../../../shared/hq/types';
import { className } from '../../../shared/segments/labels';
import { isMessageKey } from '../../../shared/i18n/index';
import type { Translate } from '../i18n/I18nContext';
import type { Formatters } from '../i18n/format';
import { staffLabel } from '../i18n/labels';
import { fieldSpec, HIDDEN_FIELDS, isChange, type ValueKind } from './fields';

/** What a value is read with: the language, the formatters, the kind of record and the staff names. */
interface Reader {
  readonly t: Translate;
  readonly format: Formatters;
  readonly entity: string;
  /** Staff names by id, as the core sent them with the entry (an id without one is shown as stored). */
  readonly staffNames: Readonly<Record<string, string>>;
  /** Head office's names of the codes of a list pulled in the same entry. */
  readonly pulled: Readonly<Record<string, unknown>>;
}

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);
const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (typeof v === 'object' && Object.keys(v).length === 0);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The field's name as the form names it; a field no form names stays as stored. */
function label(r: Reader, field: string): string {
  const spec = fieldSpec(r.entity, field);
  return spec ? r.t(spec.label) : field;
}

/** A value without a field's own reading: dates and times in the reader's format, numbers grouped, yes or no. */
function plain(r: Reader, v: unknown): string {
  if (isEmpty(v)) return r.t('common.empty');
  if (typeof v === 'boolean') return r.t(v ? 'audit.yes' : 'audit.no');
  if (typeof v === 'number') return r.format.number(v);
  if (typeof v === 'string') {
    if (DAY.test(v)) return r.format.calendarDate(v);
    if (INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return r.format.dateTime(v);
    return v;
  }
  if (Array.isArray(v)) return v.map((item) => plain(r, item)).join(r.t('common.listSeparator'));
  return nested(r, v as Plain);
}

/** A value read as its field reads it: a code in words, a staff id by name, fen as yuan… */
function valueText(r: Reader, kind: ValueKind | undefined, v: unknown): string {
  if (isEmpty(v)) return r.t('common.empty');
  if (Array.isArray(v) && kind !== undefined && kind !== 'cadence')
    return v.map((item) => valueText(r, kind, item)).join(r.t('common.listSeparator'));
  if (kind === undefined) return plain(r, v);
  if (kind === 'staff' && typeof v === 'string') {
    const name = r.staffNames[v];
    return name === undefined ? v : staffLabel(r.t, name);
  }
  if (kind === 'money' && typeof v === 'number') return r.format.money(v);
  if (kind === 'customerFields' && typeof v === 'string') return label({ ...r, entity: 'customer' }, v);
  if (kind === 'secret' || kind === 'image') return r.t('audit.changedValue');
  if (kind === 'class' && typeof v === 'string') return className(r.t, v);
  // Head office's names of a pulled list, code → { zh, en }: the names, as the lists show them.
  if (kind === 'pulledLabels' && isPlain(v))
    return Object.values(v)
      .filter((l): l is PulledLabel => isPlain(l) && typeof l.zh === 'string' && typeof l.en === 'string')
      .map((l) => pulledLabel(r.t, l))
      .join(r.t('common.listSeparator'));
  if (kind === 'tagCadence' && isPlain(v)) {
    const c = v as unknown as Cadence & { tag: string };
    return r.t('audit.fieldValue', { name: c.tag, value: cadenceText(r.t, c.mode, c.every, c.unit) });
  }
  if (kind === 'cadence' && isPlain(v)) {
    const c = v as unknown as Cadence;
    return cadenceText(r.t, c.mode, c.every, c.unit);
  }
  if (kind === 'reportKind' && typeof v === 'string') {
    const key = v === 'customer' ? 'reports.customer.title' : `reportKinds.${v}.title`;
    return isMessageKey(key) ? r.t(key) : v;
  }
  if (typeof kind === 'object' && (typeof v === 'string' || typeof v === 'number')) {
    const named = r.pulled[v];
    if (isPlain(named) && typeof named.zh === 'string' && typeof named.en === 'string')
      return pulledLabel(r.t, named as unknown as PulledLabel);
    const key = [kind.words]
      .flat()
      .map((prefix) => `${prefix}.${v}`)
      .find(isMessageKey);
    return key ? r.t(key) : plain(r, v);
  }
  return plain(r, v);
}

/** One field: `name: before → after`, or `name: value` for what was written. */
function fieldText(r: Reader, field: string, value: unknown): string {
  const kind = fieldSpec(r.entity, field)?.value;
  const name = label(r, field);
  // A password or passphrase: that it changed, never what it was.
  if (kind === 'secret') return r.t('audit.fieldValue', { name, value: r.t('audit.changedValue') });
  if (isChange(field, value) && isPlain(value[0]) && isPlain(value[1]) && kind === undefined)
    return lines(r, entryFields(r.entity, { [field]: value }));
  return isChange(field, value)
    ? r.t('audit.fieldValue', { name, value: `${valueText(r, kind, value[0])} → ${valueText(r, kind, value[1])}` })
    : r.t('audit.fieldValue', { name, value: valueText(r, kind, value) });
}

/** An object inside a value (a filter, a hand-over, a list's names): its fields as the kind's form names them. */
function nested(r: Reader, value: Plain): string {
  const parts = Object.entries(value)
    .filter(([k, v]) => !HIDDEN_FIELDS.has(k) && !isEmpty(v))
    .map(([k, v]) => fieldText(r, k, v));
  return parts.length === 0
    ? r.t('common.empty')
    : r.t('audit.nestedFields', { fields: parts.join(r.t('audit.nestedSeparator')) });
}

/**
 * Field → [before, after] for the fields that differ between two states: a field on one side only reads as empty on
 * the other (a due date a correction set). `fields` names them when the after is a patch (the rest stayed as it was).
 * Ids of records the entry is already about are left out.
 */
function pairsOf(
  before: Plain,
  after: Plain,
  fields = new Set([...Object.keys(before), ...Object.keys(after)]),
): Plain {
  const out: Plain = {};
  for (const key of fields) {
    if (HIDDEN_FIELDS.has(key)) continue;
    const was = before[key] ?? null;
    const now = after[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) out[key] = [was, now];
  }
  return out;
}

/**
 * A complaint corrected before its entries carried the due date: its before held only what changed and its after the
 * whole record. The fields missing before stayed as they were; the due date reads as it stood after the correction.
 */
const olderCorrection = (entity: string, before: Plain, after: Plain): Plain | null =>
  entity === 'complaint' && 'dueOn' in after && !('dueOn' in before)
    ? { ...pairsOf(before, after, new Set(Object.keys(before))), dueOn: after.dueOn }
    : null;

/**
 * The entry's fields, one level flat: a `{ before, after }` (or `{ before, patch }`) entry as the fields that changed;
 * a complaint's step with its status before and after as one status change; a cadence as one value. Ids of records
 * the entry is already about are left out.
 */
export function entryFields(entity: string, changes: Plain): Plain {
  const { before, after, patch, ...rest } = changes;
  let fields: Plain = rest;
  if (entity === 'cadence' && 'before' in changes) fields = { ...rest, cadence: [before ?? null, after ?? null] };
  else if (isPlain(before) && isPlain(patch))
    fields = { ...rest, ...pairsOf(before, patch, new Set(Object.keys(patch))) };
  else if (isPlain(before) && isPlain(after))
    fields = { ...rest, ...(olderCorrection(entity, before, after) ?? pairsOf(before, after)) };
  else if (isPlain(before))
    fields = { ...rest, ...Object.fromEntries(Object.entries(before).map(([k, v]) => [k, [v, null]])) };
  else if (after !== undefined) fields = { ...rest, after };
  if (entity === 'complaint' && 'from' in fields && 'to' in fields) {
    const { from, to, ...others } = fields;
    fields = from === to ? others : { ...others, status: [from, to] };
  }
  const out: Plain = {};
  for (const [field, value] of Object.entries(fields)) {
    // Ids of records the entry is about, and fields written empty: nothing to read.
    if (HIDDEN_FIELDS.has(field) || isEmpty(value)) continue;
    // Settings kept as one object (backup settings): what changed in it, field by field.
    if (isChange(field, value) && isPlain(value[0]) && isPlain(value[1]) && !fieldSpec(entity, field)?.value)
      Object.assign(out, pairsOf(value[0], value[1]));
    else out[field] = value;
  }
  return out;
}

function lines(r: Reader, fields: Plain): string {
  return Object.entries(fields)
    .map(([field, value]) => fieldText(r, field, value))
    .join(r.t('audit.fieldSeparator'));
}

export function changesText(
  t: Translate,
  format: Formatters,
  entry: Pick<AuditEntry, 'entity' | 'changes'> & { readonly staffNames?: AuditEntry['staffNames'] },
): string {
  const changes = entry.changes;
  const labels = isPlain(changes) && isPlain(changes.labels) ? changes.labels : {};
  const r: Reader = { t, format, entity: entry.entity, staffNames: entry.staffNames ?? {}, pulled: labels };
  if (changes === null || typeof changes !== 'object') return plain(r, changes);
  const erased = (changes as { erased?: { on?: string; by?: string | null } }).erased;
  if (erased?.on) {
    const on = format.dateTime(erased.on);
    return erased.by ? t('audit.erasedBy', { on, by: erased.by }) : t('audit.erasedAuto', { on });
  }
  // A refused sign-in: why, in the reader's language (tries left, or until when the account is locked).
  const { reason, ...details } = changes as { reason?: unknown };
  if (typeof reason === 'string' && reason.startsWith('auth.') && isMessageKey(reason)) {
    const params = Object.fromEntries(
      Object.entries(details).filter((e): e is [string, string | number] => ['string', 'number'].includes(typeof e[1])),
    );
    if (typeof params.until === 'string') params.until = format.dateTime(params.until);
    return t(reason, params);
  }
  // A classification run: the period and how many customers and class changes, in words.
  const run = changes as { period?: { from?: unknown; to?: unknown }; customers?: unknown; classChanges?: unknown };
  if (
    typeof run.period?.from === 'string' &&
    typeof run.period.to === 'string' &&
    typeof run.customers === 'number' &&
    typeof run.classChanges === 'number'
  ) {
    return t('cli.segments.computed', {
      count: run.customers,
      from: format.calendarDate(run.period.from),
      to: format.calendarDate(run.period.to),
      changes: run.classChanges,
    });
  }
  if (Array.isArray(changes)) return plain(r, changes);
  return lines(r, entryFields(entry.entity, changes as Plain));
}
