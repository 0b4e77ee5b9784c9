import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { reportInput, type ReportQuery } from '../../../shared/callbacks/schemas';
import type { CallbackReport } from '../../../shared/callbacks/types';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { CountBarChart } from '../components/CountBarChart';
import { MeasuresSection } from '../reports/MeasuresSection';
import { PrintReportButton } from '../reports/PrintReportButton';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { useFileDownload } from '../hooks/useFileDownload';
import { issueMessage } from '../errors';
import { localDate } from '../../../shared/rules/calendar';
import { shiftDay } from '../i18n/format';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { FigureTiles } from './FigureTiles';
import { answerText } from './labels';
import { averageLabel, percentLabel } from './reportNumbers';
import { callbackQueries } from './queries';
import { ScopedFiguresNote } from '../auth/ScopedFiguresNote';

/** The calendar month of a day: first and last date. */
function monthOf(day: string): { from: string; to: string } {
  const from = `${day.slice(0, 8)}01`;
  return { from, to: shiftDay(shiftDay(from, 31).slice(0, 8) + '01', -1) };
}

/**
 * The report's filters live in the address (`?campaign=…&from=…&to=…&staff=…`) so a campaign row can link here and
 * Back returns to the same report. A missing period is this month, or the whole campaign when one is chosen; an
 * empty one (`from=`) is open.
 */
function useReportParams(): {
  readonly query: ReportQuery;
  readonly set: (changes: Record<string, string | null>) => void;
} {
  const [search, setSearch] = useSearchParams();
  const query = useMemo<ReportQuery>(() => {
    const campaignId = search.get('campaign') || null;
    const month = campaignId ? { from: null, to: null } : monthOf(localDate());
    const end = (key: 'from' | 'to'): string | null => (search.has(key) ? search.get(key) || null : month[key]);
    return { from: end('from'), to: end('to'), campaignId, staffId: search.get('staff') || null };
  }, [search]);
  const set = (changes: Record<string, string | null>): void =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return { query, set };
}

function periodText(t: Translate, calendarDate: (day: string) => string, q: ReportQuery): string {
  if (q.from && q.to) return t('callbackReport.range', { from: calendarDate(q.from), to: calendarDate(q.to) });
  if (q.from) return t('callbackReport.since', { from: calendarDate(q.from) });
  if (q.to) return t('callbackReport.until', { to: calendarDate(q.to) });
  return t('callbackReport.anyDate');
}

function ReportSection({ children }: { readonly children: ReactNode }) {
  return <Paper sx={{ p: 2.5, breakInside: 'avoid' }}>{children}</Paper>;
}

