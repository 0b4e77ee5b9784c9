import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { complaintReportInput, type ComplaintReportQuery } from '../../../shared/complaints/schemas';
import { SEGMENT_SCHEMES, type ComplaintReport, type SegmentScheme } from '../../../shared/complaints/types';
import { localDate } from '../../../shared/rules/calendar';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { FigureTiles } from '../callbacks/FigureTiles';
import { averageLabel, percentLabel } from '../callbacks/reportNumbers';
import { PrintReportButton } from '../reports/PrintReportButton';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { useFileDownload } from '../hooks/useFileDownload';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { causeLabel, categoryLabel } from './labels';
import { complaintQueries } from './queries';
import { ChartFigure, ColumnsChart, ParetoChart } from './ReportCharts';
import { SatisfactionSection } from './SatisfactionSection';
import { ScopedFiguresNote } from '../auth/ScopedFiguresNote';

const isScheme = (v: string | null): v is SegmentScheme => (SEGMENT_SCHEMES as readonly (string | null)[]).includes(v);

/** The report's filters live in the address; a missing period is the core's default, the last twelve months. */
function useReportParams() {
  const [search, setSearch] = useSearchParams();
  const query = useMemo<ComplaintReportQuery>(() => {
    const scheme = search.get('scheme');
    return {
      from: search.get('from') || null,
      to: search.get('to') || null,
      today: localDate(),
      ownerId: search.get('owner') || null,
      segmentScheme: isScheme(scheme) ? scheme : 'abc',
    };
  }, [search]);
  const set = (changes: Record<string, string | null>): void =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return { query, set };
}

function ComplaintFigures({ report }: { readonly report: ComplaintReport }) {
  const { t, format, language } = useI18n();
  const n = format.number;
  const hours = (h: number | null): string =>
    h === null ? t('common.empty') : t('complaintReport.hours', { hours: n(h) });
  const duration = (key: string, label: string, d: ComplaintReport['firstResponse']) => ({
    key,
    label,
    value: hours(d.medianHours),
    note: `${t('complaintReport.withinNote', { percent: percentLabel(t, language, d.withinLimitPercent) })} · ${t('complaintReport.measuredNote', { count: d.count })}`,
  });
  return (
    <FigureTiles
      figures={[
        { key: 'total', label: t('complaints.report.total'), value: n(report.total), tone: 'primary' },
        { key: 'open', label: t('complaints.report.open'), value: n(report.open) },
        {
          key: 'overdue',
          label: t('complaints.report.overdue'),
          value: n(report.overdue),
          tone: report.overdue > 0 ? 'warning' : 'default',
        },
        { key: 'resolved', label: t('complaints.report.resolved'), value: n(report.resolved) },
        { key: 'closed', label: t('complaints.report.closed'), value: n(report.closed) },
        {
          key: 'per10k',
          label: t('complaints.report.perTenThousand'),
          value: averageLabel(t, language, report.perTenThousand),
          note: `${t('complaints.report.customers')} ${n(report.customers)}`,
        },
        duration('firstResponse', t('complaints.report.firstResponse'), report.firstResponse),
        duration('resolution', t('complaints.report.resolution'), report.resolution),
      ]}
    />
  );
}

const TWO_COLUMNS = {
  display: 'grid',
  gap: 2.5,
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'repeat(2, minmax(0, 1fr))' },
};

