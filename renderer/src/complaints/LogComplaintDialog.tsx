import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { complaintCreateInput } from '../../../shared/complaints/schemas';
import { COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES, DEFAULT_SEVERITY_LIMITS } from '../../../shared/complaints/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { localDateTimeInput } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { categoryOptions } from './labels';
import { COMPLAINTS_STALE, complaintQueries } from './queries';

/** The form takes the local wall-clock time of a `datetime-local` input; the contract wants an instant. */
const logForm = complaintCreateInput.omit({ receivedAt: true }).extend({
  receivedAt: z.string().refine((v) => v !== '' && !Number.isNaN(Date.parse(v)), 'date.invalid'),
});
type LogForm = z.input<typeof logForm>;
type LogValues = z.output<typeof logForm>;
const LOG_FIELDS = ['receivedAt', 'channel', 'category', 'severity', 'words', 'ownerId'] as const;

const emptyAsNull = (value: string): string | null => value || null;

interface LogComplaintDialogProps {
  readonly customerId: string;
  readonly customerName: string;
  readonly onClose: () => void;
}

/** Records a complaint as it comes in; the core works out its due date from the severity's time limit. */
export function LogComplaintDialog({ customerId, customerName, onClose }: LogComplaintDialogProps) {
  const { t, format } = useI18n();
  const staff = useQuery(queries.staff());
  const settings = useQuery(complaintQueries.settings());
  const form = useForm<LogForm, unknown, LogValues>({
    resolver: zodResolver(logForm),
    mode: 'onTouched',
    defaultValues: {
      customerId,
      receivedAt: localDateTimeInput(),
      channel: 'counter',
      category: '',
      severity: 'normal',
      words: '',
      ownerId: null,
    },
  });
  const { control } = form;
  const severity = useWatch({ control, name: 'severity' }) ?? 'normal';
  const limit = (settings.data?.limits ?? DEFAULT_SEVERITY_LIMITS)[severity];
  const receivedText = useWatch({ control, name: 'receivedAt' }) ?? '';
  const receivedAt = Number.isNaN(Date.parse(receivedText)) ? null : new Date(receivedText).toISOString();
  const due = useQuery(complaintQueries.dueDate(receivedAt, severity));
  const saving = useSave({
    channel: 'complaints.create',
    invalidates: COMPLAINTS_STALE,
    notice: (created) => t('complaintsPage.logged', { date: format.calendarDate(created.dueOn) }),
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, LOG_FIELDS),
  });

  return (
    <FormDialog
      title={t('complaintsPage.logTitle', { name: customerName })}
      form={form}
      onValid={(v) => saving.save({ ...v, receivedAt: new Date(v.receivedAt).toISOString() })}
      onClose={onClose}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            control={control}
            name="receivedAt"
            type="datetime-local"
            fullWidth
            required
            label={t('complaintsPage.receivedAt')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelectField
            control={control}
            name="channel"
            fullWidth
            label={t('complaintsPage.channel')}
            options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaintChannel.${c}`) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelectField
            control={control}
            name="category"
            fullWidth
            required
            label={t('complaintsPage.category')}
            options={categoryOptions(t, settings.data?.categories ?? [], settings.data?.categoryLabels)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelectField
            control={control}
            name="severity"
            fullWidth
            label={t('complaintsPage.severity')}
            helperText={
              due.data
                ? t('complaintsPage.dueOnHint', { date: format.calendarDate(due.data.dueOn), count: due.data.days })
                : t('complaintsPage.dueHint', { count: limit })
            }
            options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`complaintSeverity.${s}`) }))}
          />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <FormTextField
            control={control}
            name="words"
            fullWidth
            required
            multiline
            minRows={3}
            label={t('complaintsPage.words')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelectField
            control={control}
            name="ownerId"
            parse={emptyAsNull}
            fullWidth
            label={t('complaintsPage.owner')}
            emptyLabel={t('complaintsPage.ownerDefault')}
            options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