function PerStaffTable({ report }: { readonly report: CallbackReport }) {
  const { t, format, language } = useI18n();
  const titleId = useId();
  return (
    <ReportSection>
      <Typography id={titleId} variant="h3" sx={{ mb: 1 }}>
        {t('callbackReport.perStaff')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('callbackReport.staffMember')}</TableCell>
              <TableCell align="right">{t('callbackReport.planned')}</TableCell>
              <TableCell align="right">{t('callbackReport.reached')}</TableCell>
              <TableCell align="right">{t('callbackReport.notReached')}</TableCell>
              <TableCell align="right">{t('callbackReport.pending')}</TableCell>
              <TableCell align="right">{t('callbackReport.reachRate')}</TableCell>
              <TableCell align="right">{t('callbackReport.satisfactionAverage')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.perStaff.map((s) => (
              <TableRow key={s.staffId}>
                <TableCell>{staffLabel(t, s.staffName)}</TableCell>
                <TableCell align="right">{format.number(s.planned)}</TableCell>
                <TableCell align="right">{format.number(s.reached)}</TableCell>
                <TableCell align="right">{format.number(s.notReached)}</TableCell>
                <TableCell align="right">{format.number(s.pending)}</TableCell>
                <TableCell align="right">{percentLabel(t, language, s.reachRate)}</TableCell>
                <TableCell align="right">{averageLabel(t, language, s.satisfactionAverage)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </ReportSection>
  );
}

interface ShareRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly percent: number | null;
}

/** A bar chart of shares of a whole (the not reached, the reached, the scores), with count and share in text. */
function ShareChart({
  title,
  labelHeader,
  base,
  rows,
  emptyText,
}: {
  readonly title: string;
  readonly labelHeader: string;
  readonly base: number;
  readonly rows: readonly ShareRow[];
  readonly emptyText?: string;
}) {
  const { t, format, language } = useI18n();
  return (
    <ReportSection>
      <CountBarChart
        title={title}
        labelHeader={labelHeader}
        countHeader={t('callbackReport.count')}
        shareHeader={t('callbackReport.share')}
        base={base}
        emptyText={emptyText}
        bars={rows.map((r) => ({
          key: r.key,
          label: r.label,
          count: r.count,
          countText: format.number(r.count),
          shareText: percentLabel(t, language, r.percent),
        }))}
      />
    </ReportSection>
  );
}

/** The figures, charts and tables of one report (DOMAIN §3): what a branch prints after a campaign. */
function ReportBody({ report }: { readonly report: CallbackReport }) {
  const { t, format, language } = useI18n();
  const n = format.number;

  return (
    <Stack spacing={2.5}>
      <FigureTiles
        figures={[
          { key: 'planned', label: t('callbackReport.planned'), value: n(report.planned) },
          { key: 'reached', label: t('callbackReport.reached'), value: n(report.reached) },
          { key: 'notReached', label: t('callbackReport.notReached'), value: n(report.notReached) },
          { key: 'pending', label: t('callbackReport.pending'), value: n(report.pending) },
          {
            key: 'rate',
            label: t('callbackReport.reachRate'),
            value: percentLabel(t, language, report.reachRate),
            note: t('callbackReport.reachRateNote'),
            tone: 'primary',
          },
          {
            key: 'satisfaction',
            label: t('callbackReport.satisfactionAverage'),
            value: averageLabel(t, language, report.satisfaction.average),
            note: t('callbackReport.satisfactionCount', { count: report.satisfaction.count }),
          },
        ]}
      />
      <Typography variant="body2" color="text.secondary">
        {t('callbackReport.attempts', { total: n(report.attempts.total), notReached: n(report.attempts.notReached) })}
        {report.cancelled > 0 && ` ${t('callbackReport.cancelled', { count: n(report.cancelled) })}`}
      </Typography>

      {report.planned === 0 ? (
        <Paper sx={{ p: 4 }}>
          <Typography color="text.secondary" sx={{ textAlign: 'center' }}>
            {t('callbackReport.empty')}
          </Typography>
        </Paper>
      ) : (
        <>
          <Grid container spacing={2.5}>
            <Grid size={{ xs: 12, lg: 6 }}>
              <ShareChart
                title={t('callbackReport.byReason', { count: n(report.notReached) })}
                labelHeader={t('callbackReport.reason')}
                base={report.notReached}
                emptyText={t('callbackReport.noneNotReached')}
                rows={report.notReachedByReason.map((r) => ({
                  key: r.reason,
                  label: t(`notReachedReason.${r.reason}`),
                  count: r.count,
                  percent: r.percent,
                }))}
              />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <ShareChart
                title={t('callbackReport.byAnswer', { count: n(report.reached) })}
                labelHeader={t('callbackReport.answer')}
                base={report.reached}
                emptyText={t('callbackReport.noneReached')}
                rows={report.answers.map((a) => ({
                  key: a.category ?? '',
                  label:
                    a.category === null
                      ? t('callbackReport.noCategory')
                      : answerText(t, a.category, report.answerLabels),
                  count: a.count,
                  percent: a.percent,
                }))}
              />
            </Grid>
          </Grid>

          <ShareChart
            title={t('callbackReport.distribution', { count: n(report.satisfaction.count) })}
            labelHeader={t('callbackReport.score')}
            base={report.satisfaction.count}
            rows={[...report.satisfaction.distribution].reverse().map((d) => ({
              key: String(d.score),
              label: t('callbackReport.scoreLabel', { score: d.score }),
              count: d.count,
              percent: d.percent,
            }))}
          />

          {report.perStaff.length > 0 && <PerStaffTable report={report} />}
        </>
      )}
    </Stack>
  );
}

/** Saves the report's workbook, with the same filters, in the language of the screen. */
function ExportButton({ query, disabled }: { readonly query: ReportQuery; readonly disabled: boolean }) {
  const { t, language } = useI18n();
  const { busy, download } = useFileDownload();
  const run = (): Promise<void> => download(() => api['callbacks.export']({ report: query, language }));
  return (
    <Button
      variant="outlined"
      startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <FileDownloadOutlinedIcon />}
      disabled={busy || disabled}
      onClick={() => void run()}
    >
      {t('callbackReport.export')}
    </Button>
  );
}

/** The call-back report (回访报告) for a period, a campaign and/or a staff member, on screen and as a workbook. */
export function CallbackReportPage() {
  const { t, format } = useI18n();
  const { query, set } = useReportParams();
  const campaigns = useQuery(callbackQueries.campaigns());
  const staff = useQuery(queries.staff());
  const parsed = reportInput.safeParse(query);
  const rangeError = parsed.success ? undefined : issueMessage(t, parsed.error.issues[0]?.message);
  const report = useQuery({ ...callbackQueries.report(query), enabled: parsed.success });
  const campaignName =
    report.data?.campaignName ?? campaigns.data?.find((c) => c.id === query.campaignId)?.name ?? null;
  const staffMember = staff.data?.find((s) => s.id === query.staffId);

  const scope = [
    periodText(t, format.calendarDate, query),
    campaignName ? t('callbackReport.campaignLine', { name: campaignName }) : t('callbackReport.allCampaigns'),
    staffMember ? t('callbackReport.staffLine', { name: staffLabel(t, staffMember) }) : t('callbackReport.allStaff'),
  ].join(t('callbackReport.scopeSeparator'));
  const width = { width: { xs: '100%', sm: 170 } };

  return (
    <>
      <PageHeader
        title={t('nav.callbackReport')}
        subtitle={scope}
        actions={
          <Box sx={{ displayPrint: 'none' }}>
            <Stack direction="row" spacing={1}>
              <PrintReportButton
                kind="callbacks"
                params={{ from: query.from, to: query.to, campaignId: query.campaignId, staffId: query.staffId }}
                disabled={!parsed.success}
              />
              <ExportButton query={query} disabled={!parsed.success} />
            </Stack>
          </Box>
        }
      />
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2.5, displayPrint: 'none' }}
        role="search"
        aria-label={t('callbackReport.filters')}
      >
        <TextField
          type="date"
          label={t('callbackReport.from')}
          value={query.from ?? ''}
          onChange={(event) => set({ from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={width}
        />
        <TextField
          type="date"
          label={t('callbackReport.to')}
          value={query.to ?? ''}
          onChange={(event) => set({ to: event.target.value })}
          error={rangeError !== undefined}
          helperText={rangeError}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={width}
        />
        <SelectField
          label={t('callbackReport.campaign')}
          value={query.campaignId ?? ''}
          // A campaign is reported whole unless a period is chosen after it; no campaign goes back to this month.
          onChange={(v) => set({ campaign: v || null, from: null, to: null })}
          options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          emptyLabel={t('callbackReport.allCampaigns')}
          sx={{ width: { xs: '100%', sm: 280 } }}
        />
        <SelectField
          label={t('callbackReport.staff')}
          value={query.staffId ?? ''}
          onChange={(v) => set({ staff: v || null })}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          emptyLabel={t('callbackReport.allStaff')}
          sx={width}
        />
      </Stack>
      <Box sx={{ height: 4, mb: 1, displayPrint: 'none' }}>{report.isFetching && <LinearProgress aria-hidden />}</Box>
      {report.isError && <QueryError error={report.error} />}
      <ScopedFiguresNote scoped={report.data?.scoped} />
      {report.data && <ReportBody report={report.data} />}
      {parsed.success && <MeasuresSection report={parsed.data} />}
    </>
  );
}
