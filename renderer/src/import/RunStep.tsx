import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import UndoOutlinedIcon from '@mui/icons-material/UndoOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ImportSummary, JobStatus } from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { IMPORT_STALE, invalidate, queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { UndoImportDialog, useDownloadRejected } from './batchActions';
import type { ImportWizard } from './useImportWizard';

const POLL_MS = 250;
const SUMMARY_COUNTS = ['created', 'updated', 'skipped', 'rejected'] as const;

/** A failed job's reason in the active language: its first issue when it has one. */
function jobFailure(error: NonNullable<JobStatus['error']>): DossierError {
  return new DossierError(error);
}

function Progress({ job, onCancel, cancelling }: { job: JobStatus; onCancel: () => void; cancelling: boolean }) {
  const { t, format } = useI18n();
  const started = job.total > 0;
  return (
    <Stack spacing={1.5} sx={{ py: 2 }}>
      <Typography>
        {job.waiting
          ? t('import.waiting')
          : started
            ? t('import.running', { done: format.number(job.done), total: job.total })
            : t('import.preparing')}
      </Typography>
      <LinearProgress
        variant={started ? 'determinate' : 'indeterminate'}
        value={started ? (job.done / job.total) * 100 : undefined}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <Box>
        <Button variant="outlined" onClick={onCancel} disabled={cancelling}>
          {t('action.cancel')}
        </Button>
      </Box>
    </Stack>
  );
}

function Summary({
  summary,
  fileName,
  onAnother,
}: {
  summary: ImportSummary;
  fileName: string;
  onAnother: () => void;
}) {
  const { t, format } = useI18n();
  const batches = useQuery(queries.importBatches());
  const undone = Boolean(batches.data?.find((b) => b.id === summary.batchId)?.undoneAt);
  const rejected = useDownloadRejected();
  const [confirming, setConfirming] = useState(false);

  return (
    <Stack spacing={2.5}>
      <Alert severity={undone ? 'info' : 'success'}>
        {t('import.done', { seconds: format.number(Math.round(summary.ms / 100) / 10) })}
        {undone && ` ${t('import.undoneNote')}`}
      </Alert>
      <Grid container spacing={2} role="list" aria-label={t('import.step.result')}>
        {SUMMARY_COUNTS.map((key) => (
          <Grid key={key} size={{ xs: 6, md: 3 }} role="listitem">
            <Paper sx={{ p: 2, textAlign: 'center' }}>
              <Typography
                variant="h1"
                component="div"
                color={key === 'rejected' && summary.rejected > 0 ? 'error.main' : 'text.primary'}
                sx={{ fontSize: '2rem' }}
              >
                {format.number(summary[key])}
              </Typography>
              <Typography color="text.secondary">{t(`import.summary.${key}`)}</Typography>
            </Paper>
          </Grid>
        ))}
      </Grid>
      {summary.merged > 0 && <Alert severity="info">{t('import.mergedNote', { count: summary.merged })}</Alert>}
      {summary.rejected > 0 && (
        <Alert
          severity="warning"
          action={
            <Button
              color="inherit"
              startIcon={rejected.busyId ? <CircularProgress size={14} color="inherit" /> : <DownloadOutlinedIcon />}
              disabled={rejected.busyId !== null}
              onClick={() => rejected.download(summary.batchId)}
              sx={{ whiteSpace: 'nowrap' }}
            >
              {t('import.downloadRejected')}
            </Button>
          }
        >
          {t('import.rejectedHint', { count: summary.rejected })}
        </Alert>
      )}
      {summary.unknownProducts && summary.unknownProducts.length > 0 && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" component={RouterLink} to="/products" sx={{ whiteSpace: 'nowrap' }}>
              {t('products.openCatalogue')}
            </Button>
          }
        >
          {t('products.importUnknown', {
            count: summary.unknownProducts.length,
            names: summary.unknownProducts
              .slice(0, 5)
              .map((p) => p.name)
              .join(t('reminders.nameSeparator')),
          })}
        </Alert>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={onAnother}>
          {t('import.another')}
        </Button>
        <Button component={RouterLink} to="/import/history">
          {t('import.openHistory')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button
          color="error"
          startIcon={<UndoOutlinedIcon />}
          disabled={undone || summary.created + summary.updated === 0}
          onClick={() => setConfirming(true)}
        >
          {t('import.undo')}
        </Button>
      </Stack>
      <UndoImportDialog
        batch={confirming ? { id: summary.batchId, fileName } : null}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** Step 5: the running import with progress and Cancel, then what it did. */
export function RunStep({ wizard }: { readonly wizard: ImportWizard }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const jobId = wizard.jobId ?? '';
  const job = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: async () => {
      const status = await api['jobs.get']({ jobId });
      if (status.state === 'done') await invalidate(queryClient, IMPORT_STALE);
      return status;
    },
    enabled: jobId !== '',
    refetchInterval: (query) => (query.state.data && query.state.data.state !== 'running' ? false : POLL_MS),
  });
  const cancel = useSave({ channel: 'jobs.cancel', onSaved: () => job.refetch() });

  // The host was restarted while the import ran: say so, and lead to the history, where its batch is if it was saved.
  if (job.isError)
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Alert severity="warning" sx={{ alignSelf: 'stretch' }}>
          {issueErrorMessage(t, job.error)}
        </Alert>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" component={RouterLink} to="/import/history" onClick={wizard.reset}>
            {t('import.tab.history')}
          </Button>
          <Button onClick={wizard.reset}>{t('import.another')}</Button>
        </Stack>
      </Stack>
    );
  const status = job.data;
  if (!status || status.state === 'running')
    return (
      <Progress
        job={status ?? { id: jobId, state: 'running', done: 0, total: 0, waiting: false, result: null, error: null }}
        onCancel={() => void cancel.save({ jobId })}
        cancelling={cancel.isPending}
      />
    );
  if (status.state === 'done' && status.result)
    return <Summary summary={status.result} fileName={wizard.fileName ?? ''} onAnother={wizard.reset} />;

  const failed = status.state === 'failed';
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Alert severity={failed ? 'error' : 'info'} sx={{ alignSelf: 'stretch' }}>
        {failed
          ? t('import.failed', {
              reason: status.error ? issueErrorMessage(t, jobFailure(status.error)) : '',
            })
          : t('import.cancelled')}
      </Alert>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => wizard.goTo(3)}>
          {t('action.back')}
        </Button>
        <Button onClick={wizard.reset}>{t('import.another')}</Button>
      </Stack>
    </Stack>
  );
}
