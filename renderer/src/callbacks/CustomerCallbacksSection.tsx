import AddIcon from '@mui/icons-material/Add';
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Callback } from '../../../shared/callbacks/types';
import type { DueStatus } from '../../../shared/callbacks/vocabulary';
import { QueryError } from '../components/QueryError';
import { localDate } from '../../../shared/rules/calendar';
import { useI18n } from '../i18n/I18nContext';
import { CadenceDialog } from './CadenceDialog';
import { cadenceText } from './labels';
import { LogCallDialog } from './LogCallDialog';
import { callbackQueries } from './queries';
import { ScheduleCallbackDialog } from './ScheduleCallbackDialog';

const STATUS_COLOR: Readonly<Record<DueStatus, 'success' | 'warning' | 'error' | 'default'>> = {
  ok: 'success',
  amber: 'warning',
  red: 'error',
  none: 'default',
};

interface CustomerCallbacksSectionProps {
  readonly customerId: string;
  readonly customerName: string;
  readonly ownerId: string | null;
}

/** On the customer page: whether the customer is due a call by their cadence, their open call-backs, and planning. */
export function CustomerCallbacksSection({ customerId, customerName, ownerId }: CustomerCallbacksSectionProps) {
  const { t, format } = useI18n();
  const cadence = useQuery(callbackQueries.cadence(customerId));
  const open = useQuery(callbackQueries.queue({ view: 'all', customerId, limit: 20 }));
  const [logging, setLogging] = useState<Callback | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [editingCadence, setEditingCadence] = useState(false);
  const status = cadence.data;
  const today = localDate();

  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="customer-callbacks-title">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" id="customer-callbacks-title" sx={{ flex: 1 }}>
          {t('nav.callbacks')}
        </Typography>
        <Button onClick={() => setEditingCadence(true)}>{t('cadence.title')}</Button>
        <Button startIcon={<AddIcon />} onClick={() => setScheduling(true)}>
          {t('schedule.action')}
        </Button>
      </Stack>
      {cadence.isError && <QueryError error={cadence.error} />}
      {status && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Chip size="small" color={STATUS_COLOR[status.status]} label={t(`dueStatus.${status.status}`)} />
          {status.effective && (
            <Typography variant="body2" color="text.secondary">
              {cadenceText(t, status.effective.mode, status.effective.every, status.effective.unit)}
              {status.source === 'tag' && status.tag ? ` · ${t('cadence.fromTag', { tag: status.tag })}` : ''}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {[
              status.lastContactOn
                ? t('cadence.lastContact', { date: format.calendarDate(status.lastContactOn) })
                : t('cadence.neverContacted'),
              status.dueOn ? t('cadence.dueOn', { date: format.calendarDate(status.dueOn) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
        </Stack>
      )}
      {open.isError && <QueryError error={open.error} />}
      {open.data && open.data.rows.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('schedule.none')}
        </Typography>
      )}
      {open.data && open.data.rows.length > 0 && (
        <List dense disablePadding aria-label={t('schedule.openList')}>
          {open.data.rows.map((r) => (
            <ListItem
              key={r.id}
              disableGutters
              secondaryAction={
                <Button
                  size="small"
                  startIcon={<PhoneInTalkOutlinedIcon />}
                  onClick={() => setLogging(r)}
                  aria-label={t('queue.logFor', { name: customerName })}
                >
                  {t('queue.log')}
                </Button>
              }
            >
              <ListItemText
                primary={`${format.calendarDate(r.dueOn)}${r.windowStart ? ` ${r.windowStart}–${r.windowEnd}` : ''} · ${t(`callbackPurpose.${r.purpose}`)}`}
                secondary={[
                  r.staffName,
                  r.attempts > 0 ? t('schedule.attempted', { count: r.attempts }) : null,
                  r.campaignName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                slotProps={{ primary: { color: r.dueOn < today ? 'error' : 'textPrimary' } }}
              />
            </ListItem>
          ))}
        </List>
      )}
      {logging && <LogCallDialog callback={logging} onClose={() => setLogging(null)} />}
      {scheduling && (
        <ScheduleCallbackDialog
          customerId={customerId}
          customerName={customerName}
          ownerId={ownerId}
          onClose={() => setScheduling(false)}
        />
      )}
      {editingCadence && (
        <CadenceDialog
          customerId={customerId}
          cadence={status?.cadence ?? null}
          onClose={() => setEditingCadence(false)}
        />
      )}
    </Paper>
  );
}
