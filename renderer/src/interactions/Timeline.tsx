import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import PhoneOutlinedIcon from '@mui/icons-material/PhoneOutlined';
import PlaceOutlinedIcon from '@mui/icons-material/PlaceOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Interaction, InteractionKind } from '../../../shared/interactions/types';
import { api } from '../api/client';
import { CUSTOMERS_STALE, INTERACTION_PAGE_SIZE, interactionsKey } from '../api/queries';
import { useSave } from '../api/useSave';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { InteractionDialog } from './InteractionDialog';
import { InteractionIcon } from './InteractionIcon';
import { QueryError } from '../components/QueryError';

interface TimelineEntryProps {
  readonly entry: Interaction;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

function TimelineEntry({ entry, onEdit, onRemove }: TimelineEntryProps) {
  const { t, format } = useI18n();
  const when = format.dateTime(entry.occurredAt);
  return (
    <Stack component="li" direction="row" spacing={1.5} sx={{ py: 1.25 }}>
      <Avatar sx={{ width: 32, height: 32, bgcolor: '#e6edf6', color: 'primary.dark' }}>
        <InteractionIcon kind={entry.kind} />
      </Avatar>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2" color="text.secondary">
          <Box component="span" sx={{ fontWeight: 600, color: 'text.primary', mr: 1 }}>
            {t(`interactionKind.${entry.kind}`)}
          </Box>
          {when} · {staffLabel(t, entry.staffName)}
          {entry.fromCall && ` · ${t('interaction.fromCall')}`}
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.25 }}>{entry.summary}</Typography>
        {entry.outcome && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
            {t('interaction.outcomeLine', { outcome: entry.outcome })}
          </Typography>
        )}
      </Box>
      <Stack direction="row" sx={{ flexShrink: 0, alignItems: 'flex-start' }}>
        <Tooltip title={t('interaction.edit')}>
          <IconButton size="small" onClick={onEdit} aria-label={t('interaction.editFor', { date: when })}>
            <EditOutlinedIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        {/* A logged call's entry stays: the call-back's attempt points at it. */}
        <Tooltip title={entry.fromCall ? t('interaction.fromCallHint') : t('interaction.remove')}>
          <span>
            <IconButton
              size="small"
              onClick={onRemove}
              disabled={entry.fromCall}
              aria-label={t('interaction.removeFor', { date: when })}
            >
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Stack>
    </Stack>
  );
}

/** Every call, visit, meeting, email, complaint and note, newest first, with quick buttons to log one. */
export function Timeline({
  customerId,
  actions,
}: {
  readonly customerId: string;
  /** More buttons after the log buttons, e.g. log a complaint. */
  readonly actions?: ReactNode;
}) {
  const { t } = useI18n();
  const [logging, setLogging] = useState<InteractionKind | null>(null);
  const [editing, setEditing] = useState<Interaction | null>(null);
  const [removing, setRemoving] = useState<Interaction | null>(null);
  const stale = [interactionsKey(customerId), ...CUSTOMERS_STALE];
  const restore = useSave({ channel: 'interactions.restore', invalidates: stale, notice: 'interaction.restored' });
  const remove = useSave({
    channel: 'interactions.delete',
    invalidates: stale,
    // Removal is soft: Undo on the notice puts the entry back.
    notice: (_result, input) => ({
      message: t('interaction.removed'),
      severity: 'info',
      action: { label: t('action.undo'), onClick: () => void restore.save({ id: input.id }) },
    }),
    onSaved: () => setRemoving(null),
  });
  const timeline = useInfiniteQuery({
    queryKey: interactionsKey(customerId),
    queryFn: ({ pageParam }) =>
      api['interactions.list']({ customerId, offset: pageParam, limit: INTERACTION_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
  const entries = timeline.data?.pages.flatMap((page) => page.rows) ?? [];
  const total = timeline.data?.pages.at(-1)?.total ?? 0;

  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Typography variant="h2">{t('customer.timeline')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1.5, mb: 1 }}>
        <Button variant="outlined" startIcon={<PhoneOutlinedIcon />} onClick={() => setLogging('call')}>
          {t('customer.logCall')}
        </Button>
        <Button variant="outlined" startIcon={<PlaceOutlinedIcon />} onClick={() => setLogging('visit')}>
          {t('customer.logVisit')}
        </Button>
        <Button variant="outlined" startIcon={<NoteAddOutlinedIcon />} onClick={() => setLogging('note')}>
          {t('customer.logNote')}
        </Button>
        {actions}
      </Stack>
      {timeline.isError && <QueryError error={timeline.error} />}
      {timeline.isSuccess && entries.length === 0 && (
        <Typography color="text.secondary" variant="body2">
          {t('customer.timelineEmpty')}
        </Typography>
      )}
      <Box
        component="ol"
        aria-label={t('customer.timeline')}
        sx={{ listStyle: 'none', p: 0, m: 0, '& > li + li': { borderTop: 1, borderColor: 'divider' } }}
      >
        {entries.map((entry) => (
          <TimelineEntry
            key={entry.id}
            entry={entry}
            onEdit={() => setEditing(entry)}
            onRemove={() => setRemoving(entry)}
          />
        ))}
      </Box>
      {timeline.hasNextPage && (
        <Button
          fullWidth
          sx={{ mt: 1 }}
          disabled={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('action.loadMore', { count: total - entries.length })}
        </Button>
      )}
      {logging && <InteractionDialog customerId={customerId} kind={logging} onClose={() => setLogging(null)} />}
      {editing && <InteractionDialog customerId={customerId} entry={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('interaction.removeTitle')}
        body={t('interaction.removeBody')}
        confirmLabel={t('interaction.remove')}
        busy={remove.isPending}
        onConfirm={() => removing && void remove.save({ id: removing.id })}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
