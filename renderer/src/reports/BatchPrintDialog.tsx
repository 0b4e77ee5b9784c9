/**
 * Printing the customer analysis report of every customer of the list (a segment, a saved segment, an account
 * manager's customers) in one go: one PDF per customer in a .zip, or all in one PDF; progress, and Cancel.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CustomerFilterValues } from '../../../shared/customers/schemas';
import { COMBINED_MAX, type BatchOutput, type BatchStatus } from '../../../shared/reports/batch';
import { api } from '../api/client';
import { useSave } from '../api/useSave';
import { saveDownload } from '../download';
import { issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';

const POLL_MS = 300;

export function BatchPrintDialog({
  filter,
  count,
  onClose,
}: {
  readonly filter: Partial<CustomerFilterValues>;
  readonly count: number;
  readonly onClose: () => void;
}) {
  const { t, language } = useI18n();
  const [output, setOutput] = useState<BatchOutput>('files');
  const [unmask, setUnmask] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useSave({ channel: 'reports.batch.start', onSaved: (status) => setJobId(status.id) });
  const cancel = useSave({ channel: 'reports.batch.cancel' });
  const job = useQuery({
    queryKey: ['reports', 'batch', jobId],
    queryFn: () => api['reports.batch.get']({ jobId: jobId ?? '' }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.state !== 'running' ? false : POLL_MS),
    staleTime: Infinity,
  });
  const status: BatchStatus | undefined = job.data;
  const file = status?.file ?? null;
  // The finished batch is handed over once: saved as soon as it arrives.
  useEffect(() => {
    if (file) saveDownload(file);
  }, [file]);
  const running = jobId !== null && (!status || status.state === 'running');

  return (
    <Dialog open onClose={running ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="batch-print-title">
      <DialogTitle id="batch-print-title">{t('reportKinds.batch.dialogTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>{t('reportKinds.batch.intro', { count })}</Typography>
          {jobId === null && (
            <>
              <RadioGroup value={output} onChange={(event) => setOutput(event.target.value as BatchOutput)}>
                <FormControlLabel value="files" control={<Radio />} label={t('reportKinds.batch.outputFiles')} />
                <FormControlLabel
                  value="combined"
                  control={<Radio />}
                  label={t('reportKinds.batch.outputCombined')}
                  disabled={count > COMBINED_MAX}
                />
              </RadioGroup>
              <FormControlLabel
                control={<Switch checked={unmask} onChange={(event) => setUnmask(event.target.checked)} />}
                label={t('reportKinds.batch.unmask')}
              />
            </>
          )}
          {running && (
            <Stack spacing={1}>
              <LinearProgress
                variant={status && status.total > 0 ? 'determinate' : 'indeterminate'}
                value={status && status.total > 0 ? (100 * status.done) / status.total : 0}
                aria-label={t('reportKinds.batch.progress', { done: status?.done ?? 0, total: status?.total ?? count })}
              />
              <Typography variant="body2" role="status">
                {t('reportKinds.batch.progress', { done: status?.done ?? 0, total: status?.total ?? count })}
              </Typography>
            </Stack>
          )}
          {status?.state === 'done' && file && (
            <Alert severity="success">
              {t('reportKinds.batch.done', { total: status.total, file: file.fileName })}
            </Alert>
          )}
          {status?.state === 'cancelled' && (
            <Alert severity="info">
              {t('reportKinds.batch.cancelled', { done: status.done, total: status.total })}
            </Alert>
          )}
          {status?.state === 'failed' && (
            <Alert severity="error">
              {t('reportKinds.batch.failed', { message: issueErrorMessage(t, status.error) })}
            </Alert>
          )}
          {job.isError && <Alert severity="warning">{issueErrorMessage(t, job.error)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        {jobId === null && (
          <>
            <Button onClick={onClose}>{t('reportKinds.batch.close')}</Button>
            <Button
              variant="contained"
              disabled={start.isPending || count === 0}
              onClick={() => void start.save({ filter, output, lang: language, unmask })}
            >
              {t('reportKinds.batch.start')}
            </Button>
          </>
        )}
        {running && (
          <Button disabled={cancel.isPending} onClick={() => void cancel.save({ jobId: jobId ?? '' })}>
            {t('reportKinds.batch.cancel')}
          </Button>
        )}
        {jobId !== null && !running && <Button onClick={onClose}>{t('reportKinds.batch.close')}</Button>}
      </DialogActions>
    </Dialog>
  );
}
