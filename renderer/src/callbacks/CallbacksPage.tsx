import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { QUEUE_SORTS, QUEUE_VIEWS, type QueueSort, type QueueView } from '../../../shared/callbacks/vocabulary';
import type { Callback } from '../../../shared/callbacks/types';
import { queries } from '../api/queries';
import { usePaging } from '../components/ListPagination';
import { ServerDataGrid } from '../components/DataTable/ServerDataGrid';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { localDate } from '../../../shared/rules/calendar';
import { useI18n } from '../i18n/I18nContext';
import { BulkActionDialog, type BulkAction } from './BulkActionDialog';
import { LogCallDialog } from './LogCallDialog';
import { MonthCalendar } from './MonthCalendar';
import { purposeOptions } from './options';
import { queueColumns } from './queueColumns';
import { callbackQueries } from './queries';

const isView = (v: string | null): v is QueueView => (QUEUE_VIEWS as readonly (string | null)[]).includes(v);
const isSort = (v: string | null): v is QueueSort => (QUEUE_SORTS as readonly (string | null)[]).includes(v);

/** The daily work queue: overdue, today, this week, a month calendar; filter, log a call in one click, act in bulk. */
export function CallbacksPage() {
  const { t, format } = useI18n();
  const [params, setParams] = useSearchParams();
  const rawView = params.get('view');
  const view: QueueView = isView(rawView) ? rawView : 'today';
  const staffId = params.get('staff') ?? '';
  const purpose = params.get('purpose') ?? '';
  const campaignId = params.get('campaign') ?? '';
  const today = localDate();
  const month = params.get('month') ?? today.slice(0, 7);
  const day = params.get('day');
  // The sort is kept in the address with the view and filters; due date first by default.
  const rawSort = params.get('sort');
  const sort = {
    field: isSort(rawSort) ? rawSort : 'dueOn',
    direction: params.get('dir') === 'desc' ? ('desc' as const) : ('asc' as const),
  };
  const paging = usePaging();
  // Below this the notes move into the purpose's title so the log button stays in view.
  const wide = useMediaQuery('(min-width:1280px)');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [logging, setLogging] = useState<Callback | null>(null);
  const [bulk, setBulk] = useState<BulkAction | null>(null);

  const update = (changes: Record<string, string | null>): void => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
    paging.onPageChange(0);
    setSelected(new Set());
  };

  const filters = {
    staffId: staffId || null,
    purpose: (purpose || null) as Callback['purpose'] | null,
    campaignId: campaignId || null,
  };
  const counts = useQuery(callbackQueries.counts(filters));
  const monthQuery = useQuery({
    ...callbackQueries.queue({ view: 'month', month, ...filters, limit: 1 }),
    enabled: view === 'month',
  });
  // A day picked on the calendar lists that day's calls.
  const listQuery =
    view === 'month' && day
      ? { view: 'today' as const, today: day }
      : view === 'month'
        ? { view: 'month' as const, month }
        : { view };
  const list = useQuery(
    callbackQueries.queue({
      ...listQuery,
      ...filters,
      sort: sort.field,
      direction: sort.direction,
      offset: paging.page * paging.pageSize,
      limit: paging.pageSize,
    }),
  );
  const staff = useQuery(queries.staff());
  const campaigns = useQuery(callbackQueries.campaigns());
  const settings = useQuery(callbackQueries.settings());
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const columns = queueColumns({
    t,
    format,
    today,
    retryLimit: settings.data?.retryLimit ?? 3,
    showNotes: wide,
    onLog: setLogging,
  });

  const countOf = (v: QueueView): number | undefined => {
    const c = counts.data;
    if (!c) return undefined;
    return { overdue: c.overdue, today: c.today, week: c.week, month: c.month, all: c.open }[v];
  };

  return (
    <>
      <PageHeader
        title={t('nav.callbacks')}
        subtitle={
          counts.data
            ? t('queue.subtitle', {
                today: format.number(counts.data.today),
                overdue: format.number(counts.data.overdue),
              })
            : ' '
        }
        actions={
          <Button component={RouterLink} to="/callbacks/campaigns" variant="outlined">
            {t('queue.newCampaign')}
          </Button>
        }
      />
      {list.isError && <QueryError error={list.error} />}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SelectField
          size="small"
          label={t('queue.staff')}
          value={staffId}
          onChange={(v) => update({ staff: v })}
          emptyLabel={t('queue.allStaff')}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          fullWidth={false}
          sx={{ width: 170 }}
        />
        <SelectField
          size="small"
          label={t('queue.purpose')}
          value={purpose}
          onChange={(v) => update({ purpose: v })}
          emptyLabel={t('queue.allPurposes')}
          options={purposeOptions(t)}
          fullWidth={false}
          sx={{ width: 170 }}
        />
        <SelectField
          size="small"
          label={t('queue.campaign')}
          value={campaignId}
          onChange={(v) => update({ campaign: v })}
          emptyLabel={t('queue.allCampaigns')}
          options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          fullWidth={false}
          sx={{ width: 200 }}
        />
      </Stack>

      <Tabs
        value={view}
        onChange={(_e, v: QueueView) => update({ view: v, day: null })}
        aria-label={t('queue.views')}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {QUEUE_VIEWS.map((v) => {
          const n = countOf(v);
          return (
            <Tab
              key={v}
              value={v}
              label={
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <span>{t(`queueView.${v}`)}</span>
                  {n !== undefined && v !== 'month' && (
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

      {view === 'month' && (
        <MonthCalendar
          month={month}
          days={monthQuery.data?.days ?? []}
          today={today}
          selected={day}
          onSelect={(d) => update({ day: d })}
          onMonth={(m) => update({ month: m, day: null })}
        />
      )}

      {selected.size > 0 && (
        <Paper
          variant="outlined"
          sx={{ px: 2, py: 1, mb: 1.5, display: 'flex', gap: 1, alignItems: 'center', bgcolor: 'primary.50' }}
        >
          <Typography variant="body2" sx={{ flex: 1 }}>
            {t('queue.selected', { count: selected.size })}
          </Typography>
          <Button onClick={() => setBulk('reassign')}>{t('bulk.reassign.action')}</Button>
          <Button onClick={() => setBulk('postpone')}>{t('bulk.postpone.action')}</Button>
          <Button color="error" onClick={() => setBulk('cancel')}>
            {t('bulk.cancel.action')}
          </Button>
        </Paper>
      )}

      <ServerDataGrid<Callback, QueueSort>
        aria-label={t('queue.tableLabel')}
        rows={rows}
        columns={columns}
        total={total}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(page, pageSize) => {
          if (pageSize !== paging.pageSize) paging.onPageSizeChange(pageSize);
          else paging.onPageChange(page);
        }}
        sort={sort}
        onSort={(next) =>
          update({ sort: next.field === 'dueOn' ? null : next.field, dir: next.direction === 'desc' ? 'desc' : null })
        }
        loading={list.isFetching}
        noRowsLabel={t(view === 'overdue' ? 'queue.emptyOverdue' : 'queue.empty')}
        autoHeight
        checkboxSelection
        rowSelectionModel={{ type: 'include', ids: new Set(selected) }}
        onRowSelectionModelChange={(model) => {
          // "Select all" on a server-paged grid means the rows on this page.
          const ids =
            model.type === 'include'
              ? [...model.ids].map(String)
              : rows.map((r) => r.id).filter((id) => !model.ids.has(id));
          setSelected(new Set(ids));
        }}
      />
      {logging && <LogCallDialog callback={logging} onClose={() => setLogging(null)} />}
      {bulk && (
        <BulkActionDialog
          action={bulk}
          ids={[...selected]}
          onClose={() => setBulk(null)}
          onDone={() => {
            setBulk(null);
            setSelected(new Set());
          }}
        />
      )}
    </>
  );
}
