import RefreshIcon from '@mui/icons-material/Refresh';
import TuneOutlinedIcon from '@mui/icons-material/TuneOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { COMPUTED_SCHEMES, type ComputedScheme, type SegmentsOverview } from '../../../shared/segments/types';
import { useSave } from '../api/useSave';
import { FigureTiles } from '../callbacks/FigureTiles';
import { PrintReportButton } from '../reports/PrintReportButton';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { AbcSection } from './AbcSection';
import { MigrationSection } from './MigrationSection';
import { segmentQueries, SEGMENTS_STALE } from './queries';
import { RfmSection } from './RfmSection';
import { SchemeClasses } from './SchemeClasses';
import { ScopedFiguresNote } from '../auth/ScopedFiguresNote';

const isScheme = (value: string | null): value is ComputedScheme =>
  (COMPUTED_SCHEMES as readonly string[]).includes(value ?? '');

/** What the page says about the classes shown: over which period, computed when, and whether they are current. */
function useStatusLine(overview: SegmentsOverview | undefined): string {
  const { t, format } = useI18n();
  if (!overview) return '';
  if (!overview.computedAt || !overview.period) return t('segmentsPage.neverComputed');
  return t('segmentsPage.status', {
    from: format.calendarDate(overview.period.from),
    to: format.calendarDate(overview.period.to),
    computedAt: format.dateTime(overview.computedAt),
  });
}

function SchemeBody({ scheme, overview }: { readonly scheme: ComputedScheme; readonly overview: SegmentsOverview }) {
  const { t } = useI18n();
  if (scheme === 'abc' && overview.abc) return <AbcSection overview={overview.abc} />;
  if (scheme === 'rfm' && overview.rfm) return <RfmSection overview={overview.rfm} />;
  const part = scheme === 'abc' || scheme === 'rfm' ? undefined : overview[scheme];
  if (!part) return null;
  return (
    <Paper sx={{ p: 2.5 }}>
      <SchemeClasses overview={part} title={t('segmentsPage.classesOf', { scheme: t(`segments.scheme.${scheme}`) })} />
    </Paper>
  );
}

/** Route /segments (客户分层): one overview per scheme, each class a link to its customers, and how classes move. */
export function SegmentsPage() {
  const { t, format } = useI18n();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('scheme');
  const scheme: ComputedScheme = isScheme(requested) ? requested : 'abc';
  const overview = useQuery(segmentQueries.overview());
  const status = useStatusLine(overview.data);
  const compute = useSave({
    channel: 'segments.compute',
    invalidates: SEGMENTS_STALE,
    notice: (result) => t('segmentsPage.computed', { count: result.customers }),
  });
  const busy = compute.isPending || overview.data?.current === false;
  const data = overview.data;

  return (
    <>
      <PageHeader
        title={t('nav.segments')}
        subtitle={status}
        actions={
          <>
            <PrintReportButton kind="segments" params={{ scheme, classKey: scheme === 'abc' ? 'abc:A' : null }} />
            <Button variant="outlined" startIcon={<TuneOutlinedIcon />} component={RouterLink} to="/segments/settings">
              {t('segmentsPage.thresholds')}
            </Button>
            <Button
              variant="contained"
              startIcon={compute.isPending ? <CircularProgress size={14} color="inherit" /> : <RefreshIcon />}
              disabled={compute.isPending}
              onClick={() => void compute.save({})}
            >
              {t('segmentsPage.recompute')}
            </Button>
          </>
        }
      />
      <Box sx={{ height: 4, mb: 1 }}>{busy && <LinearProgress aria-label={t('segmentsPage.computing')} />}</Box>
      <ScopedFiguresNote scoped={data?.scoped} />
      {data && !data.current && !compute.isPending && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('segmentsPage.pending')}
        </Alert>
      )}
      {overview.isError && <QueryError error={overview.error} />}
      {!data && !overview.isError && <CircularProgress aria-label={t('common.loading')} />}
      {data && !data.computedAt && (
        <Paper sx={{ p: 4 }}>
          <Typography color="text.secondary" sx={{ textAlign: 'center' }}>
            {t('segmentsPage.emptyHint')}
          </Typography>
        </Paper>
      )}
      {data && data.computedAt && (
        <Stack spacing={2.5}>
          <FigureTiles
            size="small"
            minWidth={230}
            figures={[
              { key: 'customers', label: t('segmentsPage.customers'), value: format.number(data.customers) },
              { key: 'revenue', label: t('segmentsPage.revenue'), value: format.money(data.amountCents) },
              { key: 'profit', label: t('segmentsPage.profit'), value: format.money(data.profitCents) },
            ]}
          />
          <Tabs
            value={scheme}
            onChange={(_event, value: ComputedScheme) => setSearch({ scheme: value }, { replace: true })}
            variant="scrollable"
            allowScrollButtonsMobile
            aria-label={t('segmentsPage.schemes')}
          >
            {COMPUTED_SCHEMES.map((s) => (
              <Tab key={s} value={s} label={t(`segments.scheme.${s}`)} />
            ))}
          </Tabs>
          <SchemeBody scheme={scheme} overview={data} />
          <MigrationSection key={scheme} scheme={scheme} />
        </Stack>
      )}
    </>
  );
}
