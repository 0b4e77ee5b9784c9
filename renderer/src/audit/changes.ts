/** An audit entry's values as one line: `field: before → after; …`, or the tombstone of an erased customer. */
import type { AuditEntry } from '../../../shared/audit/types';
import { isMessageKey } from '../../../shared/i18n/index';
import type { Translate } from '../i18n/I18nContext';
import type { Formatters } from '../i18n/format';

const shown = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

const isPair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2;

/** Fields whose label is not `customer.<field>`. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  ownerId: 'customer.owner',
  companyName: 'customer.companyName',
  customFields: 'customer.customFields',
};

/** A changed field by its name on the customer form when it has one (most entries are customers'), else as stored. */
function fieldLabel(t: Translate, field: string): string {
  const key = FIELD_LABELS[field] ?? `customer.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

export function changesText(t: Translate, format: Formatters, entry: Pick<AuditEntry, 'changes'>): string {
  const changes = entry.changes;
  if (changes === null || typeof changes !== 'object') return shown(changes);
  const erased = (changes as { erased?: { on?: string; by?: string | null } }).erased;
  if (erased?.on) {
    const on = format.dateTime(erased.on);
    return erased.by ? t('audit.erasedBy', { on, by: erased.by }) : t('audit.erasedAuto', { on });
  }
  // A refused sign-in: why, in the reader's language (tries left, or until when the account is locked).
  const { reason, ...details } = changes as { reason?: unknown };
  if (typeof reason === 'string' && isMessageKey(reason)) {
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
  return Object.entries(changes)
    .map(([field, value]) =>
      isPair(value)
        ? `${fieldLabel(t, field)}: ${shown(value[0])} → ${shown(value[1])}`
        : `${fieldLabel(t, field)}: ${shown(value)}`,
    )
    .join('; ');
}
