/** Turns failures from the contract client into messages in the active language, and field errors into form errors. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isMessageKey } from '../../shared/i18n/index';
import { DossierError } from '../../shared/result';
import type { Translate } from './i18n/I18nContext';

function isNetworkFailure(error: unknown): boolean {
  if (error instanceof DossierError) return error.code === 'internal' && error.details.network !== undefined;
  return error instanceof TypeError && /fetch|network/i.test(error.message);
}

/** A validation issue code (an i18n key such as `phone.tooShort`) as a sentence. */
export function issueMessage(t: Translate, code: string | undefined): string {
  if (!code) return t('field.invalid');
  return isMessageKey(code) ? t(code) : t('field.invalid');
}

/** A form field's error text: schema messages are i18n keys; errors set from the server are already translated. */
export function fieldErrorText(t: Translate, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return isMessageKey(message) ? t(message) : message;
}

/** One sentence for any failure, for a Snackbar or an inline Alert. */
export function errorMessage(t: Translate, error: unknown): string {
  if (isNetworkFailure(error)) return t('error.network');
  if (error instanceof DossierError) {
    if (error.code === 'internal') return t('error.internal', { message: error.message });
    return t(`error.${error.code}`, error.details);
  }
  return t('error.internal', { message: error instanceof Error ? error.message : String(error) });
}

/** Like errorMessage, but says what the first issue is (`import.xls`: save it as .xlsx), with the error's details filled in. */
export function issueErrorMessage(t: Translate, error: unknown): string {
  const code = error instanceof DossierError ? error.issues[0]?.code : undefined;
  if (error instanceof DossierError && code && isMessageKey(code)) return t(code, error.details);
  return errorMessage(t, error);
}

/**
 * Puts a validation error's issues on the form's fields (translated); `prefix` strips the input's wrapper
 * (`customer.mobile` → `mobile`). Answers true when every issue found a field, so nothing else needs saying.
 */
export function applyFieldErrors<T extends FieldValues>(
  t: Translate,
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  prefix = '',
): boolean {
  if (!(error instanceof DossierError) || error.code !== 'validation' || error.issues.length === 0) return false;
  let all = true;
  let first = true;
  for (const issue of error.issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = fields.find((f) => f === path);
    if (!field) {
      all = false;
      continue;
    }
    setError(field, { type: 'server', message: issueMessage(t, issue.code) }, { shouldFocus: first });
    first = false;
  }
  return all;
}
