import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries } from '../api/queries';
import { callbackQueries } from '../callbacks/queries';
import { CustomerFilters } from './CustomerFilters';
import { CustomerTable } from './CustomerTable';
import { FirstSteps } from '../demo/FirstSteps';
import { ExportMenu } from '../export/ExportMenu';
import { ListPagination } from '../components/ListPagination';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useCustomerListParams } from './useCustomerListParams';
import { useI18n } from '../i18n/I18nContext';

/** All customers, paged, sorted and filtered by the database; the previous page stays up while the next loads. */
export function CustomerListPage() {
  const { t, format } = useI18n();
  const { params, setPage, setPageSize, sortBy, setFilter, clearFilters } = useCustomerListParams();
  const list = useQuery(queries.customerList(params));
  const pageIds = useMemo(() => (list.data?.rows ?? []).map((r) => r.id), [list.data]);
  const dueMarks = useQuery(callbackQueries.dueMarks(pageIds));
  const filtered = Boolean(params.query || params.kind || params.ownerId || params.tag || params.region);
  const total = list.data?.total ?? 0;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={t('customers.title')}
        subtitle={list.data ? t('customers.total', { count: format.number(total) }) : t('common.loading')}
        actions={
          // Nothing to export from an empty list.
          total > 0 && (
            <ExportMenu
              what="customers"
              filter={{
                query: params.query,
                kind: params.kind,
                ownerId: params.ownerId,
                tag: params.tag,
                region: params.region,
              }}
            />
          )
        }
      />
      <Box sx={{ mb: 2 }}>
        <CustomerFilters params={params} onChange={setFilter} onClear={clearFilters} />
      </Box>
      {list.isError && <QueryError error={list.error} />}
      <Paper
        sx={{
          position: 'relative',
          overflow: 'hidden',
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          minHeight: 240,
        }}
      >
        <Box sx={{ height: 3, flexShrink: 0 }}>
          {list.isFetching && <LinearProgress aria-hidden sx={{ height: 3 }} />}
        </Box>
        <Box sx={{ overflow: 'auto', flex: 1, minHeight: 0 }}>
          <CustomerTable
            rows={list.data?.rows ?? []}
            due={dueMarks.data}
            sort={params.sort}
            direction={params.direction}
            onSort={sortBy}
          />
          {list.data && total === 0 && filtered && (
            <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
              {t('customers.noMatch')}
            </Typography>
          )}
          {list.data && total === 0 && !filtered && <FirstSteps />}
        </Box>
        <ListPagination
          count={total}
          page={params.page}
          pageSize={params.pageSize}
          onPageChange={setPage}
          onPageSizeChange={setPageSize}
        />
      </Paper>
    </Box>
  );
}
