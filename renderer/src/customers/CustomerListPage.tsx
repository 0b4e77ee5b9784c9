import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { queries } from '../api/queries';
import { callbackQueries } from '../callbacks/queries';
import { CustomerFilters } from './CustomerFilters';
import { CustomerGrid } from './CustomerGrid';
import { BulkActions } from './BulkActions';
import { FirstSteps } from '../demo/FirstSteps';
import { ExportMenu } from '../export/ExportMenu';
import { BatchPrintDialog } from '../reports/BatchPrintDialog';
import { PrintReportButton } from '../reports/PrintReportButton';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useCustomerListParams, type CustomerListParams } from './useCustomerListParams';
import { segmentFilterOf, segmentParamCount } from './segmentParams';
import { SaveSegmentDialog } from '../segments/saved/SaveSegmentDialog';
import LibraryBooksOutlinedIcon from '@mui/icons-material/LibraryBooksOutlined';
import BookmarkAddOutlinedIcon from '@mui/icons-material/BookmarkAddOutlined';
import { useI18n } from '../i18n/I18nContext';

const NONE: GridRowSelectionModel = { type: 'include', ids: new Set() };
const ALL: GridRowSelectionModel = { type: 'exclude', ids: new Set() };

/** The list's filters as the core reads them (a list query, an export, a bulk change). */
const filterOf = (p: CustomerListParams) => ({
  query: p.query,
  kind: p.kind,
  ownerId: p.ownerId,
  tags: [...p.tags],
  tagMatch: p.tagMatch,
  region: p.region,
  ...segmentFilterOf(p.segment),
});

/**
 * All customers, paged, sorted and filtered by the database; the previous page stays up while the next loads.
 * Customers picked on any page, or all the filter matches, can be changed, exported or called at once.
 */
export function CustomerListPage() {
  const { t } = useI18n();
  const { params, setPage, setSort, setFilter, setTags, setSegment, clearFilters } = useCustomerListParams();
  const [saving, setSaving] = useState(false);
  const [batching, setBatching] = useState(false);
  const filter = useMemo(() => filterOf(params), [params]);
  const list = useQuery(
    queries.customerList({
      ...filter,
      page: params.page,
      pageSize: params.pageSize,
      sort: params.sort,
      direction: params.direction,
    }),
  );
  const pageIds = useMemo(() => (list.data?.rows ?? []).map((r) => r.id), [list.data]);
  const dueMarks = useQuery(callbackQueries.dueMarks(pageIds));
  const filtered = Boolean(
    params.query ||
    params.kind ||
    params.ownerId ||
    params.tags.length > 0 ||
    params.region ||
    segmentParamCount(params.segment) > 0,
  );
  const total = list.data?.total ?? 0;

  // The selection belongs to the filter it was made under: another filter starts without one.
  const filterKey = JSON.stringify(filter);
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string>; all: boolean }>({
    key: filterKey,
    ids: new Set(),
    all: false,
  });
  if (selection.key !== filterKey) setSelection({ key: filterKey, ids: new Set(), all: false });
  const clearSelection = () => setSelection({ key: filterKey, ids: new Set(), all: false });
  const picked = selection.all ? total : selection.ids.size;
  const ids = [...selection.ids];

  const selectedModel = useMemo<GridRowSelectionModel>(
    () => (selection.all ? ALL : selection.ids.size === 0 ? NONE : { type: 'include', ids: new Set(selection.ids) }),
    [selection],
  );
  const onSelection = (model: GridRowSelectionModel) => {
    // Unticking one customer of "all that match" keeps the others on this page.
    const next = model.type === 'include' ? model.ids : new Set(pageIds.filter((id) => !model.ids.has(id)));
    setSelection({ key: filterKey, ids: new Set([...next].map(String)), all: false });
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={t('customers.title')}
        subtitle={list.data ? t('customers.total', { count: total }) : t('common.loading')}
        actions={
          <Stack direction="row" spacing={1}>
            {filtered && (
              <Button variant="outlined" startIcon={<BookmarkAddOutlinedIcon />} onClick={() => setSaving(true)}>
                {t('savedSegments.save')}
              </Button>
            )}
            {/* Nothing to export or print from an empty list. */}
            {total > 0 && <ExportMenu what="customers" filter={filter} />}
            {total > 0 && <PrintReportButton kind="list" params={{ filter: JSON.stringify(filter) }} />}
            {total > 0 && (
              <Button variant="outlined" startIcon={<LibraryBooksOutlinedIcon />} onClick={() => setBatching(true)}>
                {t('reportKinds.batch.open')}
              </Button>
            )}
          </Stack>
        }
      />
      <Box sx={{ mb: 2 }}>
        <CustomerFilters
          params={params}
          onChange={setFilter}
          onTags={setTags}
          onClear={clearFilters}
          segment={params.segment}
          onSegment={setSegment}
        />
      </Box>
      {saving && <SaveSegmentDialog filter={filter} count={total} onClose={() => setSaving(false)} />}
      {batching && <BatchPrintDialog filter={filter} count={total} onClose={() => setBatching(false)} />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && total === 0 && !filtered ? (
        <FirstSteps />
      ) : (
        <Paper sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 280, overflow: 'hidden' }}>
          {picked > 0 && (
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{
                flexWrap: 'wrap',
                alignItems: 'center',
                px: 1.5,
                py: 0.5,
                bgcolor: 'action.selected',
                borderBottom: 1,
                borderColor: 'divider',
              }}
            >
              <Typography variant="body2" sx={{ fontWeight: 600 }} aria-live="polite">
                {selection.all
                  ? t('customers.bulk.allSelected', { count: total })
                  : t('customers.bulk.selected', { count: picked })}
              </Typography>
              {!selection.all && total > picked && (
                <Button size="small" onClick={() => setSelection({ key: filterKey, ids: new Set(), all: true })}>
                  {t('customers.bulk.selectAll', { count: total })}
                </Button>
              )}
              <Button size="small" color="inherit" onClick={clearSelection}>
                {t('customers.bulk.clear')}
              </Button>
              <Box sx={{ flex: 1 }} />
              <BulkActions
                count={picked}
                target={selection.all ? { filter } : { ids }}
                exportFilter={selection.all ? filter : { query: '', ids }}
                campaignSelection={selection.all ? filter : { query: '', customerIds: ids }}
                onDone={clearSelection}
              />
            </Stack>
          )}
          <Box sx={{ flex: 1, minHeight: 0, position: 'relative' }}>
            <Box sx={{ position: 'absolute', inset: 0 }}>
              <CustomerGrid
                rows={list.data?.rows ?? []}
                total={total}
                loading={list.isFetching}
                due={dueMarks.data}
                page={params.page}
                pageSize={params.pageSize}
                onPage={setPage}
                sort={{ field: params.sort, direction: params.direction }}
                onSort={({ field, direction }) => setSort(field, direction)}
                selection={selectedModel}
                onSelection={onSelection}
                noRowsLabel={filtered ? t('customers.noMatch') : undefined}
              />
            </Box>
          </Box>
        </Paper>
      )}
    </Box>
  );
}
