import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queries } from '../api/queries';
import { CUSTOMER_AND_CALLBACKS_STALE } from '../callbacks/queries';
import { useSave } from '../api/useSave';
import { ListPagination, usePaging } from '../components/ListPagination';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { orDash } from '../i18n/labels';

/** Deleted customers, newest deletion first, each with Restore. */
export function RecycleBinPage() {
  const { t, format } = useI18n();
  const restore = useSave({
    channel: 'customers.restore',
    invalidates: CUSTOMER_AND_CALLBACKS_STALE,
    notice: (restored) => t('trash.restored', { name: restored.name }),
  });
  const paging = usePaging();
  const [restoring, setRestoring] = useState<string | null>(null);
  const trash = useQuery(queries.trash(paging.page, paging.pageSize));
  const total = trash.data?.total ?? 0;

  const restoreOne = async (id: string): Promise<void> => {
    setRestoring(id);
    await restore.save({ id });
    setRestoring(null);
  };

  return (
    <>
      <PageHeader title={t('trash.title')} subtitle={t('trash.hint')} />
      {trash.isError && <QueryError error={trash.error} />}
      <Paper sx={{ overflow: 'hidden' }}>
        <Box sx={{ height: 4 }}>{trash.isFetching && <LinearProgress aria-hidden />}</Box>
        <Box sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('trash.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('customers.column.name')}</TableCell>
                <TableCell>{t('customers.column.phone')}</TableCell>
                <TableCell>{t('customer.employer')}</TableCell>
                <TableCell>{t('trash.deletedAt')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {(trash.data?.rows ?? []).map((row) => (
                <TableRow key={row.id}>
                  <TableCell sx={{ fontWeight: 600 }}>{row.name}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{orDash(t, row.mobile ?? row.phone)}</TableCell>
                  <TableCell>{orDash(t, row.employer)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
                    {format.dateTime(row.deletedAt)}
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      startIcon={<RestoreFromTrashIcon />}
                      disabled={restoring === row.id}
                      onClick={() => void restoreOne(row.id)}
                    >
                      {t('action.restore')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        {trash.data && total === 0 && (
          <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
            {t('trash.empty')}
          </Typography>
        )}
        <ListPagination count={total} {...paging} />
      </Paper>
    </>
  );
}
