/** Display labels for domain values that are not plain text. */
import type { Staff } from '../../../shared/staff/types';
import type { Translate } from './I18nContext';

/** The default staff member is stored without a name; the UI calls it "me". */
export function staffLabel(t: Translate, staff: Pick<Staff, 'name'> | string | null | undefined): string {
  const name = typeof staff === 'string' || staff == null ? staff : staff.name;
  if (name == null) return t('common.empty');
  return name === '' ? t('staff.default') : name;
}

/** A value for a read-only field: the value, or a dash when there is none. */
export function orDash(t: Translate, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? t('common.empty') : String(value);
}
