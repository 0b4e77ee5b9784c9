import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  CADENCE_MODES,
  CADENCE_UNITS,
  cadenceInput,
  type Cadence,
  type CadenceMode,
  type CadenceUnit,
} from '../../../shared/callbacks';
import { api } from '../api/client';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { invalidateCallbacks } from './queries';

interface CadenceDialogProps {
  readonly customerId: string;
  readonly cadence: Cadence | null;
  readonly onClose: () => void;
}

/** The customer's own call-back rhythm: every N days/weeks/months, or N after the last contact. */
export function CadenceDialog({ customerId, cadence, onClose }: CadenceDialogProps) {
  const t = useT();
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [every, setEvery] = useState(String(cadence?.every ?? 30));
  const [unit, setUnit] = useState<CadenceUnit>(cadence?.unit ?? 'days');
  const [mode, setMode] = useState<CadenceMode>(cadence?.mode ?? 'after_contact');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (value: Cadence | null): Promise<void> => {
    setSaving(true);
    try {
      await api['cadence.set']({ customerId, cadence: value, schedule: true });
      await invalidateCallbacks(queryClient);
      notify({ message: t(value ? 'cadence.saved' : 'cadence.removed'), severity: 'success' });
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  const submit = (): void => {
    const parsed = cadenceInput.safeParse({ every: Number(every), unit, mode });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'callbacks.cadenceInvalid');
      return;
    }
    setError(null);
    void save(parsed.data);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('cadence.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('cadence.hint')}</DialogContentText>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5}>
            <TextField
              label={t('cadence.every')}
              value={every}
              onChange={(e) => setEvery(e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              error={error !== null}
              helperText={error === null ? undefined : issueMessage(t, error)}
              sx={{ width: 120 }}
              autoFocus
            />
            <SelectField
              label={t('cadence.unit')}
              value={unit}
              onChange={(v) => setUnit(v as CadenceUnit)}
              options={CADENCE_UNITS.map((u) => ({ value: u, label: t(`cadenceUnit.${u}`) }))}
              sx={{ flex: 1 }}
            />
          </Stack>
          <SelectField
            label={t('cadence.mode')}
            value={mode}
            onChange={(v) => setMode(v as CadenceMode)}
            options={CADENCE_MODES.map((m) => ({
              value: m,
              label: t(`cadenceMode.${m}`, { every: every || 'N', unit: t(`cadenceUnit.${unit}`) }),
            }))}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        {cadence && (
          <Button color="error" onClick={() => void save(null)} disabled={saving} sx={{ mr: 'auto' }}>
            {t('cadence.remove')}
          </Button>
        )}
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={saving}>
          {t('action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
