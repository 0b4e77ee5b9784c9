import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Rating from '@mui/material/Rating';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  callbackLogInput,
  FINAL_NOT_REACHED_REASONS,
  NOT_REACHED_REASONS,
  type Callback,
  type CallbackOutcome,
  type NotReachedReason,
} from '../../../shared/callbacks';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { localDay, shiftDay } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { answerText } from './labels';
import { callbackQueries, invalidateCallbacks } from './queries';

interface LogCallDialogProps {
  readonly callback: Callback;
  readonly onClose: () => void;
}

type NextMode = 'cadence' | 'date' | 'none';

/**
 * One dialog for a call: reached (answer, satisfaction) or not (why), notes, and the next call in the same step.
 * A call that did not get through is retried on the next working day until the retry limit.
 */
export function LogCallDialog({ callback, onClose }: LogCallDialogProps) {
  const { t, format } = useI18n();
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const titleId = useId();
  const settings = useQuery(callbackQueries.settings());
  const cadence = useQuery(callbackQueries.cadence(callback.customerId));
  const [outcome, setOutcome] = useState<CallbackOutcome | null>(null);
  const [reason, setReason] = useState<NotReachedReason | null>(null);
  const [answer, setAnswer] = useState('');
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const [notes, setNotes] = useState('');
  const [nextMode, setNextMode] = useState<NextMode | null>(null);
  const [nextOn, setNextOn] = useState(shiftDay(localDay(), 30));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const effective = cadence.data?.effective ?? null;
  const mode: NextMode = nextMode ?? (effective ? 'cadence' : 'date');
  const retryLimit = settings.data?.retryLimit ?? 3;
  const attempt = callback.attempts + 1;
  const willRetry =
    outcome === 'not_reached' && reason !== null && attempt < retryLimit && !FINAL_NOT_REACHED_REASONS.includes(reason);

  const save = async (): Promise<void> => {
    const input = {
      id: callback.id,
      outcome: outcome ?? undefined,
      reason: outcome === 'not_reached' ? reason : null,
      answerCategory: outcome === 'reached' ? answer || null : null,
      satisfaction: outcome === 'reached' ? satisfaction : null,
      notes,
      next: willRetry || mode === 'none' ? null : mode === 'cadence' ? { dueOn: null } : { dueOn: nextOn },
    };
    const parsed = callbackLogInput.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'outcome'), i.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const result = await api['callbacks.log'](parsed.data);
      await invalidateCallbacks(queryClient);
      notify({
        message:
          result.result === 'retry'
            ? t('logCall.savedRetry', { name: callback.customerName, date: format.calendarDate(result.callback.dueOn) })
            : result.result === 'unreachable'
              ? t('logCall.savedUnreachable', { name: callback.customerName })
              : result.next
                ? t('logCall.savedNext', { name: callback.customerName, date: format.calendarDate(result.next.dueOn) })
                : t('logCall.saved', { name: callback.customerName }),
        severity: 'success',
      });
      onClose();
    } catch (error) {
      if (error instanceof DossierError && error.code === 'validation' && error.issues.length > 0)
        setErrors(Object.fromEntries(error.issues.map((i) => [i.path.split('.')[0] ?? 'outcome', i.code])));
      else showError(error);
    } finally {
      setSaving(false);
    }
  };

  const errorText = (field: string): string | undefined =>
    errors[field] === undefined ? undefined : issueMessage(t, errors[field]);
  const phone = callback.customerMobile ?? callback.customerPhone;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('logCall.title', { name: callback.customerName })}</DialogTitle>
      <DialogContent>
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
            <Typography variant="subtitle2" component="div" id={`${titleId}-outcome`} sx={{ mb: 1 }}>
              {t('logCall.outcome')}
            </Typography>
            <ToggleButtonGroup
              exclusive
              color="primary"
              value={outcome}
              onChange={(_e, v: CallbackOutcome | null) => v && setOutcome(v)}
              aria-labelledby={`${titleId}-outcome`}
            >
              <ToggleButton value="reached">{t('callbackOutcome.reached')}</ToggleButton>
              <ToggleButton value="not_reached">{t('callbackOutcome.not_reached')}</ToggleButton>
            </ToggleButtonGroup>
            {errorText('outcome') && (
              <Typography color="error" variant="caption" component="div" role="alert">
                {t('logCall.outcomeRequired')}
              </Typography>
            )}
          </Box>

          {outcome === 'not_reached' && (
            <Box>
              <Typography variant="subtitle2" component="div" id={`${titleId}-reason`} sx={{ mb: 1 }}>
                {t('logCall.reason')}
              </Typography>
              <ToggleButtonGroup
                exclusive
                size="small"
                value={reason}
                onChange={(_e, v: NotReachedReason | null) => v && setReason(v)}
                aria-labelledby={`${titleId}-reason`}
                sx={{ flexWrap: 'wrap' }}
              >
                {NOT_REACHED_REASONS.map((r) => (
                  <ToggleButton key={r} value={r}>
                    {t(`notReachedReason.${r}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
              {errorText('reason') && (
                <Typography color="error" variant="caption" component="div" role="alert">
                  {errorText('reason')}
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
              <SelectField
                label={t('logCall.answer')}
                value={answer}
                onChange={setAnswer}
                emptyLabel={t('logCall.noAnswer')}
                options={(settings.data?.answerCategories ?? []).map((c) => ({ value: c, label: answerText(t, c) }))}
                error={errorText('answerCategory') !== undefined}
                helperText={errorText('answerCategory')}
                sx={{ minWidth: 220 }}
              />
              <Box>
                <Typography variant="caption" color="text.secondary" component="div" id={`${titleId}-sat`}>
                  {t('logCall.satisfaction')}
                </Typography>
                <Rating
                  value={satisfaction}
                  onChange={(_e, v) => setSatisfaction(v)}
                  aria-labelledby={`${titleId}-sat`}
                  getLabelText={(v) => t('logCall.stars', { count: v })}
                />
              </Box>
            </Stack>
          )}

          <TextField
            label={t('logCall.notes')}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            multiline
            minRows={2}
            error={errorText('notes') !== undefined}
            helperText={errorText('notes')}
          />

          {outcome !== null && !willRetry && (
            <Box>
              <Typography variant="subtitle2" component="div" sx={{ mb: 1 }}>
                {t('logCall.next')}
              </Typography>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                {effective && (
                  <FormControlLabel
                    control={<Checkbox checked={mode === 'cadence'} onChange={() => setNextMode('cadence')} />}
                    label={t('logCall.byCadence', {
                      cadence: t(`cadenceMode.${effective.mode}`, {
                        every: effective.every,
                        unit: t(`cadenceUnit.${effective.unit}`),
                      }),
                    })}
                  />
                )}
                <FormControlLabel
                  control={<Checkbox checked={mode === 'date'} onChange={() => setNextMode('date')} />}
                  label={t('logCall.onDate')}
                />
                <TextField
                  type="date"
                  size="small"
                  label={t('logCall.nextOn')}
                  value={nextOn}
                  disabled={mode !== 'date'}
                  onChange={(e) => {
                    setNextOn(e.target.value);
                    setNextMode('date');
                  }}
                  error={errorText('next') !== undefined}
                  helperText={errorText('next')}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <FormControlLabel
                  control={<Checkbox checked={mode === 'none'} onChange={() => setNextMode('none')} />}
                  label={t('logCall.noNext')}
                />
              </Stack>
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          {t('logCall.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