function ReportBody({ report }: { readonly report: ComplaintReport }) {
  const { t, format, language } = useI18n();
  const n = format.number;
  const pct = (v: number | null): string => percentLabel(t, language, v);
  const paretoColumns = (label: string) => [
    { header: label },
    { header: t('complaints.report.count'), numeric: true },
    { header: t('complaints.report.percent'), numeric: true },
    { header: t('complaints.report.cumulative'), numeric: true },
  ];
  const pareto = (rows: ComplaintReport['byCategory'], name: (key: string) => string) => ({
    chart: (
      <ParetoChart
        labels={rows.map((r) => name(r.key))}
        counts={rows.map((r) => r.count)}
        cumulative={rows.map((r) => r.cumulativePercent)}
        countLabel={t('complaintReport.chartCount')}
        cumulativeLabel={t('complaintReport.chartCumulative')}
      />
    ),
    rows: rows.map((r) => ({ key: r.key, cells: [name(r.key), n(r.count), pct(r.percent), pct(r.cumulativePercent)] })),
  });
  const byCategory = pareto(report.byCategory, (k) => categoryLabel(t, k, report.categoryLabels));
  const byCause = pareto(report.byRootCause, (k) => causeLabel(t, k));
  const owners = report.byOwner.map((o) => staffLabel(t, o.staffName));

  return (
    <Stack spacing={2.5}>
      <ComplaintFigures report={report} />
      {report.total === 0 && (
        <Paper sx={{ p: 4 }}>
          <Typography color="text.secondary" sx={{ textAlign: 'center' }}>
            {t('complaintReport.empty')}
          </Typography>
        </Paper>
      )}
      <Box sx={TWO_COLUMNS}>
        <ChartFigure
          title={t('complaints.report.byCategory')}
          chart={byCategory.chart}
          columns={paretoColumns(t('complaints.report.category'))}
          rows={byCategory.rows}
          emptyText={t('complaintReport.empty')}
        />
        <ChartFigure
          title={t('complaints.report.byRootCause')}
          chart={byCause.chart}
          columns={paretoColumns(t('complaints.report.cause'))}
          rows={byCause.rows}
          emptyText={t('complaintReport.noCauses')}
        />
        <ChartFigure
          wide
          title={t('complaints.report.byOwner')}
          chart={
            <ColumnsChart
              labels={owners}
              series={[
                { label: t('complaints.report.count'), data: report.byOwner.map((o) => o.count) },
                { label: t('complaints.report.overdue'), data: report.byOwner.map((o) => o.overdue) },
              ]}
            />
          }
          columns={[
            { header: t('complaints.report.owner') },
            { header: t('complaints.report.count'), numeric: true },
            { header: t('complaints.report.open'), numeric: true },
            { header: t('complaints.report.overdue'), numeric: true },
            { header: t('complaints.report.done'), numeric: true },
            { header: t('complaints.report.medianHours'), numeric: true },
          ]}
          rows={report.byOwner.map((o, i) => ({
            key: o.staffId,
            cells: [
              owners[i],
              n(o.count),
              n(o.open),
              n(o.overdue),
              n(o.done),
              o.medianResolutionHours === null ? t('common.empty') : n(o.medianResolutionHours),
            ],
          }))}
          emptyText={t('complaintReport.empty')}
        />
        <ChartFigure
          title={t('complaints.report.byChannel')}
          chart={
            <ColumnsChart
              labels={report.byChannel.map((c) => t(`complaintChannel.${c.channel}`))}
              series={[{ label: t('complaints.report.count'), data: report.byChannel.map((c) => c.count) }]}
            />
          }
          columns={[
            { header: t('complaints.report.channel') },
            { header: t('complaints.report.count'), numeric: true },
            { header: t('complaints.report.percent'), numeric: true },
          ]}
          rows={report.byChannel.map((c) => ({
            key: c.channel,
            cells: [t(`complaintChannel.${c.channel}`), n(c.count), pct(c.percent)],
          }))}
          emptyText={t('complaintReport.empty')}
        />
        <ChartFigure
          title={t('complaints.report.byMonth')}
          chart={
            <ColumnsChart
              labels={report.byMonth.map((m) => m.month)}
              series={[
                { label: t('complaints.report.count'), data: report.byMonth.map((m) => m.count) },
                { label: t('complaints.report.done'), data: report.byMonth.map((m) => m.done) },
              ]}
            />
          }
          columns={[
            { header: t('complaints.report.month') },
            { header: t('complaints.report.count'), numeric: true },
            { header: t('complaints.report.done'), numeric: true },
          ]}
          rows={report.byMonth.map((m) => ({ key: m.month, cells: [m.month, n(m.count), n(m.done)] }))}
          emptyText={t('complaintReport.empty')}
        />
        <ChartFigure
          title={t('complaints.report.repeat')}
          columns={[
            { header: t('complaints.report.customer') },
            { header: t('complaints.report.count'), numeric: true },
            { header: t('complaints.report.lastReceived'), numeric: true },
          ]}
          rows={report.repeatComplainers.map((r) => ({
            key: r.customerId,
            cells: [
              <Link key="name" component={RouterLink} to={`/customers/${r.customerId}`}>
                {r.customerName}
              </Link>,
              n(r.count),
              format.calendarDate(r.lastReceivedOn),
            ],
          }))}
          emptyText={t('complaintReport.noRepeat')}
        />
      </Box>
      <SatisfactionSection satisfaction={report.satisfaction} />
    </Stack>
  );
}

