import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import PhoneOutlinedIcon from '@mui/icons-material/PhoneOutlined';
import PlaceOutlinedIcon from '@mui/icons-material/PlaceOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Interaction, InteractionKind } from '../../../shared/interactions/types';
import { api } from '../api/client';
import { INTERACTION_PAGE_SIZE, interactionsKey } from '../api/queries';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { InteractionDialog } from './InteractionDialog';
import { InteractionIcon } from './InteractionIcon';
import { QueryError } from '../components/QueryError';

function TimelineEntry({ entry }: { readonly entry: Interaction }) {
  const { t, format } = useI18n();
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
          {format.dateTime(entry.occurredAt)} · {staffLabel(t, entry.staffName)}
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.25 }}>{entry.summary}</Typography>
        {entry.outcome && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
            {t('interaction.outcomeLine', { outcome: entry.outcome })}
          </Typography>
        )}
      </Box>
    </Stack>
  );
}

/** Every call, visit, meeting, email, complaint and note, newest first, with quick buttons to log one. */
export function Timeline({ customerId }: { readonly customerId: string }) {
  const { t } = useI18n();
  const [logging, setLogging] = useState<InteractionKind | null>(null);
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
          <TimelineEntry key={entry.id} entry={entry} />
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
    </Paper>
  );
}
