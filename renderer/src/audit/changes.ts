/** An audit entry's values as one line: `field: before → after; …`, or the tombstone of an erased customer. */
import type { AuditEntry } from '../../../shared/audit/types';
import type { Translate } from '../i18n/I18nContext';
import type { Formatters } from '../i18n/format';

const shown = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

const isPair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2;

export function changesText(t: Translate, format: Formatters, entry: Pick<AuditEntry, 'changes'>): string {
  const changes = entry.changes;
  if (changes === null || typeof changes !== 'object') return shown(changes);
  const erased = (changes as { erased?: { on?: string; by?: string | null } }).erased;
  if (erased?.on) {
    const on = format.dateTime(erased.on);
    return erased.by ? t('audit.erasedBy', { on, by: erased.by }) : t('audit.erasedAuto', { on });
  }
  return Object.entries(changes)
    .map(([field, value]) =>
      isPair(value) ? `${field}: ${shown(value[0])} → ${shown(value[1])}` : `${field}: ${shown(value)}`,
    )
    .join('; ');
}
