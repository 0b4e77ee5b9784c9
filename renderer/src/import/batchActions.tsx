/** What can be done with a finished import, from its summary and from the history alike. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { invalidateImported } from '../api/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { saveDownload } from '../download';
import { issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';

export interface BatchRef {
  readonly id: string;
  readonly fileName: string;
}

/** Downloads a batch's rejected rows as an .xlsx with the reason per row; `busyId` is the batch in progress. */
export function useDownloadRejected(): {
  readonly busyId: string | null;
  readonly download: (batchId: string) => void;
} {
  const { t, language } = useI18n();
  const notify = useNotify();
  const [busyId, setBusyId] = useState<string | null>(null);
  const download = (batchId: string): void => {
    setBusyId(batchId);
    api['import.rejectedFile']({ batchId, language })
      .then(saveDownload)
      .catch((error: unknown) => notify({ message: issueErrorMessage(t, error), severity: 'error' }))
      .finally(() => setBusyId(null));
  };
  return { busyId, download };
}

/** Asks, then undoes a whole import: what it created goes, what it updated gets its earlier values back. */
export function UndoImportDialog({
  batch,
  onClose,
}: {
  readonly batch: BatchRef | null;
  readonly onClose: () => void;
}) {
  const { t, format } = useI18n();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const undo = useMutation({
    mutationFn: (batchId: string) => api['import.undo']({ batchId }),
    onSuccess: async ({ removed, restored }) => {
      await invalidateImported(queryClient);
      notify({ message: t('import.undone', { removed: format.number(removed), restored: format.number(restored) }) });
      onClose();
    },
    onError: (error) => {
      void invalidateImported(queryClient);
      notify({ message: issueErrorMessage(t, error), severity: 'error' });
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={batch !== null}
      title={t('import.undoTitle')}
      body={t('import.undoBody', { file: batch?.fileName ?? '' })}
      confirmLabel={t('action.undo')}
      busy={undo.isPending}
      onConfirm={() => batch && undo.mutate(batch.id)}
      onClose={onClose}
    />
  );
}
