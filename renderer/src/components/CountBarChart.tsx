import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useId, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';

interface CountBar {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** The count as text (formatted in the active language). */
  readonly countText: string;
  /** The share as text, when the chart shows shares. */
  readonly shareText?: string;
  /** Further columns of the table, in the order of `extraHeaders`. */
  readonly extra?: readonly ReactNode[];
  /** Where the bar and its row lead (an in-app path such as `/?class=abc:A`). */
  readonly to?: string;
  /** The bar's own colour; default the theme's primary. */
  readonly color?: string;
}

interface CountBarChartProps {
  readonly title: string;
  readonly bars: readonly CountBar[];
  /** What a full-length bar stands for: the whole the shares are of; default the largest count. */
  readonly base?: number;
  readonly labelHeader: string;
  readonly countHeader: string;
  /** Adds the share column. */
  readonly shareHeader?: string;
  readonly extraHeaders?: readonly string[];
  /** Said instead of the chart when there are no bars. */
  readonly emptyText?: string;
  /** Puts the table to the right of the chart on wide screens instead of below it. */
  readonly side?: boolean;
}

const BAR_ROW = 30;

/**
 * A horizontal bar chart (@mui/x-charts) with its table: the chart shows the proportions at a glance, the table
 * carries every figure in text for screen readers and printouts. A bar with `to` is a link, in the chart and in the
 * table.
 */
export function CountBarChart({
  title,
  bars,
  base,
  labelHeader,
  countHeader,
  shareHeader,
  extraHeaders = [],
  emptyText,
  side = false,
}: CountBarChartProps) {
  const theme = useTheme();
  const navigate = useNavigate();
  const titleId = useId();
  const full = base ?? Math.max(0, ...bars.map((b) => b.count));
  const colors = bars.map((b) => b.color ?? theme.palette.primary.main);

  return (
    <Box component="figure" sx={{ m: 0, breakInside: 'avoid' }}>
      <Typography id={titleId} variant="h3" component="figcaption" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {bars.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {emptyText}
        </Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: side
              ? { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 5fr) minmax(0, 6fr)' }
              : 'minmax(0, 1fr)',
            alignItems: 'start',
          }}
        >
          {/* The table below repeats every figure; the drawing is for the eye. */}
          <Box aria-hidden data-testid="bar-chart" sx={{ minWidth: 0 }}>
            <BarChart
              layout="horizontal"
              height={bars.length * BAR_ROW + 30}
              margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
              hideLegend
              skipAnimation
              yAxis={[
                {
                  scaleType: 'band',
                  data: bars.map((b) => b.label),
                  width: 96,
                  colorMap: { type: 'ordinal', values: bars.map((b) => b.label), colors },
                  tickLabelStyle: { fontSize: 11 },
                },
              ]}
              xAxis={[{ min: 0, max: Math.max(full, 1), tickMinStep: 1, tickLabelStyle: { fontSize: 11 } }]}
              series={[
                {
                  data: bars.map((b) => b.count),
                  valueFormatter: (_value, { dataIndex }) => bars[dataIndex]?.countText ?? '',
                },
              ]}
              onItemClick={(_event, item) => {
                const to = bars[item.dataIndex]?.to;
                if (to) void navigate(to);
              }}
              sx={{ '& .MuiBarElement-root': { cursor: bars.some((b) => b.to) ? 'pointer' : 'default' } }}
            />
          </Box>
          <Table aria-labelledby={titleId} size="small" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '40%' }}>{labelHeader}</TableCell>
                <TableCell align="right">{countHeader}</TableCell>
                {shareHeader !== undefined && <TableCell align="right">{shareHeader}</TableCell>}
                {extraHeaders.map((h) => (
                  <TableCell key={h} align="right">
                    {h}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {bars.map((bar) => (
                <TableRow key={bar.key}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    {bar.to ? (
                      <Link component={RouterLink} to={bar.to}>
                        {bar.label}
                      </Link>
                    ) : (
                      bar.label
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {bar.countText}
                  </TableCell>
                  {shareHeader !== undefined && (
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {bar.shareText ?? ''}
                    </TableCell>
                  )}
                  {(bar.extra ?? []).map((cell, i) => (
                    <TableCell key={extraHeaders[i] ?? i} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
