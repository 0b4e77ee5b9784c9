/** ★ The same person at two or more branches (by ID number or by mobile), for head office to reconcile. */
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SAME_PERSON_KEYS, type SamePersonGroup, type SamePersonKey } from '../../../shared/hq/types';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { HqError } from './HqError';
import { hqQueries } from './queries';

const LIMIT = 50;

function Group({ group }: { readonly group: SamePersonGroup }) {
  const { t } = useI18n();
  const branches = new Set(group.customers.map((c) => c.branchId)).size;
  const title = t('hq.samePerson.group', { count: group.customers.length, branches });
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
        {title} · #{group.key}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 90 }}>{t('hq.column.code')}</TableCell>
            <TableCell>{t('hq.column.name')}</TableCell>
            <TableCell>{t('customer.name')}</TableCell>
            <TableCell sx={{ width: 150 }}>{t('hq.column.mobile')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {group.customers.map((c) => (
            <TableRow key={`${c.branchId}:${c.customerId}`}>
              <TableCell>{c.branchCode}</TableCell>
              <TableCell>{c.branchName}</TableCell>
              <TableCell>{c.name}</TableCell>
              <TableCell>{c.mobileMasked ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

const TAB_LABEL = { idNumber: 'hq.samePerson.byIdNumber', mobile: 'hq.samePerson.byMobile' } as const;

export function SamePersonPage() {
  const { t } = useI18n();
  const [by, setBy] = useState<SamePersonKey>('idNumber');
  // The digests each page started after: the last is the current page's start.
  const [starts, setStarts] = useState<readonly (string | null)[]>([null]);
  const after = starts.at(-1) ?? null;
  const page = useQuery(hqQueries.samePerson({ by, after, limit: LIMIT }));
  const groups = page.data?.groups ?? [];
  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('hq.samePerson.title')} subtitle={t('hq.samePerson.intro')} />
      <Tabs
        value={by}
        onChange={(_e, value: SamePersonKey) => {
          setBy(value);
          setStarts([null]);
        }}
      >
        {SAME_PERSON_KEYS.map((key) => (
          <Tab key={key} value={key} label={t(TAB_LABEL[key])} />
        ))}
      </Tabs>
      {page.isError && <HqError error={page.error} />}
      {page.data && groups.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('hq.samePerson.none')}
        </Typography>
      )}
      {groups.map((g) => (
        <Group key={g.key} group={g} />
      ))}
      {(starts.length > 1 || page.data?.next) && (
        <Stack direction="row" spacing={1}>
          {starts.length > 1 && <Button onClick={() => setStarts([null])}>{t('hq.samePerson.first')}</Button>}
          {page.data?.next && (
            <Button variant="outlined" onClick={() => setStarts([...starts, page.data.next])}>
              {t('hq.samePerson.next')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
