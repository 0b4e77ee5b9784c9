import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

interface ChartBar {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** The count as text (formatted in the active language). */
  readonly countText: string;
  /** The share as text, when the chart shows shares. */
  readonly shareText?: string;
}

interface HorizontalBarChartProps {
  readonly title: string;
  readonly bars: readonly ChartBar[];
  /** What a full-length bar stands for: the whole the shares are of; default the largest count. */
  readonly base?: number;
  readonly labelHeader: string;
  readonly countHeader: string;
  /** Adds the share column. */
  readonly shareHeader?: string;
  /** Said instead of the chart when there are no bars. */
  readonly emptyText?: string;
}

const BAR_HEIGHT = 14;

/**
 * A horizontal bar chart that is also its own table: each row has the label, an SVG bar and the numbers in text, so
 * screen readers read the table and a printout keeps every figure (SVG fills print without background graphics).
 */
export function HorizontalBarChart({
  title,
  bars,
  base,
  labelHeader,
  countHeader,
  shareHeader,
  emptyText,
}: HorizontalBarChartProps) {
  const theme = useTheme();
  const titleId = useId();
  const full = base ?? Math.max(0, ...bars.map((b) => b.count));

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
        <Table aria-labelledby={titleId} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '34%' }}>{labelHeader}</TableCell>
              {/* The bar column repeats the numbers as lengths; it has no header of its own to read. */}
              <TableCell aria-hidden sx={{ width: '38%' }} />
              <TableCell align="right">{countHeader}</TableCell>
              {shareHeader !== undefined && <TableCell align="right">{shareHeader}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {bars.map((bar) => {
              const fraction = full > 0 ? Math.min(1, bar.count / full) : 0;
              return (
                <TableRow key={bar.key}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{bar.label}</TableCell>
                  <TableCell aria-hidden sx={{ py: 0.5 }}>
                    <svg width="100%" height={BAR_HEIGHT} focusable="false" style={{ display: 'block' }}>
                      <rect x="0" y="0" width="100%" height={BAR_HEIGHT} rx="2" fill={theme.palette.grey[100]} />
                      {fraction > 0 && (
                        <rect
                          x="0"
                          y="0"
                          width={`${fraction * 100}%`}
                          height={BAR_HEIGHT}
                          rx="2"
                          fill={theme.palette.primary.main}
                        />
                      )}
                    </svg>
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {bar.countText}
                  </TableCell>
                  {shareHeader !== undefined && (
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {bar.shareText ?? ''}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
