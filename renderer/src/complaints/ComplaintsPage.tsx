import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { complaintListInput } from '../../../shared/complaints/schemas';
import {
  COMPLAINT_STATUSES,
  COMPLAINT_VIEWS,
  type ComplaintSort,
  type ComplaintStatus,
  type ComplaintView,
} from '../../../shared/complaints/types';
import { localDate } from '../../../shared/rules/calendar';
import { queries } from '../api/queries';
import { ServerDataGrid, type ServerSort } from '../components/DataTable/ServerDataGrid';
import { PAGE_SIZES } from '../components/ListPagination';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { complaintColumns } from './complaintColumns';
import { useCategoryLabel } from './useCategoryLabel';
import { ComplaintDetailDialog } from './ComplaintDetailDialog';
import { categoryOptions } from './labels';
import { complaintQueries } from './queries';
import { ReassignDialog } from './ReassignDialog';

const isView = (v: string | null): v is ComplaintView => (COMPLAINT_VIEWS as readonly (string | null)[]).includes(v);
const EMPTY_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

const GRID_SX = {
  bgcolor: 'background.paper',
  '& .MuiDataGrid-row': { cursor: 'pointer' },
  '& .overdue': { color: 'error.main', fontWeight: 600 },
  '& .strong': { fontWeight: 600 },
} as const;

