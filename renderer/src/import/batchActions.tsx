/** What can be done with a finished import, from its summary and from the history alike. */
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import DialogContentText from '@mui/material/DialogContentText';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { IMPORT_STALE } from '../api/queries';
import { useSave } from '../api/useSave';
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

/**
 * Asks, then undoes a whole import: what it created goes, what it updated gets its earlier values back. The dialog
 * says how much that is, and how many of those records were worked on since; those are kept unless the user ticks
 * the box.
 */
export function UndoImportDialog({
  batch,
  onClose,
}: {
  readonly batch: BatchRef | null;
  readonly onClose: () => void;
}) {
  const { t, format } = useI18n();
  const notify = useNotify();
  const [includeChanged, setIncludeChanged] = useState(false);
  const plan = useQuery({
    queryKey: ['import', 'undoPlan', batch?.id],
    queryFn: () => api['import.undoPlan']({ batchId: batch?.id ?? '' }),
    enabled: batch !== null,
    staleTime: 0,
    gcTime: 0,
  });
  const close = (): void => {
    setIncludeChanged(false);
    onClose();
  };
  const undo = useSave({
    channel: 'import.undo',
    invalidates: IMPORT_STALE,
    // Whatever was undone before a failure is gone: the lists must show it.
    invalidateOnFailure: true,
    notice: ({ removed, restored, kept }) => {
      const counts = { removed: format.number(removed), restored: format.number(restored), kept: format.number(kept) };
      return t(kept > 0 ? 'import.undoneKept' : 'import.undone', counts);
    },
    onSaved: close,
    onFailed: (error) => {
      notify({ message: issueErrorMessage(t, error), severity: 'error' });
      close();
      return true;
    },
  });
  const changed = plan.data?.changedSince ?? 0;
  return (
    <ConfirmDialog
      open={batch !== null}
      title={t('import.undoTitle')}
      body={t('import.undoBody', { file: batch?.fileName ?? '' })}
      confirmLabel={t('action.undo')}
      busy={undo.isPending || plan.isPending}
      onConfirm={() => batch && void undo.save({ batchId: batch.id, includeChanged })}
      onClose={close}
    >
      {plan.isError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {issueErrorMessage(t, plan.error)}
        </Alert>
      )}
      {plan.data && (
        <DialogContentText sx={{ mt: 1 }}>
          {t('import.undoPlan', {
            created: plan.data.created,
            updated: plan.data.updated,
          })}
        </DialogContentText>
      )}
      {changed > 0 && (
        <DialogContentText sx={{ mt: 1 }}>
          {t('import.undoChanged', { count: format.number(changed) })}
        </DialogContentText>
      )}
      {changed > 0 && (
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Checkbox checked={includeChanged} onChange={(e) => setIncludeChanged(e.target.checked)} />}
          label={t('import.undoIncludeChanged')}
        />
      )}
    </ConfirmDialog>
  );
}
