/** On the customer page: the newest changes to the customer's file (the audit log's entries about it). */
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { auditActionLabel, auditEntityLabel } from '../../../shared/audit/labels';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { changesText } from './changes';
import { auditQueries } from './queries';

/** Closed until asked for: the entries repeat the profile's values, which the page already shows. */
export function CustomerHistory({ customerId }: { readonly customerId: string }) {
  const { t, format } = useI18n();
  const [open, setOpen] = useState(false);
  const list = useQuery({ ...auditQueries.list({ customerId, page: 0, pageSize: 20 }), enabled: open });
  const rows = open ? (list.data?.rows ?? []) : [];
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="customer-history-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2" id="customer-history-title">
          {t('audit.history')}
        </Typography>
        <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
          {t(open ? 'audit.hideHistory' : 'audit.showHistory')}
        </Button>
      </Stack>
      {open && list.isError && <QueryError error={list.error} />}
      {open && list.isSuccess && rows.length === 0 && (
        <Typography color="text.secondary">{t('audit.historyEmpty')}</Typography>
      )}
      <List dense disablePadding aria-label={t('audit.history')}>
        {rows.map((e) => {
          const changes = changesText(t, format, e);
          return (
            <ListItem key={e.seq} disableGutters>
              <ListItemText
                primary={`${format.dateTime(e.at)} · ${e.staffId === null ? t('audit.system') : staffLabel(t, e.staffName)} · ${auditActionLabel(t, e.action)} ${auditEntityLabel(t, e.entity)}`}
                secondary={changes}
                slotProps={{ secondary: { noWrap: true, title: changes } }}
              />
            </ListItem>
          );
        })}
      </List>
    </Paper>
  );
}
