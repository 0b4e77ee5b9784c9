/**
 * Every write the renderer makes: one contract channel, the cached answers it makes stale, and what the user is told.
 * A failure is shown as the error notice unless the caller says it on the form's fields itself; a write that finds
 * the database busy with another process's import says so and is sent again (busy.ts).
 */
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel } from '../../../shared/channels';
import type { Input, Output } from '../../../shared/contract';
import type { MessageKey } from '../../../shared/i18n/index';
import type { Notice } from '../notify/NotifyContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { api } from './client';
import { whileBusy } from './busy';
import { invalidate } from './queries';

export interface SaveOptions<K extends Channel> {
  readonly channel: K;
  /** Query-key prefixes whose cached answers the write makes stale; those on screen are fetched again first. */
  readonly invalidates?: readonly QueryKey[];
  /** Puts the answer straight into the cache, for what must follow it at once (the language). */
  readonly update?: (client: QueryClient, result: Output<K>, input: Input<K>) => void;
  /** What the user is told: a message key, or a sentence (or a notice with an action) made from the answer. */
  readonly notice?: MessageKey | ((result: Output<K>, input: Input<K>) => string | Notice);
  /** After the notice: close the dialog, open the saved record. */
  readonly onSaved?: (result: Output<K>, input: Input<K>) => unknown;
  /** Says what went wrong itself (on the form's fields) and answers true; otherwise the error notice says it. */
  readonly onFailed?: (error: unknown, input: Input<K>) => boolean;
  /** The write may have done part of its work before it failed (an import's undo): refetch after a failure too. */
  readonly invalidateOnFailure?: boolean;
}

export interface Save<K extends Channel> {
  /** Sends the input; answers the result, or null when the write failed (which has been said). */
  readonly save: (input: Input<K>) => Promise<Output<K> | null>;
  /** From the call until the stale answers are fetched again. */
  readonly isPending: boolean;
}

export function useSave<K extends Channel>(options: SaveOptions<K>): Save<K> {
  const { channel, invalidates = [], update, notice, onSaved, onFailed, invalidateOnFailure = false } = options;
  const notify = useNotify();
  const showError = useErrorNotice();
  const client = useQueryClient();
  const mutation = useMutation<Output<K>, unknown, Input<K>>({
    // Another process writing (a CLI import): said once, and sent again until it goes through.
    mutationFn: (input) =>
      whileBusy(
        () => api[channel](input),
        () => notify({ message: { key: 'error.db_busy' }, severity: 'info' }),
      ),
    onSuccess: async (result, input) => {
      update?.(client, result, input);
      await invalidate(client, invalidates);
      if (notice !== undefined) {
        const told = typeof notice === 'string' ? { message: { key: notice } } : notice(result, input);
        notify(typeof told === 'string' ? { message: told } : told);
      }
      await onSaved?.(result, input);
    },
    onError: (error, input) => {
      if (invalidateOnFailure) void invalidate(client, invalidates);
      if (!onFailed?.(error, input)) showError(error);
    },
  });
  const { mutateAsync } = mutation;
  const save = useCallback((input: Input<K>) => mutateAsync(input).catch(() => null), [mutateAsync]);
  return { save, isPending: mutation.isPending };
}
