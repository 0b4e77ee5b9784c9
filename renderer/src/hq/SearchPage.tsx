/** Customers of every branch by name or masked mobile: branch, name and masked mobile, never an ID number. */
import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { HqSearchHit } from '../../../shared/hq/types';
import { ServerDataGrid } from '../components/DataTable/ServerDataGrid';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { HqError } from './HqError';
import { hqQueries } from './queries';

const LIMIT = 100;
type Row = HqSearchHit & { id: string };

function useHitColumns(): GridColDef<Row>[] {
  const { t } = useI18n();
  return [
    { field: 'branchCode', headerName: t('hq.column.code'), width: 90 },
    { field: 'branchName', headerName: t('hq.column.name'), flex: 1, minWidth: 150 },
    { field: 'name', headerName: t('customer.name'), flex: 1, minWidth: 140 },
    {
      field: 'kind',
      headerName: t('hq.column.kind'),
      width: 90,
      valueFormatter: (v: HqSearchHit['kind']) => t(`kind.${v}`),
    },
    {
      field: 'mobileMasked',
      headerName: t('hq.column.mobile'),
      width: 150,
      valueFormatter: (v: string | null) => v ?? '—',
    },
  ];
}

const hitRow = (h: HqSearchHit): Row => ({ ...h, id: `${h.branchId}:${h.customerId}` });

export function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  const result = useQuery(hqQueries.search({ query, limit: LIMIT }));
  const columns = useHitColumns();
  const hits = result.data?.hits ?? [];
  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('hq.search.title')} subtitle={t('hq.search.hint')} />
      <Stack
        component="form"
        direction="row"
        spacing={1}
        onSubmit={(e) => {
          e.preventDefault();
          setParams(draft.trim() ? { q: draft.trim() } : {});
        }}
      >
        <TextField
          size="small"
          label={t('hq.search.label')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          sx={{ width: 320 }}
        />
        <Button type="submit" variant="contained" startIcon={<SearchIcon />}>
          {t('hq.search.go')}
        </Button>
      </Stack>
      {result.isError && <HqError error={result.error} />}
      {query && result.data && (
        <>
          <Typography variant="body2" color="text.secondary">
            {hits.length === 0 ? t('hq.search.none', { query }) : t('hq.search.count', { count: hits.length })}
          </Typography>
          {result.data.more && <Alert severity="info">{t('hq.search.more', { count: LIMIT })}</Alert>}
          {hits.length > 0 && (
            <Paper variant="outlined">
              <ServerDataGrid<Row, never>
                aria-label={t('hq.search.title')}
                rows={hits.map(hitRow)}
                columns={columns}
                total={hits.length}
                page={0}
                pageSize={100}
                onPage={() => undefined}
                loading={result.isFetching}
                autoHeight
                hideFooter
              />
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
