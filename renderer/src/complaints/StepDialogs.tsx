/** The forms of a complaint's steps: resolve (cause, countermeasure, what the customer was told), close, reopen. */
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { complaintCloseInput, complaintReopenInput, complaintResolveInput } from '../../../shared/complaints/schemas';
import type { Complaint } from '../../../shared/complaints/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { FormCheckbox } from '../components/FormCheckbox';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors, fieldErrorText } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { causeOptions } from './labels';
import { COMPLAINTS_STALE, complaintQueries } from './queries';

interface StepDialogProps {
  readonly complaint: Complaint;
  readonly onClose: () => void;
}

const resolveForm = z.object({
  id: z.string(),
  rootCause: complaintResolveInput.shape.rootCause,
  countermeasure: complaintResolveInput.shape.countermeasure,
  customerTold: complaintResolveInput.shape.customerTold,
  planFollowUp: z.boolean(),
  followUp: z.object({ dueOn: z.string(), staffId: z.string().nullable() }),
});
type ResolveForm = z.input<typeof resolveForm>;
type ResolveValues = z.output<typeof resolveForm>;
const RESOLVE_FIELDS = ['rootCause', 'countermeasure', 'customerTold', 'followUp.dueOn'] as const;

export function ResolveDialog({ complaint, onClose }: StepDialogProps) {
  const { t, format } = useI18n();
  const settings = useQuery(complaintQueries.settings());
  const staff = useQuery(queries.staff());
  const form = useForm<ResolveForm, unknown, ResolveValues>({
    resolver: zodResolver(resolveForm),
    mode: 'onTouched',
    defaultValues: {
      id: complaint.id,
      rootCause: '',
      countermeasure: '',
      customerTold: '',
      planFollowUp: true,
      followUp: { dueOn: '', staffId: null },
    },
  });
  const { control } = form;
  const planning = useWatch({ control, name: 'planFollowUp' });
  const saving = useSave({
    channel: 'complaints.resolve',
    invalidates: COMPLAINTS_STALE,
    notice: (r) =>
      r.followUp
        ? t('complaintsPage.resolvedWithCall', { date: format.calendarDate(r.followUp.dueOn) })
        : t('complaintsPage.resolved'),
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, RESOLVE_FIELDS),
  });
  return (
    <FormDialog
      title={t('complaintsPage.resolveTitle')}
      submitLabel={t('complaintsPage.resolve')}
      form={form}
      onValid={(v) =>
        saving.save({
          id: v.id,
          rootCause: v.rootCause,
          countermeasure: v.countermeasure,
          customerTold: v.customerTold,
          at: null,
          followUp: v.planFollowUp ? { dueOn: v.followUp.dueOn || null, staffId: v.followUp.staffId } : null,
        })
      }
      onClose={onClose}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormSelectField
          control={control}
          name="rootCause"
          required
          label={t('complaintsPage.rootCause')}
          options={causeOptions(t, settings.data?.rootCauses ?? [])}
        />
        <FormTextField
          control={control}
          name="countermeasure"
          required
          multiline
          minRows={2}
          label={t('complaintsPage.countermeasure')}
        />
        <FormTextField
          control={control}
          name="customerTold"
          required
          multiline
          minRows={2}
          label={t('complaintsPage.customerTold')}
        />
        <FormCheckbox
          control={control}
          name="planFollowUp"
          label={t('complaintsPage.planFollowUp')}
          hint={t('complaintsPage.planFollowUpHint')}
        />
        {planning && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <FormTextField
              control={control}
              name="followUp.dueOn"
              type="date"
              label={t('complaintsPage.followUpOn')}
              helperText={t('complaintsPage.followUpDefault')}
              sx={{ flex: 1 }}
            />
            <FormSelectField
              control={control}
              name="followUp.staffId"
              parse={(v) => v || null}
              label={t('complaintsPage.owner')}
              emptyLabel={staffLabel(t, complaint.ownerName)}
              options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
              sx={{ flex: 1 }}
            />
          </Stack>
        )}
      </Stack>
    </FormDialog>
  );
}

type CloseForm = z.input<typeof complaintCloseInput>;
type CloseValues = z.output<typeof complaintCloseInput>;

export function CloseDialog({ complaint, onClose }: StepDialogProps) {
  const t = useI18n().t;
  const labelId = useId();
  const form = useForm<CloseForm, unknown, CloseValues>({
    resolver: zodResolver(complaintCloseInput),
    mode: 'onTouched',
    defaultValues: { id: complaint.id, satisfaction: null, note: '' },
  });
  const { control } = form;
  const saving = useSave({
    channel: 'complaints.close',
    invalidates: COMPLAINTS_STALE,
    notice: 'complaintsPage.closed',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['satisfaction', 'note']),
  });
  const score = useWatch({ control, name: 'satisfaction' });
  return (
    <FormDialog
      title={t('complaintsPage.closeTitle')}
      submitLabel={t('complaintsPage.close')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div" id={labelId}>
            {t('complaintsPage.closeScore')}
          </Typography>
          <Controller
            control={control}
            name="satisfaction"
            render={({ field, fieldState }) => (
              <>
                <Rating
                  value={field.value ?? null}
                  onChange={(_e, v) => field.onChange(v)}
                  aria-labelledby={labelId}
                  getLabelText={(v) => t('logCall.stars', { count: v })}
                  emptyLabelText={t('logCall.noSatisfaction')}
                />
                <FormHelperText error={Boolean(fieldState.error)}>
                  {fieldErrorText(t, fieldState.error?.message) ??
                    (complaint.satisfaction !== null && score == null
                      ? t('complaintsPage.closeScoreKnown', { score: complaint.satisfaction })
                      : ' ')}
                </FormHelperText>
              </>
            )}
          />
        </Box>
        <FormTextField control={control} name="note" multiline minRows={2} label={t('complaintsPage.note')} />
      </Stack>
    </FormDialog>
  );
}

type ReopenForm = z.input<typeof complaintReopenInput>;
type ReopenValues = z.output<typeof complaintReopenInput>;

export function ReopenDialog({ complaint, onClose }: StepDialogProps) {
  const t = useI18n().t;
  const form = useForm<ReopenForm, unknown, ReopenValues>({
    resolver: zodResolver(complaintReopenInput),
    mode: 'onTouched',
    defaultValues: { id: complaint.id, reason: '' },
  });
  const saving = useSave({
    channel: 'complaints.reopen',
    invalidates: COMPLAINTS_STALE,
    notice: 'complaintsPage.reopened',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['reason']),
  });
  return (
    <FormDialog
      title={t('complaintsPage.reopenTitle')}
      submitLabel={t('complaintsPage.reopen')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
      maxWidth="xs"
    >
      <Box sx={{ pt: 1 }}>
        <FormTextField
          control={form.control}
          name="reason"
          required
          fullWidth
          multiline
          minRows={2}
          label={t('complaintsPage.reason')}
        />
      </Box>
    </FormDialog>
  );
}
