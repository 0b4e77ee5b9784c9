import { useEffect, useRef } from 'react';

interface ShortcutHandlers {
  /** Ctrl/Cmd+K anywhere, or F when not typing. */
  readonly focusSearch: () => void;
  /** Ctrl/Cmd+N (the desktop app), or N when not typing (browsers keep Ctrl+N for a new window). */
  readonly newCustomer: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The app's keyboard shortcuts; plain letters only act when focus is not in a field or a dialog. */
export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && !event.shiftKey && key === 'k') {
        event.preventDefault();
        latest.current.focusSearch();
      } else if (mod && !event.altKey && !event.shiftKey && key === 'n') {
        event.preventDefault();
        latest.current.newCustomer();
      } else if (!mod && !event.altKey && (key === 'f' || key === 'n') && !isTyping(event.target)) {
        if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
        event.preventDefault();
        if (key === 'f') latest.current.focusSearch();
        else latest.current.newCustomer();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
