/**
 * The analysis page's charts (@mui/x-charts), each with its table beside it: the drawing is for the eye and hidden
 * from screen readers, the table carries every figure in text (and prints).
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart, BarPlot } from '@mui/x-charts/BarChart';
import { ChartsContainer } from '@mui/x-charts/ChartsContainer';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { LineChart, LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { useId, type ReactNode } from 'react';

const CHART_HEIGHT = 240;

interface TableColumn {
  readonly header: string;
  readonly numeric?: boolean;
}

export interface TableRowData {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

interface ChartFigureProps {
  readonly title: string;
  /** Left out: the table alone. */
  readonly chart?: ReactNode;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRowData[];
  /** Said instead of chart and table when there are no rows. */
  readonly emptyText: string;
  readonly note?: ReactNode;
  /** A wide table: the figure spans both columns of the page's grid, the table gets more of the width. */
  readonly wide?: boolean;
}

/** A titled section: the chart on the left and its table on the right (stacked on a narrow window). */
export function ChartFigure({ title, chart, columns, rows, emptyText, note, wide = false }: ChartFigureProps) {
  const titleId = useId();
  return (
    <Paper
      component="figure"
      sx={{ m: 0, p: 2.5, breakInside: 'avoid', minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}
    >
      <Typography id={titleId} variant="h3" component="figcaption" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {note && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {note}
        </Typography>
      )}
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {emptyText}
        </Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: chart
              ? { xs: 'minmax(0, 1fr)', lg: wide ? 'minmax(0, 2fr) minmax(0, 3fr)' : 'minmax(0, 1fr) minmax(0, 1fr)' }
              : '1fr',
            alignItems: 'start',
          }}
        >
          {chart && (
            <Box aria-hidden sx={{ minWidth: 0 }}>
              {chart}
            </Box>
          )}
          <Box sx={{ overflowX: 'auto', minWidth: 0 }}>
            <Table aria-labelledby={titleId} size="small">
              <TableHead>
                <TableRow>
                  {columns.map((c) => (
                    <TableCell key={c.header} align={c.numeric ? 'right' : 'left'}>
                      {c.header}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.key}>
                    {r.cells.map((cell, i) => (
                      <TableCell
                        key={columns[i]?.header ?? i}
                        align={columns[i]?.numeric ? 'right' : 'left'}
                        sx={{
                          fontVariantNumeric: 'tabular-nums',
                          overflowWrap: 'anywhere',
                          whiteSpace: columns[i]?.numeric ? 'nowrap' : undefined,
                        }}
                      >
                        {cell}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </Box>
      )}
    </Paper>
  );
}

interface ParetoChartProps {
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  /** Running share, 0–100. */
  readonly cumulative: readonly (number | null)[];
  readonly countLabel: string;
  readonly cumulativeLabel: string;
}

/** Bars for the counts, largest first, and the cumulative share as a line on a 0–100 % axis on the right. */
export function ParetoChart({ labels, counts, cumulative, countLabel, cumulativeLabel }: ParetoChartProps) {
  const theme = useTheme();
  const data = [...labels];
  return (
    <ChartsContainer
      height={CHART_HEIGHT}
      margin={{ top: 12, right: 4, bottom: 4, left: 4 }}
      skipAnimation
      xAxis={[
        {
          id: 'key',
          scaleType: 'band',
          data,
          height: 48,
          tickLabelStyle: { fontSize: 11, angle: -25, textAnchor: 'end' },
        },
      ]}
      yAxis={[
        { id: 'count', min: 0, width: 36, tickMinStep: 1 },
        { id: 'share', min: 0, max: 100, width: 44, position: 'right', valueFormatter: (v: number) => `${v}%` },
      ]}
      series={[
        {
          type: 'bar',
          id: 'count',
          yAxisId: 'count',
          data: [...counts],
          label: countLabel,
          color: theme.palette.primary.main,
        },
        {
          type: 'line',
          id: 'cumulative',
          yAxisId: 'share',
          curve: 'linear',
          data: [...cumulative],
          label: cumulativeLabel,
          color: theme.palette.warning.dark,
          valueFormatter: (v: number | null) => (v === null ? '' : `${v}%`),
        },
      ]}
    >
      <BarPlot />
      <LinePlot />
      <MarkPlot />
      <ChartsXAxis axisId="key" />
      <ChartsYAxis axisId="count" />
      <ChartsYAxis axisId="share" />
      <ChartsTooltip />
    </ChartsContainer>
  );
}

/** Vertical bars, one per label (months, channels, owners); several series side by side. */
export function ColumnsChart({
  labels,
  series,
}: {
  readonly labels: readonly string[];
  readonly series: readonly { readonly label: string; readonly data: readonly number[] }[];
}) {
  const theme = useTheme();
  const colors = [theme.palette.primary.main, theme.palette.error.light, theme.palette.success.main];
  return (
    <BarChart
      height={CHART_HEIGHT}
      margin={{ top: 12, right: 8, bottom: 4, left: 4 }}
      skipAnimation
      hideLegend={series.length < 2}
      xAxis={[
        {
          scaleType: 'band',
          data: [...labels],
          height: 48,
          tickLabelStyle: { fontSize: 11, angle: -25, textAnchor: 'end' },
        },
      ]}
      yAxis={[{ min: 0, width: 36, tickMinStep: 1 }]}
      series={series.map((s, i) => ({ label: s.label, data: [...s.data], color: colors[i % colors.length] }))}
    />
  );
}

/** A line over the months (an average score on 1–5, or a share on 0–100). */
export function TrendChart({
  labels,
  data,
  max,
  label,
}: {
  readonly labels: readonly string[];
  readonly data: readonly (number | null)[];
  readonly max: number;
  readonly label: string;
}) {
  const theme = useTheme();
  return (
    <LineChart
      height={CHART_HEIGHT}
      margin={{ top: 12, right: 12, bottom: 4, left: 4 }}
      skipAnimation
      hideLegend
      xAxis={[{ scaleType: 'point', data: [...labels], height: 32, tickLabelStyle: { fontSize: 11 } }]}
      yAxis={[{ min: 0, max, width: 36 }]}
      series={[{ data: [...data], label, curve: 'linear', connectNulls: true, color: theme.palette.primary.main }]}
    />
  );
}
