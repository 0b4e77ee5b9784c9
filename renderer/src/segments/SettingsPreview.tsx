import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../shared/contract';
import { CLASSES } from '../../../shared/segments/classes';
import type { SchemeCounts } from '../../../shared/segments/types';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { classLabel } from './labels';
import { segmentQueries } from './queries';

function SchemePreview({ counts }: { readonly counts: SchemeCounts }) {
  const { t, format } = useI18n();
  const scheme = counts.scheme;
  const name = t(`segments.scheme.${scheme}`);
  const signed = (n: number): string => (n > 0 ? `+${format.number(n)}` : n === 0 ? '' : format.number(n));
  return (
    <Box>
      <Typography variant="h3" sx={{ mt: 1.5, mb: 0.5 }}>
        {name}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {t('segmentsPage.preview.moved', { count: counts.moved })}
        </Typography>
      </Typography>
      <Table size="small" aria-label={t('segmentsPage.preview.tableOf', { scheme: name })}>
        <TableHead>
          <TableRow>
            <TableCell>{t('segmentsPage.class')}</TableCell>
            <TableCell align="right">{t('segmentsPage.preview.now')}</TableCell>
            <TableCell align="right">{t('segmentsPage.preview.proposed')}</TableCell>
            <TableCell align="right">{t('segmentsPage.preview.change')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {CLASSES[scheme].map((c) => {
            const now = counts.current[c] ?? 0;
            const proposed = counts.proposed[c] ?? 0;
            return (
              <TableRow key={c}>
                <TableCell>{classLabel(t, scheme, c)}</TableCell>
                <TableCell align="right">{format.number(now)}</TableCell>
                <TableCell align="right">{format.number(proposed)}</TableCell>
                <TableCell
                  align="right"
                  sx={{ color: proposed > now ? 'success.main' : proposed < now ? 'error.main' : undefined }}
                >
                  {signed(proposed - now)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

/** How many customers each class would have under the proposed thresholds, and how many would move. */
export function SettingsPreview({ input }: { readonly input: Input<'segments.preview'> | null }) {
  const { t, format } = useI18n();
  const preview = useQuery(segmentQueries.preview(input));
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label={t('segmentsPage.preview.title')}>
      <Typography variant="h2">{t('segmentsPage.preview.title')}</Typography>
      <Box sx={{ height: 4, my: 0.5 }}>{preview.isFetching && <LinearProgress aria-hidden />}</Box>
      {preview.isError && <QueryError error={preview.error} />}
      {preview.data && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('segmentsPage.range', {
              from: format.calendarDate(preview.data.period.from),
              to: format.calendarDate(preview.data.period.to),
            })}
          </Typography>
          <Typography variant="body1" sx={{ fontWeight: 600, mt: 1 }} data-testid="preview-moved">
            {t('segmentsPage.preview.movedTotal', { count: preview.data.moved })}
          </Typography>
          {preview.data.schemes.map((s) => (
            <SchemePreview key={s.scheme} counts={s} />
          ))}
        </>
      )}
    </Paper>
  );
}
