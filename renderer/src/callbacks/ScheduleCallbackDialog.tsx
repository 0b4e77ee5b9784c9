import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { callbackCreateInput } from '../../../shared/callbacks/schemas';
import { localDate } from '../../../shared/rules/calendar';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { shiftDay } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import { PurposePriorityFields } from './PurposePriorityFields';
import { CALLBACKS_STALE } from './queries';

type ScheduleForm = z.input<typeof callbackCreateInput>;
type ScheduleValues = z.output<typeof callbackCreateInput>;
const SCHEDULE_FIELDS = ['dueOn', 'windowStart', 'windowEnd', 'staffId', 'purpose', 'priority', 'notes'] as const;

/** An empty time or the default caller is no value at all, as the contract has it. */
const emptyAsNull = (value: string): string | null => value || null;

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
  const staff = useQuery(queries.staff());
  const form = useForm<ScheduleForm, unknown, ScheduleValues>({
    resolver: zodResolver(callbackCreateInput),
    mode: 'onTouched',
    defaultValues: {
      customerId,
      dueOn: shiftDay(localDate(), 1),
      windowStart: null,
      windowEnd: null,
      staffId: ownerId,
      purpose: 'periodic_care',
      priority: 'normal',
      notes: '',
    },
  });
  const { control } = form;
  const saving = useSave({
    channel: 'callbacks.create',
    invalidates: CALLBACKS_STALE,
    notice: (created) => t('schedule.saved', { name: customerName, date: format.calendarDate(created.dueOn) }),
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, SCHEDULE_FIELDS),
  });

  return (
    <FormDialog
      title={t('schedule.title', { name: customerName })}
      submitLabel={t('schedule.save')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            control={control}
            name="dueOn"
            fullWidth
            type="date"
            label={t('schedule.dueOn')}
            helperText={t('bulk.postpone.hint')}
            required
          />
        </Grid>
        {(['windowStart', 'windowEnd'] as const).map((name) => (
          <Grid key={name} size={{ xs: 6, sm: 3 }}>
            <FormTextField
              control={control}
              name={name}
              parse={emptyAsNull}
              fullWidth
              type="time"
              label={t(name === 'windowStart' ? 'schedule.from' : 'schedule.to')}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelectField
            control={control}
            name="staffId"
            parse={emptyAsNull}
            fullWidth
            label={t('queue.staff')}
            emptyLabel={t('schedule.staffDefault')}
            options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </Grid>
        <PurposePriorityFields control={control} fullWidth />
        <Grid size={{ xs: 12 }}>
          <FormTextField control={control} name="notes" fullWidth multiline minRows={2} label={t('queue.col.notes')} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
