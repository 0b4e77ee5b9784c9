import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { callbackLogInput, type CallbackLogValues } from '../../../shared/callbacks/schemas';
import { callResult } from '../../../shared/callbacks/retry';
import type { Callback } from '../../../shared/callbacks/types';
import {
  DEFAULT_RETRY_LIMIT,
  NOT_REACHED_REASONS,
  type CallbackOutcome,
  type NotReachedReason,
} from '../../../shared/callbacks/vocabulary';
import type { Input } from '../../../shared/contract';
import { localDate } from '../../../shared/rules/calendar';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors, fieldErrorText } from '../errors';
import { shiftDay } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import { answerText, cadenceText } from './labels';
import { callbackQueries, CALLBACKS_STALE } from './queries';

interface LogCallDialogProps {
  readonly callback: Callback;
  readonly onClose: () => void;
}

type NextMode = 'cadence' | 'date' | 'none';

/** What the dialog asks; the call's input is made from it when saved. */
type LogCallForm = {
  readonly outcome: CallbackOutcome | null;
  readonly reason: NotReachedReason | null;
  readonly answerCategory: string;
  readonly satisfaction: number | null;
  readonly notes: string;
  /** Null until the user picks: by the cadence when the customer has one, else on a date. */
  readonly nextMode: NextMode | null;
  /** The date the next call is planned on, when it goes by date. */
  readonly next: { readonly dueOn: string };
};

/** The call's input before the contract checks it: the outcome may still be missing. */
type LogInput = Omit<Input<'callbacks.log'>, 'outcome'> & { readonly outcome?: CallbackOutcome };

const LOG_FIELDS = ['outcome', 'reason', 'answerCategory', 'satisfaction', 'notes', 'next.dueOn'] as const;

/**
 * One dialog for a call: reached (answer, satisfaction) or not (why), notes, and the next call in the same step.
 * A call that did not get through is retried on the next working day until the retry limit.
 */
