/** Head office's first page: every branch's figures in a grid with a total row, and the classes in a chart. */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ABC_CLASSES, type Figures } from '../../../shared/hq/types';
import { classLabelKey } from '../../../shared/segments/labels';
import { ServerDataGrid } from '../components/DataTable/ServerDataGrid';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { decimalText, percentText } from './format';
import { HqError } from './HqError';
import { hqQueries } from './queries';

type Row = Figures & { id: string; code: string; name: string; lastPushAt: string | null; total: boolean };

const ABC_COLORS = { A: '#1565c0', B: '#64b5f6', C: '#bbdefb' } as const;

export function BranchesPage() {
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const figures = useQuery(hqQueries.figures());
  if (figures.isError) return <HqError error={figures.error} />;
  const data = figures.data;
  const rows: Row[] = data
    ? [
        ...data.branches.map((b) => ({ ...b, id: b.branchId, total: false })),
        { ...data.total, id: 'total', code: '', name: t('hq.total'), lastPushAt: null, total: true },
      ]
    : [];
  // Flexible widths with floors that fit 1024×700 without a sideways scroll; full labels in each header's tooltip.
  const right = { align: 'right', headerAlign: 'right' } as const;
  const column = (short: string, full: string, minWidth: number, flex = 1) => ({
    headerName: short,
    description: full,
    minWidth,
    flex,
    disableColumnMenu: true,
  });
  const columns: GridColDef<Row>[] = [
    {
      field: 'name',
      ...column(t('hq.column.name'), t('hq.column.name'), 112, 2),
      renderCell: ({ row }) =>
        row.total ? (
          <Typography sx={{ fontWeight: 700 }}>{row.name}</Typography>
        ) : (
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0 }}>
            <Typography variant="body2" color="text.secondary" sx={{ flexShrink: 0 }}>
              {row.code}
            </Typography>
            <Link component={RouterLink} to={`/branches/${row.id}`} noWrap title={row.name} sx={{ fontWeight: 600 }}>
              {row.name}
            </Link>
          </Box>
        ),
    },
    {
      field: 'customers',
      ...column(t('hq.report.column.customers'), t('hq.column.customers'), 100),
      ...right,
      valueFormatter: (v: number) => format.number(v),
    },
    {
      field: 'abc',
      ...column(t('hq.report.column.abc'), ABC_CLASSES.map((c) => t(classLabelKey('abc', c))).join(' / '), 76, 1.2),
      ...right,
      sortable: false,
      valueGetter: (_v, row) => ABC_CLASSES.map((c) => format.number(row.classes.abc[c])).join(' / '),
    },
    {
      field: 'reachRate',
      ...column(t('hq.report.column.reachRate'), t('hq.column.reachRate'), 72),
      ...right,
      valueFormatter: (v: number | null) => percentText(format, v),
    },
    {
      field: 'satisfactionAverage',
      ...column(t('hq.report.column.satisfaction'), t('hq.column.satisfaction'), 72),
      ...right,
      valueFormatter: (v: number | null) => decimalText(format, v),
    },
    {
      field: 'complaintsPer10k',
      ...column(t('hq.report.column.per10k'), t('hq.column.per10k'), 108),
      ...right,
      valueFormatter: (v: number | null) => decimalText(format, v),
    },
    {
      field: 'complaintsOverdue',
      ...column(t('hq.report.column.overdue'), t('hq.column.overdue'), 80),
      ...right,
      valueFormatter: (v: number) => format.number(v),
    },
    {
      field: 'lastPushAt',
      ...column(t('hq.column.lastPush'), t('hq.column.lastPush'), 104, 1.3),
      // The date; the time in the cell's tooltip.
      valueFormatter: (v: string | null, row) => (row.total ? '' : v ? format.date(v) : t('hq.neverPushed')),
      renderCell: ({ row, formattedValue }) => (
        <span title={row.lastPushAt ? format.dateTime(row.lastPushAt) : undefined}>{formattedValue}</span>
      ),
    },
  ];
  const branches = data?.branches ?? [];
  return (
    <Stack spacing={2.5}>
      <PageHeader
        title={t('hq.branches.title')}
        subtitle={data && t('hq.branches.subtitle', { count: branches.length, today: format.calendarDate(data.today) })}
      />
      <Paper variant="outlined">
        <ServerDataGrid<Row, never>
          aria-label={t('hq.branches.label')}
          rows={rows}
          columns={columns}
          total={rows.length}
          page={0}
          pageSize={100}
          onPage={() => undefined}
          loading={figures.isFetching}
          autoHeight
          hideFooter
          getRowClassName={({ row }) => (row.total ? 'hq-total' : '')}
          onRowClick={({ row }) => {
            if (!row.total) void navigate(`/branches/${row.id}`);
          }}
          sx={{
            '& .hq-total': { fontWeight: 700, bgcolor: 'grey.50' },
            '& .MuiDataGrid-row:not(.hq-total)': { cursor: 'pointer' },
          }}
          noRowsLabel={t('hq.branches.none')}
        />
      </Paper>
      {branches.length > 0 && (
        <Paper variant="outlined" component="figure" sx={{ p: 2.5, m: 0 }}>
          <Typography variant="h3" component="figcaption">
            {t('hq.chart.title')}
          </Typography>
          {/* The grid above carries every figure in text; the drawing is for the eye. */}
          <Box aria-hidden data-testid="hq-chart">
            <BarChart
              height={280}
              skipAnimation
              xAxis={[
                {
                  scaleType: 'band',
                  data: branches.map((b) => b.name),
                  height: 32,
                  tickLabelStyle: { fontSize: 11 },
                },
              ]}
              yAxis={[{ min: 0, tickMinStep: 1, width: 56 }]}
              series={ABC_CLASSES.map((c) => ({
                id: c,
                label: t(classLabelKey('abc', c)),
                stack: 'abc',
                color: ABC_COLORS[c],
                data: branches.map((b) => b.classes.abc[c]),
                valueFormatter: (v: number | null) => (v === null ? '' : format.number(v)),
              }))}
              onItemClick={(_event, item) => {
                const branch = branches[item.dataIndex];
                if (branch) void navigate(`/branches/${branch.branchId}`);
              }}
              sx={{ '& .MuiBarElement-root': { cursor: 'pointer' } }}
            />
          </Box>
        </Paper>
      )}
    </Stack>
  );
}