/** Route /complaints: open, overdue, mine, all; filters in the address; one click opens a complaint. */
export function ComplaintsPage() {
  const { t, format } = useI18n();
  const [params, setParams] = useSearchParams();
  const rawView = params.get('view');
  const view: ComplaintView = isView(rawView) ? rawView : 'open';
  const today = localDate();
  const filters = {
    category: params.get('category') || null,
    ownerId: params.get('owner') || null,
    status: (params.get('status') || null) as ComplaintStatus | null,
    from: params.get('from') || null,
    to: params.get('to') || null,
  };
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[1]);
  const [sort, setSort] = useState<ServerSort<ComplaintSort>>({ field: 'dueOn', direction: 'asc' });
  const [selection, setSelection] = useState<GridRowSelectionModel>(EMPTY_SELECTION);
  const [openId, setOpenId] = useState<string | null>(null);
  const [reassigning, setReassigning] = useState(false);

  const update = (changes: Record<string, string | null>): void => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
    setPage(0);
    setSelection(EMPTY_SELECTION);
  };

  const query = {
    view,
    today,
    customerId: null,
    ...filters,
    sort: sort.field,
    direction: sort.direction,
    offset: page * pageSize,
    limit: pageSize,
  };
  const parsed = complaintListInput.safeParse(query);
  const rangeError = parsed.success ? undefined : issueMessage(t, parsed.error.issues[0]?.message);
  const list = useQuery({ ...complaintQueries.list(query), enabled: parsed.success });
  const counts = useQuery(complaintQueries.counts(today));
  const staff = useQuery(queries.staff());
  const settings = useQuery(complaintQueries.settings());
  const wide = useMediaQuery('(min-width:1280px)');
  const category = useCategoryLabel();
  const columns = useMemo(() => complaintColumns(t, format, wide, category), [t, format, wide, category]);
  const selected = [...selection.ids].map(String);

  const countOf = (v: ComplaintView): number | undefined =>
    counts.data && v !== 'all'
      ? { open: counts.data.open, overdue: counts.data.overdue, mine: counts.data.mine }[v]
      : undefined;

  return (
    <>
      <PageHeader
        title={t('nav.complaints')}
        subtitle={
          counts.data ? t('complaintsPage.subtitle', { open: counts.data.open, overdue: counts.data.overdue }) : ' '
        }
        actions={
          <Button component={RouterLink} to="/complaints/report" variant="outlined">
            {t('nav.complaintReport')}
          </Button>
        }
      />
      {list.isError && <QueryError error={list.error} />}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <SelectField
          size="small"
          label={t('complaintsPage.category')}
          value={filters.category ?? ''}
          onChange={(v) => update({ category: v })}
          emptyLabel={t('complaintsPage.allCategories')}
          options={categoryOptions(t, settings.data?.categories ?? [], settings.data?.categoryLabels)}
          fullWidth={false}
          sx={{ width: 150 }}
        />
        <SelectField
          size="small"
          label={t('complaintsPage.owner')}
          value={filters.ownerId ?? ''}
          onChange={(v) => update({ owner: v })}
          emptyLabel={t('complaintsPage.allOwners')}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          fullWidth={false}
          sx={{ width: 150 }}
        />
        <SelectField
          size="small"
          label={t('complaints.column.status')}
          value={filters.status ?? ''}
          onChange={(v) => update({ status: v })}
          emptyLabel={t('complaintsPage.allStatuses')}
          options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaintStatus.${s}`) }))}
          fullWidth={false}
          sx={{ width: 140 }}
        />
        <TextField
          size="small"
          type="date"
          label={t('complaintsPage.from')}
          value={filters.from ?? ''}
          onChange={(e) => update({ from: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 160 }}
        />
        <TextField
          size="small"
          type="date"
          label={t('complaintsPage.to')}
          value={filters.to ?? ''}
          onChange={(e) => update({ to: e.target.value })}
          error={rangeError !== undefined}
          helperText={rangeError}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 160 }}
        />
      </Stack>

      <Tabs
        value={view}
        onChange={(_e, v: ComplaintView) => update({ view: v })}
        aria-label={t('complaintsPage.views')}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {COMPLAINT_VIEWS.map((v) => {
          const n = countOf(v);
          return (
            <Tab
              key={v}
              value={v}
              label={
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <span>{t(`complaintView.${v}`)}</span>
                  {n !== undefined && (
                    <Chip
                      size="small"
                      label={format.number(n)}
                      color={v === 'overdue' && n > 0 ? 'error' : 'default'}
                      sx={{ height: 20, '& .MuiChip-label': { px: 0.75 } }}
                    />
                  )}
                </Stack>
              }
            />
          );
        })}
      </Tabs>

      {selected.length > 0 && (
        <Paper variant="outlined" sx={{ px: 2, py: 1, mb: 1.5, display: 'flex', gap: 1, alignItems: 'center' }}>
          <Typography variant="body2" sx={{ flex: 1 }}>
            {t('complaintsPage.selected', { count: selected.length })}
          </Typography>
          <Button onClick={() => setReassigning(true)}>{t('complaintsPage.reassign')}</Button>
        </Paper>
      )}

      <ServerDataGrid
        aria-label={t('complaintsPage.tableLabel')}
        rows={list.data?.rows ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        page={page}
        pageSize={pageSize}
        onPage={(p, size) => {
          setPage(p);
          setPageSize(size);
        }}
        sort={sort}
        onSort={(s) => {
          setSort(s);
          setPage(0);
        }}
        noRowsLabel={t(view === 'overdue' ? 'complaintsPage.emptyOverdue' : 'complaintsPage.empty')}
        checkboxSelection
        disableRowSelectionOnClick
        disableRowSelectionExcludeModel
        rowSelectionModel={selection}
        onRowSelectionModelChange={setSelection}
        disableColumnMenu
        disableColumnFilter
        hideFooterSelectedRowCount
        autoHeight
        rowHeight={44}
        columnHeaderHeight={44}
        onCellClick={(cell) => {
          if (cell.field !== '__check__') setOpenId(String(cell.id));
        }}
        onCellKeyDown={(cell, event) => {
          if (event.key === 'Enter' && cell.field !== '__check__') setOpenId(String(cell.id));
        }}
        sx={GRID_SX}
      />
      {openId && <ComplaintDetailDialog id={openId} onClose={() => setOpenId(null)} />}
      {reassigning && (
        <ReassignDialog
          ids={selected}
          onClose={() => setReassigning(false)}
          onDone={() => {
            setReassigning(false);
            setSelection(EMPTY_SELECTION);
          }}
        />
      )}
    </>
  );
}