function ExportButton({ query, disabled }: { readonly query: ComplaintReportQuery; readonly disabled: boolean }) {
  const { t, language } = useI18n();
  const { busy, download } = useFileDownload();
  return (
    <Button
      variant="outlined"
      startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <FileDownloadOutlinedIcon />}
      disabled={busy || disabled}
      onClick={() => void download(() => api['complaints.export']({ report: query, language }))}
    >
      {t('complaintReport.export')}
    </Button>
  );
}

/** Route /complaints/report: what the branch's complaints are about, how fast they are handled, how satisfied. */
export function ComplaintReportPage() {
  const { t, format } = useI18n();
  const { query, set } = useReportParams();
  const staff = useQuery(queries.staff());
  const parsed = complaintReportInput.safeParse(query);
  const rangeError = parsed.success ? undefined : issueMessage(t, parsed.error.issues[0]?.message);
  const report = useQuery({ ...complaintQueries.report(query), enabled: parsed.success });
  const width = { width: { xs: '100%', sm: 170 } };

  return (
    <>
      <PageHeader
        title={t('nav.complaintReport')}
        subtitle={
          report.data
            ? t('complaintReport.range', {
                from: format.calendarDate(report.data.from),
                to: format.calendarDate(report.data.to),
              })
            : ' '
        }
        actions={
          <Stack direction="row" spacing={1} sx={{ displayPrint: 'none' }}>
            <PrintReportButton
              kind="complaints"
              params={{ from: query.from, to: query.to, ownerId: query.ownerId }}
              disabled={!parsed.success}
            />
            <ExportButton query={query} disabled={!parsed.success} />
          </Stack>
        }
      />
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2.5, displayPrint: 'none' }}
        role="search"
        aria-label={t('complaintReport.filters')}
      >
        <TextField
          type="date"
          label={t('complaintReport.from')}
          value={query.from ?? report.data?.from ?? ''}
          onChange={(event) => set({ from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={width}
        />
        <TextField
          type="date"
          label={t('complaintReport.to')}
          value={query.to ?? report.data?.to ?? ''}
          onChange={(event) => set({ to: event.target.value })}
          error={rangeError !== undefined}
          helperText={rangeError}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={width}
        />
        <SelectField
          label={t('complaintReport.owner')}
          value={query.ownerId ?? ''}
          onChange={(v) => set({ owner: v })}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          emptyLabel={t('complaintReport.allOwners')}
          sx={width}
        />
        <SelectField
          label={t('complaintReport.segmentScheme')}
          value={query.segmentScheme}
          onChange={(v) => set({ scheme: v === 'abc' ? null : v })}
          options={SEGMENT_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))}
          sx={width}
        />
      </Stack>
      <Box sx={{ height: 4, mb: 1, displayPrint: 'none' }}>{report.isFetching && <LinearProgress aria-hidden />}</Box>
      {report.isError && <QueryError error={report.error} />}
      <ScopedFiguresNote scoped={report.data?.scoped} />
      {report.data && <ReportBody report={report.data} />}
    </>
  );
}
