import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { BarPlot } from '@mui/x-charts/BarChart';
import { ChartsContainer } from '@mui/x-charts/ChartsContainer';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { LineChart, LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { AbcOverview } from '../../../shared/segments/types';
import { useI18n } from '../i18n/I18nContext';
import { classLabel, classListPath, shareLabel } from './labels';
import { segmentQueries } from './queries';
import { SchemeClasses, useClassColors } from './SchemeClasses';

const CHART_HEIGHT = 260;

/** "1 : 2.4 : 9.1", the counts relative to A. */
function ratioText(language: string, ratio: readonly number[]): string {
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return ratio.map((r) => n.format(r)).join(' : ');
}

/**
 * The Pareto chart by class: a bar per class for its share of the basis (revenue or profit) and the cumulative line
 * over A, B, C, with the cut points of the cumulative method. A bar opens the list of that class's customers.
 */
function ParetoByClass({ overview, cuts }: { readonly overview: AbcOverview; readonly cuts: readonly number[] }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const colors = useClassColors();
  const theme = useTheme();
  const shareOf = (c: AbcOverview['classes'][number]): number =>
    overview.basis === 'profit' ? c.profitShare : c.revenueShare;
  const shares = overview.classes.map((c) => shareOf(c) * 100);
  const cumulative = shares.map((_s, i) => shares.slice(0, i + 1).reduce((sum, s) => sum + s, 0));
  const labels = overview.classes.map((c) => classLabel(t, 'abc', c.class));
  const percent = (v: number | null): string => (v === null ? '' : shareLabel(language, v / 100));
  return (
    <Box aria-hidden sx={{ '& .MuiBarElement-root': { cursor: 'pointer' } }}>
      <ChartsContainer
        height={CHART_HEIGHT}
        margin={{ top: 12, right: 12, bottom: 4, left: 4 }}
        skipAnimation
        xAxis={[
          {
            id: 'class',
            scaleType: 'band',
            data: labels,
            height: 32,
            tickLabelStyle: { fontSize: 11 },
            colorMap: { type: 'ordinal', values: labels, colors: [...colors] },
          },
          // The same classes without the class colours, for the cumulative line (a colour map would paint it too).
          { id: 'cumulative', scaleType: 'band', data: labels, position: 'none' },
        ]}
        yAxis={[{ id: 'share', min: 0, max: 100, width: 44, valueFormatter: (v: number) => `${v}%` }]}
        series={[
          { type: 'bar', id: 'share', data: shares, label: t('segmentsPage.classShare'), valueFormatter: percent },
          {
            type: 'line',
            id: 'cumulative',
            xAxisId: 'cumulative',
            curve: 'linear',
            data: cumulative,
            label: t('segmentsPage.cumulativeShare'),
            color: theme.palette.text.primary,
            valueFormatter: percent,
          },
        ]}
      >
        <BarPlot
          onItemClick={(_event, item) => {
            const c = overview.classes[item.dataIndex];
            if (c) void navigate(classListPath('abc', c.class));
          }}
        />
        <LinePlot />
        <MarkPlot />
        {cuts.map((cut) => (
          <ChartsReferenceLine
            key={cut}
            y={cut}
            label={`${cut}%`}
            labelAlign="start"
            lineStyle={{ strokeDasharray: '4 3', stroke: theme.palette.warning.main }}
          />
        ))}
        <ChartsXAxis axisId="class" />
        <ChartsYAxis axisId="share" />
        <ChartsTooltip />
      </ChartsContainer>
    </Box>
  );
}

/** The Pareto curve: the top x % of ranked customers make y % of the basis, with the cut points. */
function ParetoCurve({ overview, cuts }: { readonly overview: AbcOverview; readonly cuts: readonly number[] }) {
  const { language } = useI18n();
  const theme = useTheme();
  const x = overview.pareto.map((p) => p.customerShare * 100);
  const y = overview.pareto.map((p) => p.cumulativeShare * 100);
  const percent = (v: number | null): string => (v === null ? '' : shareLabel(language, v / 100));
  return (
    <Box aria-hidden>
      <LineChart
        height={CHART_HEIGHT}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
        skipAnimation
        hideLegend
        xAxis={[
          {
            data: x,
            min: 0,
            max: 100,
            height: 32,
            tickLabelStyle: { fontSize: 11 },
            valueFormatter: (v: number) => `${Math.round(v)}%`,
          },
        ]}
        yAxis={[{ min: 0, max: 100, width: 44, valueFormatter: (v: number) => `${v}%` }]}
        series={[
          {
            data: y,
            curve: 'linear',
            showMark: false,
            area: true,
            color: theme.palette.primary.light,
            valueFormatter: percent,
          },
        ]}
      >
        {cuts.map((cut) => (
          <ChartsReferenceLine
            key={cut}
            y={cut}
            label={`${cut}%`}
            labelAlign="start"
            lineStyle={{ strokeDasharray: '4 3', stroke: theme.palette.warning.main }}
          />
        ))}
      </LineChart>
    </Box>
  );
}

/** ABC: the Pareto chart and curve, the ratio reached against the 1:2:2 guideline, and the classes with their table. */
export function AbcSection({ overview }: { readonly overview: AbcOverview }) {
  const { t, language } = useI18n();
  const settings = useQuery(segmentQueries.settings());
  const abc = settings.data?.settings.abc;
  // The cut points are drawn under the cumulative method, the one that uses them.
  const cuts = abc && overview.method === 'cumulative' ? [abc.aMaxPercent, abc.bMaxPercent] : [];
  const basis = t(`segmentsPage.basis.${overview.basis}`);
  return (
    <Grid container spacing={2.5}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Paper component="figure" sx={{ p: 2.5, m: 0, height: '100%' }}>
          <Typography variant="h3" component="figcaption">
            {t('segmentsPage.paretoByClass', { basis })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t(`segmentsPage.method.${overview.method}`)}
          </Typography>
          <ParetoByClass overview={overview} cuts={cuts} />
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Paper component="figure" sx={{ p: 2.5, m: 0, height: '100%' }}>
          <Typography variant="h3" component="figcaption">
            {t('segmentsPage.paretoCurve', { basis })}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('segmentsPage.paretoCurveNote')}
          </Typography>
          {overview.pareto.length > 1 ? (
            <ParetoCurve overview={overview} cuts={cuts} />
          ) : (
            <Typography color="text.secondary">{t('segmentsPage.noPurchases')}</Typography>
          )}
        </Paper>
      </Grid>
      <Grid size={12}>
        <Paper sx={{ p: 2.5 }}>
          <Typography variant="body1" sx={{ mb: 2 }} data-testid="abc-ratio">
            {overview.ratioReached
              ? t('segmentsPage.ratio', {
                  reached: ratioText(language, overview.ratioReached),
                  guideline: ratioText(language, overview.ratioGuideline),
                })
              : t('segmentsPage.ratioNone', { guideline: ratioText(language, overview.ratioGuideline) })}
          </Typography>
          <SchemeClasses
            overview={overview}
            title={t('segmentsPage.classesOf', { scheme: t('segments.scheme.abc') })}
          />
        </Paper>
      </Grid>
    </Grid>
  );
}
