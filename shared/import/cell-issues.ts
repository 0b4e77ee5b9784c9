/** An imported cell's problem as one sentence the user can act on without looking for the cell. */
import { isMessageKey, type Translate } from '../i18n/index';

/**
 * A value that is no phone number names the column and the value (Column “Phone 1”: “abc123” is not a phone
 * number); any other problem is its own message. `column` is the header; without one the message stands alone.
 */
export function cellIssueText(t: Translate, code: string, column: string, value: string): string {
  if (column && code === 'phone.invalid') return t('phone.cell.invalid', { column, value });
  return isMessageKey(code) ? t(code) : t('field.invalid');
}
