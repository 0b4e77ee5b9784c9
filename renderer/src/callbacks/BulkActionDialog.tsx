import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { localDay, shiftDay } from '../i18n/format';
import { useT } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { invalidateCallbacks } from './queries';

export type BulkAction = 'reassign' | 'postpone' | 'cancel';

interface BulkActionDialogProps {
  readonly action: BulkAction;
  readonly ids: readonly string[];
  readonly onDone: () => void;
  readonly onClose: () => void;
}

/** Reassign, postpone or cancel (with a reason) the selected call-backs in one step. */
export function BulkActionDialog({ action, ids, onDone, onClose }: BulkActionDialogProps) {
  const t = useT();
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const titleId = useId();
  const staff = useQuery(queries.staff());
  const [staffId, setStaffId] = useState('');
  const [to, setTo] = useState(shiftDay(localDay(), 1));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: string; code: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result =
        action === 'reassign'
          ? await api['callbacks.reassign']({ ids: [...ids], staffId, reason })
          : action === 'postpone'
            ? await api['callbacks.postpone']({ ids: [...ids], to, reason })
            : await api['callbacks.cancel']({ ids: [...ids], reason });
      await invalidateCallbacks(queryClient);
      notify({ message: t(`bulk.${action}.done`, { count: result.updated }), severity: 'success' });
      onDone();
    } catch (e) {
      const issue = e instanceof DossierError && e.code === 'validation' ? e.issues[0] : undefined;
      if (issue) setError({ field: issue.path || 'reason', code: issue.code });
      else showError(e);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string): string | undefined =>
    error && error.field === field ? issueMessage(t, error.code) : undefined;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t(`bulk.${action}.title`, { count: ids.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {action === 'cancel' && <DialogContentText>{t('bulk.cancel.body')}</DialogContentText>}
          {action === 'reassign' && (
            <SelectField
              label={t('bulk.reassign.to')}
              value={staffId}
              onChange={setStaffId}
              options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              error={fieldError('staffId') !== undefined}
              helperText={fieldError('staffId')}
              autoFocus
            />
          )}
          {action === 'postpone' && (
            <TextField
              type="date"
              label={t('bulk.postpone.to')}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={fieldError('to') !== undefined}
              helperText={fieldError('to') ?? t('bulk.postpone.hint')}
              slotProps={{ inputLabel: { shrink: true } }}
              autoFocus
            />
          )}
          <TextField
            label={t(action === 'cancel' ? 'bulk.reasonRequired' : 'bulk.reasonOptional')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={fieldError('reason') !== undefined}
            helperText={fieldError('reason')}
            required={action === 'cancel'}
            autoFocus={action === 'cancel'}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button
          variant="contained"
          color={action === 'cancel' ? 'error' : 'primary'}
          onClick={() => void run()}
          disabled={busy || (action === 'reassign' && staffId === '')}
        >
          {t(`bulk.${action}.confirm`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
