import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { localDate } from '../../../shared/rules/calendar';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { ComplaintDetailDialog } from './ComplaintDetailDialog';
import { useCategoryLabel } from './useCategoryLabel';
import { complaintQueries } from './queries';
import { StatusChip } from './StatusChip';

/** On the customer page: every complaint of the customer, newest first, overdue ones in red. */
export function CustomerComplaintsSection({ customerId }: { readonly customerId: string }) {
  const { t, format } = useI18n();
  const category = useCategoryLabel();
  const today = localDate();
  const list = useQuery(
    complaintQueries.list({ view: 'all', customerId, today, sort: 'receivedAt', direction: 'desc', limit: 50 }),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = list.data?.rows ?? [];
  if (list.isSuccess && rows.length === 0) return null;

  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="customer-complaints-title">
      <Typography variant="h2" id="customer-complaints-title" sx={{ mb: 1 }}>
        {t('complaintsPage.sectionTitle')}
      </Typography>
      {list.isError && <QueryError error={list.error} />}
      <List dense disablePadding aria-label={t('complaintsPage.customerList')}>
        {rows.map((c) => (
          <ListItemButton key={c.id} onClick={() => setOpenId(c.id)} sx={{ px: 1, gap: 1 }}>
            <ListItemText
              primary={`${format.date(c.receivedAt)} · ${category(c.category)} · ${t(`complaintSeverity.${c.severity}`)}`}
              secondary={c.words}
              slotProps={{ secondary: { noWrap: true, title: c.words } }}
              sx={{ minWidth: 0 }}
            />
            {c.overdue && <Chip size="small" color="error" label={t('complaintsPage.overdueMark')} />}
            <StatusChip status={c.status} />
          </ListItemButton>
        ))}
      </List>
      {openId && <ComplaintDetailDialog id={openId} onClose={() => setOpenId(null)} />}
    </Paper>
  );
}
