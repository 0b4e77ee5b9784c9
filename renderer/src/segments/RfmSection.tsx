import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { alpha, useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { RfmOverview } from '../../../shared/segments/types';
import { useI18n } from '../i18n/I18nContext';
import { SchemeClasses } from './SchemeClasses';

const SCORES = [1, 2, 3, 4, 5] as const;

/** The customer list filtered to exactly one cell: this recency score and this frequency score. */
const rfCellPath = (r: number, f: number): string => `/?rMin=${r}&rMax=${r}&fMin=${f}&fMax=${f}`;

/**
 * The R×F grid as a heat map: a table of 5×5 cells, each coloured by how many customers have that recency and
 * frequency score (x-charts draws heat maps only in its paid edition; a table also reads aloud and prints). Recent
 * buyers on top, frequent ones on the right; a cell opens the list of its customers (R and F score ranges).
 */
function RfmGrid({ overview }: { readonly overview: RfmOverview }) {
  const { t, format } = useI18n();
  const theme = useTheme();
  const titleId = useId();
  const count = new Map(overview.grid.map((c) => [`${c.r}:${c.f}`, c.customers]));
  const max = Math.max(1, ...overview.grid.map((c) => c.customers));
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography id={titleId} variant="h3" component="figcaption" sx={{ mb: 0.5 }}>
        {t('segmentsPage.rfGrid')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('segmentsPage.rfGridNote')}
      </Typography>
      <Table aria-labelledby={titleId} size="small" sx={{ tableLayout: 'fixed', maxWidth: 480 }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '22%' }}>{t('segmentsPage.rfCorner')}</TableCell>
            {SCORES.map((f) => (
              <TableCell key={f} align="center">
                {t('segmentsPage.fScore', { score: f })}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {[...SCORES].reverse().map((r) => (
            <TableRow key={r}>
              <TableCell component="th" scope="row">
                {t('segmentsPage.rScore', { score: r })}
              </TableCell>
              {SCORES.map((f) => {
                const n = count.get(`${r}:${f}`) ?? 0;
                const strength = n / max;
                return (
                  <TableCell
                    key={f}
                    align="center"
                    data-testid={`rf-${r}-${f}`}
                    sx={{
                      fontVariantNumeric: 'tabular-nums',
                      bgcolor: n > 0 ? alpha(theme.palette.primary.main, 0.08 + 0.8 * strength) : undefined,
                      color: strength > 0.55 ? theme.palette.primary.contrastText : undefined,
                      border: `1px solid ${theme.palette.background.paper}`,
                    }}
                  >
                    {n > 0 ? (
                      <Link
                        component={RouterLink}
                        to={rfCellPath(r, f)}
                        color="inherit"
                        aria-label={t('segmentsPage.rfCell', { r, f, count: n })}
                      >
                        {format.number(n)}
                      </Link>
                    ) : (
                      format.number(n)
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** RFM: the eight groups (and no purchase) with their table, the R×F grid and the averages they are judged against. */
export function RfmSection({ overview }: { readonly overview: RfmOverview }) {
  const { t, format, language } = useI18n();
  const averages = overview.averages;
  return (
    <Grid container spacing={2.5}>
      <Grid size={12}>
        <Paper sx={{ p: 2.5 }}>
          <SchemeClasses overview={overview} title={t('segmentsPage.rfmGroups')} />
        </Paper>
      </Grid>
      <Grid size={12}>
        <Paper sx={{ p: 2.5 }}>
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 7 }}>
              <RfmGrid overview={overview} />
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Typography variant="h3" sx={{ mb: 1 }}>
                {t('segmentsPage.rfmHow')}
              </Typography>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {t(`segmentsPage.rfmMethod.${overview.method}`)} {t(`segmentsPage.rfmTies.${overview.tieRule}`)}{' '}
                {t(`segmentsPage.rfmGroupBasis.${overview.groupBasis}`)}
              </Typography>
              {averages && (
                <Typography variant="body2" color="text.secondary">
                  {t('segmentsPage.rfmAverages', {
                    days: format.number(Math.round(averages.recencyDays)),
                    purchases: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(averages.frequency),
                    amount: format.money(Math.round(averages.monetaryCents)),
                  })}
                </Typography>
              )}
            </Grid>
          </Grid>
        </Paper>
      </Grid>
    </Grid>
  );
}
