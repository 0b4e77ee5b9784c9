import { createContext, useContext } from 'react';
import type { MessageKey } from '../../../shared/i18n/index';

export interface Notice {
  /** The sentence; or a message key, translated when shown, so a notice about a language change is in the new one. */
  readonly message: string | { readonly key: MessageKey };
  readonly severity?: 'success' | 'info' | 'warning' | 'error';
  /** One button on the notice, e.g. Undo. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

type Notify = (notice: Notice) => void;

export const NotifyContext = createContext<Notify | null>(null);

/** Shows a short message at the bottom of the window. */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify must be used inside <NotifyProvider>');
  return notify;
}