export function LogCallDialog({ callback, onClose }: LogCallDialogProps) {
  const { t, format } = useI18n();
  // Names the groups of toggle buttons and the rating.
  const groupId = useId();
  const settings = useQuery(callbackQueries.settings());
  const cadence = useQuery(callbackQueries.cadence(callback.customerId));
  const effective = cadence.data?.effective ?? null;
  const retryLimit = settings.data?.retryLimit ?? DEFAULT_RETRY_LIMIT;
  const attempt = callback.attempts + 1;
  const modeOf = (v: Pick<LogCallForm, 'nextMode'>): NextMode => v.nextMode ?? (effective ? 'cadence' : 'date');
  const retries = (v: Pick<LogCallForm, 'outcome' | 'reason'>): boolean =>
    v.outcome === 'not_reached' &&
    v.reason !== null &&
    callResult({ outcome: v.outcome, reason: v.reason, attempt, retryLimit, retry: null }) === 'retry';

  const toInput = (v: LogCallForm): LogInput => {
    const mode = modeOf(v);
    return {
      id: callback.id,
      outcome: v.outcome ?? undefined,
      reason: v.outcome === 'not_reached' ? v.reason : null,
      answerCategory: v.outcome === 'reached' ? v.answerCategory || null : null,
      satisfaction: v.outcome === 'reached' ? v.satisfaction : null,
      notes: v.notes,
      next: retries(v) || mode === 'none' ? null : mode === 'cadence' ? { dueOn: null } : { dueOn: v.next.dueOn },
    };
  };
  const form = useForm<LogCallForm, unknown, CallbackLogValues>({
    // Made each time: what goes in depends on the retry limit and the cadence, which load with the dialog.
    resolver: zodResolver(z.custom<LogCallForm>().transform(toInput).pipe(callbackLogInput), {
      error: (issue) => (issue.code === 'invalid_type' ? 'field.invalid' : undefined),
    }),
    mode: 'onTouched',
    defaultValues: {
      outcome: null,
      reason: null,
      answerCategory: '',
      satisfaction: null,
      notes: '',
      nextMode: null,
      next: { dueOn: shiftDay(localDate(), 30) },
    },
  });
  const { control, setValue } = form;
  const { errors } = form.formState;
  const [outcome, reason, nextMode] = useWatch({ control, name: ['outcome', 'reason', 'nextMode'] });
  const mode = modeOf({ nextMode });
  const willRetry = retries({ outcome, reason });
  const choose = (next: NextMode): void => setValue('nextMode', next, { shouldDirty: true });

  const saving = useSave({
    channel: 'callbacks.log',
    invalidates: CALLBACKS_STALE,
    notice: (result) =>
      result.result === 'retry'
        ? t('logCall.savedRetry', { name: callback.customerName, date: format.calendarDate(result.callback.dueOn) })
        : result.result === 'unreachable'
          ? t('logCall.savedUnreachable', { name: callback.customerName })
          : result.next
            ? t('logCall.savedNext', { name: callback.customerName, date: format.calendarDate(result.next.dueOn) })
            : t('logCall.saved', { name: callback.customerName }),
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, LOG_FIELDS),
  });

  const phone = callback.customerMobile ?? callback.customerPhone;
  const reasonError = fieldErrorText(t, errors.reason?.message);

  return (
    <FormDialog
      title={t('logCall.title', { name: callback.customerName })}
      submitLabel={t('logCall.save')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
    >
      <Stack spacing={2.5} sx={{ pt: 0.5 }}>
        <Typography variant="body2" color="text.secondary">
          {[
            phone,
            t(`callbackPurpose.${callback.purpose}`),
            callback.campaignName,
            t('queue.attemptOf', { attempt, limit: retryLimit }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        {callback.notes && <Alert severity="info">{callback.notes}</Alert>}
        <Box>
          <Typography variant="subtitle2" component="div" id={`${groupId}-outcome`} sx={{ mb: 1 }}>
            {t('logCall.outcome')}
          </Typography>
          <Controller
            control={control}
            name="outcome"
            render={({ field }) => (
              <ToggleButtonGroup
                exclusive
                color="primary"
                value={field.value}
                onChange={(_e, v: CallbackOutcome | null) => v && field.onChange(v)}
                aria-labelledby={`${groupId}-outcome`}
              >
                <ToggleButton value="reached">{t('callbackOutcome.reached')}</ToggleButton>
                <ToggleButton value="not_reached">{t('callbackOutcome.not_reached')}</ToggleButton>
              </ToggleButtonGroup>
            )}
          />
          {errors.outcome && (
            <Typography color="error" variant="caption" component="div" role="alert">
              {t('logCall.outcomeRequired')}
            </Typography>
          )}
        </Box>

        {outcome === 'not_reached' && (
          <Box>
            <Typography variant="subtitle2" component="div" id={`${groupId}-reason`} sx={{ mb: 1 }}>
              {t('logCall.reason')}
            </Typography>
            <Controller
              control={control}
              name="reason"
              render={({ field }) => (
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  value={field.value}
                  onChange={(_e, v: NotReachedReason | null) => v && field.onChange(v)}
                  aria-labelledby={`${groupId}-reason`}
                  sx={{ flexWrap: 'wrap' }}
                >
                  {NOT_REACHED_REASONS.map((r) => (
                    <ToggleButton key={r} value={r}>
                      {t(`notReachedReason.${r}`)}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
              )}
            />
            {reasonError && (
              <Typography color="error" variant="caption" component="div" role="alert">
                {reasonError}
              </Typography>
            )}
            {reason && (
              <Alert severity={willRetry ? 'info' : 'warning'} sx={{ mt: 1.5 }}>
                {willRetry
                  ? t('logCall.willRetry', { attempt: attempt + 1, limit: retryLimit })
                  : t('logCall.willGiveUp')}
              </Alert>
            )}
          </Box>
        )}

        {outcome === 'reached' && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <FormSelectField
              control={control}
              name="answerCategory"
              label={t('logCall.answer')}
              emptyLabel={t('logCall.noAnswer')}
              options={(settings.data?.answerCategories ?? []).map((c) => ({
                value: c,
                label: answerText(t, c, settings.data?.answerLabels),
              }))}
              sx={{ minWidth: 220 }}
            />
            <Box>
              <Typography variant="caption" color="text.secondary" component="div" id={`${groupId}-sat`}>
                {t('logCall.satisfaction')}
              </Typography>
              <Controller
                control={control}
                name="satisfaction"
                render={({ field }) => (
                  <Rating
                    value={field.value}
                    onChange={(_e, v) => field.onChange(v)}
                    aria-labelledby={`${groupId}-sat`}
                    getLabelText={(v) => t('logCall.stars', { count: v })}
                    emptyLabelText={t('logCall.noSatisfaction')}
                  />
                )}
              />
            </Box>
          </Stack>
        )}

        <FormTextField control={control} name="notes" label={t('logCall.notes')} multiline minRows={2} />

        {outcome !== null && !willRetry && (
          <Box>
            <Typography variant="subtitle2" component="div" sx={{ mb: 1 }}>
              {t('logCall.next')}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              {effective && (
                <FormControlLabel
                  control={<Checkbox checked={mode === 'cadence'} onChange={() => choose('cadence')} />}
                  label={t('logCall.byCadence', {
                    cadence: cadenceText(t, effective.mode, effective.every, effective.unit),
                  })}
                />
              )}
              <FormControlLabel
                control={<Checkbox checked={mode === 'date'} onChange={() => choose('date')} />}
                label={t('logCall.onDate')}
              />
              <Controller
                control={control}
                name="next.dueOn"
                render={({ field, fieldState }) => (
                  <TextField
                    type="date"
                    size="small"
                    label={t('logCall.nextOn')}
                    name={field.name}
                    inputRef={field.ref}
                    value={field.value}
                    disabled={mode !== 'date'}
                    onChange={(e) => {
                      field.onChange(e.target.value);
                      choose('date');
                    }}
                    onBlur={field.onBlur}
                    error={Boolean(fieldState.error)}
                    helperText={fieldErrorText(t, fieldState.error?.message)}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                )}
              />
              <FormControlLabel
                control={<Checkbox checked={mode === 'none'} onChange={() => choose('none')} />}
                label={t('logCall.noNext')}
              />
            </Stack>
          </Box>
        )}
      </Stack>
    </FormDialog>
  );
}
