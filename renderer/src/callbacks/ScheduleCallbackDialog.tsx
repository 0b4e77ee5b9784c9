import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { callbackCreateInput, type CallbackPriority, type CallbackPurpose } from '../../../shared/callbacks';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { localDay, shiftDay } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { priorityOptions, purposeOptions } from './options';
import { invalidateCallbacks } from './queries';

interface ScheduleCallbackDialogProps {
  readonly customerId: string;
  readonly customerName: string;
  /** Preselected: the customer's account manager. */
  readonly ownerId: string | null;
  readonly onClose: () => void;
}

/** Plans one call-back for a customer: when (and optionally a time window), who calls, why. */
export function ScheduleCallbackDialog({ customerId, customerName, ownerId, onClose }: ScheduleCallbackDialogProps) {
  const { t, format } = useI18n();
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const titleId = useId();
  const staff = useQuery(queries.staff());
  const [dueOn, setDueOn] = useState(shiftDay(localDay(), 1));
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [staffId, setStaffId] = useState(ownerId ?? '');
  const [purpose, setPurpose] = useState<CallbackPurpose>('periodic_care');
  const [priority, setPriority] = useState<CallbackPriority>('normal');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const save = async (): Promise<void> => {
    const parsed = callbackCreateInput.safeParse({
      customerId,
      dueOn,
      windowStart: windowStart || null,
      windowEnd: windowEnd || null,
      staffId: staffId || null,
      purpose,
      priority,
      notes,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? ''), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const created = await api['callbacks.create'](parsed.data);
      await invalidateCallbacks(queryClient);
      notify({
        message: t('schedule.saved', { name: customerName, date: format.calendarDate(created.dueOn) }),
        severity: 'success',
      });
      onClose();
    } catch (error) {
      if (error instanceof DossierError && error.code === 'validation' && error.issues.length > 0)
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.code])));
      else showError(error);
    } finally {
      setSaving(false);
    }
  };
  const err = (field: string): string | undefined =>
    errors[field] === undefined ? undefined : issueMessage(t, errors[field]);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('schedule.title', { name: customerName })}</DialogTitle>
      <DialogContent>
        <Grid container spacing={2} sx={{ pt: 1 }}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              fullWidth
              type="date"
              label={t('schedule.dueOn')}
              value={dueOn}
              onChange={(e) => setDueOn(e.target.value)}
              error={err('dueOn') !== undefined}
              helperText={err('dueOn') ?? t('bulk.postpone.hint')}
              slotProps={{ inputLabel: { shrink: true } }}
              required
            />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <TextField
              fullWidth
              type="time"
              label={t('schedule.from')}
              value={windowStart}
              onChange={(e) => setWindowStart(e.target.value)}
              error={err('windowStart') !== undefined}
              helperText={err('windowStart')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <TextField
              fullWidth
              type="time"
              label={t('schedule.to')}
              value={windowEnd}
              onChange={(e) => setWindowEnd(e.target.value)}
              error={err('windowEnd') !== undefined}
              helperText={err('windowEnd')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              fullWidth
              label={t('queue.staff')}
              value={staffId}
              onChange={setStaffId}
              emptyLabel={t('schedule.staffDefault')}
              options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <SelectField
              fullWidth
              label={t('queue.purpose')}
              value={purpose}
              onChange={(v) => setPurpose(v as CallbackPurpose)}
              options={purposeOptions(t)}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <SelectField
              fullWidth
              label={t('schedule.priority')}
              value={priority}
              onChange={(v) => setPriority(v as CallbackPriority)}
              options={priorityOptions(t)}
            />
          </Grid>
          <Grid size={{ xs: 12 }}>
            <TextField
              fullWidth
              multiline
              minRows={2}
              label={t('queue.col.notes')}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              error={err('notes') !== undefined}
              helperText={err('notes')}
            />
          </Grid>
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          {t('schedule.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
