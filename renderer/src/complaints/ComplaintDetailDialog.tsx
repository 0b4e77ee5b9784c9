import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ComplaintDetail } from '../../../shared/complaints/types';
import { canStep, type ComplaintStep } from '../../../shared/complaints/workflow';
import { useSave } from '../api/useSave';
import { FieldList } from '../components/FieldList';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { orDash, staffLabel } from '../i18n/labels';
import { causeLabel } from './labels';
import { useCategoryLabel } from './useCategoryLabel';
import { COMPLAINTS_STALE, complaintQueries } from './queries';
import { StatusChip } from './StatusChip';
import { CloseDialog, ReopenDialog, ResolveDialog } from './StepDialogs';

/** Oldest first: who did what and when, with the status it moved between. */
function History({ detail }: { readonly detail: ComplaintDetail }) {
  const { t, format } = useI18n();
  const titleId = useId();
  return (
    <>
      <Typography variant="h3" id={titleId} sx={{ mt: 2.5, mb: 1 }}>
        {t('complaintsPage.history')}
      </Typography>
      <Stack component="ol" aria-labelledby={titleId} spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {detail.events.map((e) => (
          <li key={e.id}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t(`complaintAction.${e.action}`)}
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
                ? ` · ${t('complaintsPage.statusChange', {
                    from: t(`complaintStatus.${e.fromStatus}`),
                    to: t(`complaintStatus.${e.toStatus}`),
                  })}`
                : ''}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {t('complaintsPage.eventBy', { when: format.dateTime(e.at), name: staffLabel(t, e.staffName) })}
            </Typography>
            {e.note && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {e.note}
              </Typography>
            )}
          </li>
        ))}
      </Stack>
    </>
  );
}

/** One complaint: what was said, where it stands, its history, and the next step it allows. */
export function ComplaintDetailDialog({ id, onClose }: { readonly id: string; readonly onClose: () => void }) {
  const { t, format } = useI18n();
  const category = useCategoryLabel();
  const titleId = useId();
  const detail = useQuery(complaintQueries.detail(id));
  const [step, setStep] = useState<Exclude<ComplaintStep, 'start'> | null>(null);
  const start = useSave({
    channel: 'complaints.start',
    invalidates: COMPLAINTS_STALE,
    notice: 'complaintsPage.started',
  });
  const c = detail.data?.complaint;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <span>{c ? t('complaintsPage.detailTitle', { name: c.customerName }) : t('common.loading')}</span>
          {c && <StatusChip status={c.status} />}
        </Stack>
      </DialogTitle>
      <DialogContent>
        {detail.isError && <QueryError error={detail.error} />}
        {!detail.data && !detail.isError && <CircularProgress aria-label={t('common.loading')} />}
        {detail.data && c && (
          <>
            <FieldList
              fields={[
                {
                  label: t('complaints.column.customer'),
                  value: (
                    <Link component={RouterLink} to={`/customers/${c.customerId}`} onClick={onClose}>
                      {c.customerName}
                    </Link>
                  ),
                },
                { label: t('complaintsPage.receivedAt'), value: format.dateTime(c.receivedAt) },
                { label: t('complaintsPage.channel'), value: t(`complaintChannel.${c.channel}`) },
                { label: t('complaintsPage.category'), value: category(c.category) },
                { label: t('complaintsPage.severity'), value: t(`complaintSeverity.${c.severity}`) },
                {
                  label: t('complaintsPage.dueOn'),
                  value: (
                    <Typography component="span" color={c.overdue ? 'error' : undefined}>
                      {format.calendarDate(c.dueOn)}
                      {c.overdue ? ` · ${t('complaintsPage.overdueMark')}` : ''}
                    </Typography>
                  ),
                },
                { label: t('complaintsPage.owner'), value: staffLabel(t, c.ownerName) },
                {
                  label: t('complaintsPage.firstResponse'),
                  value: c.firstResponseAt ? format.dateTime(c.firstResponseAt) : t('common.empty'),
                },
                { label: t('complaintsPage.words'), value: c.words, wide: true },
                ...(c.rootCause
                  ? [
                      { label: t('complaintsPage.rootCause'), value: causeLabel(t, c.rootCause) },
                      {
                        label: t('complaintsPage.resolvedAt'),
                        value: c.resolvedAt ? format.dateTime(c.resolvedAt) : t('common.empty'),
                      },
                      { label: t('complaintsPage.countermeasure'), value: orDash(t, c.countermeasure), wide: true },
                      { label: t('complaintsPage.customerTold'), value: orDash(t, c.customerTold), wide: true },
                    ]
                  : []),
                ...(c.followUpDueOn
                  ? [{ label: t('complaintsPage.followUp'), value: format.calendarDate(c.followUpDueOn) }]
                  : []),
                {
                  label: t('complaintsPage.satisfaction'),
                  value:
                    c.satisfaction === null ? t('common.empty') : t('complaintsPage.score', { score: c.satisfaction }),
                },
              ]}
            />
            <History detail={detail.data} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        {c && canStep(c.status, 'start') && (
          <Button disabled={start.isPending} onClick={() => void start.save({ id: c.id, note: null })}>
            {t('complaintsPage.start')}
          </Button>
        )}
        {c && canStep(c.status, 'resolve') && (
          <Button variant="contained" onClick={() => setStep('resolve')}>
            {t('complaintsPage.resolve')}
          </Button>
        )}
        {c && canStep(c.status, 'close') && (
          <Button variant="contained" onClick={() => setStep('close')}>
            {t('complaintsPage.close')}
          </Button>
        )}
        {c && canStep(c.status, 'reopen') && (
          <Button onClick={() => setStep('reopen')}>{t('complaintsPage.reopen')}</Button>
        )}
        <Button onClick={onClose}>{t('action.close')}</Button>
      </DialogActions>
      {c && step === 'resolve' && <ResolveDialog complaint={c} onClose={() => setStep(null)} />}
      {c && step === 'close' && <CloseDialog complaint={c} onClose={() => setStep(null)} />}
      {c && step === 'reopen' && <ReopenDialog complaint={c} onClose={() => setStep(null)} />}
    </Dialog>
  );
}
