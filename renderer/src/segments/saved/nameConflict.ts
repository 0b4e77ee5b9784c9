import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isMessageKey, type Translate } from '../../../../shared/i18n/index';
import { DossierError } from '../../../../shared/result';

/** A refusal about the segment's name (taken, empty) said on the name field; answers whether it was. */
export function sayOnName<T extends FieldValues & { name: string }>(
  t: Translate,
  error: unknown,
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof DossierError)) return false;
  const issue = error.issues.find((i) => i.path === 'name');
  if (!issue || !isMessageKey(issue.code)) return false;
  setError('name' as Path<T>, { type: 'server', message: t(issue.code, error.details) }, { shouldFocus: true });
  return true;
}
