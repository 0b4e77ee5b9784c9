import { useCallback } from 'react';
import { errorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { useNotify } from './NotifyContext';

/** A callback that shows any failure as an error notice in the active language. */
export function useErrorNotice(): (error: unknown) => void {
  const t = useT();
  const notify = useNotify();
  return useCallback((error: unknown) => notify({ message: errorMessage(t, error), severity: 'error' }), [t, notify]);
}
