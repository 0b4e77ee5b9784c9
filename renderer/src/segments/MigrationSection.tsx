import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { alpha, useTheme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { localDate } from '../../../shared/rules/calendar';
import { segmentContract } from '../../../shared/segments/contract';
import type { ComputedScheme, SegmentMigration } from '../../../shared/segments/types';
import { QueryError } from '../components/QueryError';
import { issueMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { classLabel, shareLabel } from './labels';
import { segmentQueries } from './queries';

/** YYYY-MM moved by whole months. */
function shiftMonth(month: string, months: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The matrix: a row per class at the first month end, a column per class at the second, stability at the end. */
function MigrationTable({ migration }: { readonly migration: SegmentMigration }) {
  const { t, format, language } = useI18n();
  const theme = useTheme();
  const titleId = useId();
  const scheme = migration.scheme;
  const count = new Map(migration.cells.map((c) => [`${c.from ?? ''}>${c.to}`, c.customers]));
  const stability = new Map(migration.stability.map((s) => [s.class, s]));
  const hasNew = migration.cells.some((c) => c.from === null);
  const rows: (string | null)[] = [...migration.classes, ...(hasNew ? [null] : [])];
  const name = (c: string | null): string => (c === null ? t('segmentsPage.migrationNew') : classLabel(t, scheme, c));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Typography id={titleId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('segmentsPage.migrationCaption', {
          from: format.calendarDate(migration.fromDate),
          to: format.calendarDate(migration.toDate),
        })}
      </Typography>
      <Table aria-labelledby={titleId} size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('segmentsPage.migrationCorner')}</TableCell>
            {migration.classes.map((c) => (
              <TableCell key={c} align="right" sx={{ whiteSpace: 'nowrap' }}>
                {name(c)}
              </TableCell>
            ))}
            <TableCell align="right">{t('segmentsPage.stability')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((from) => {
            const s = from === null ? undefined : stability.get(from);
            return (
              <TableRow key={from ?? '—new'}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {name(from)}
                </TableCell>
                {migration.classes.map((to) => {
                  const n = count.get(`${from ?? ''}>${to}`) ?? 0;
                  return (
                    <TableCell
                      key={to}
                      align="right"
                      sx={{
                        fontVariantNumeric: 'tabular-nums',
                        bgcolor: from === to && n > 0 ? alpha(theme.palette.primary.main, 0.12) : undefined,
                        color: n === 0 ? 'text.disabled' : undefined,
                      }}
                    >
                      {format.number(n)}
                    </TableCell>
                  );
                })}
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {s && s.share !== null
                    ? t('segmentsPage.stayed', {
                        share: shareLabel(language, s.share),
                        stayed: format.number(s.stayed),
                        customers: format.number(s.customers),
                      })
                    : t('common.empty')}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

/** How customers moved between the classes of a scheme from one month end to another (周期性判断, 客户稳定度判断). */
export function MigrationSection({ scheme }: { readonly scheme: ComputedScheme }) {
  const { t } = useI18n();
  const thisMonth = localDate().slice(0, 7);
  const [from, setFrom] = useState(shiftMonth(thisMonth, -4));
  const [to, setTo] = useState(shiftMonth(thisMonth, -1));
  const parsed = segmentContract['segments.migration'].input.safeParse({ scheme, from, to });
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  const migration = useQuery(segmentQueries.migration(parsed.success ? parsed.data : null));
  const width = { width: { xs: '100%', sm: 180 } };
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label={t('segmentsPage.migration')}>
      <Typography variant="h3" sx={{ mb: 0.5 }}>
        {t('segmentsPage.migration')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('segmentsPage.migrationNote')}
      </Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        <TextField
          type="month"
          label={t('segmentsPage.migrationFrom')}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={issue?.path[0] === 'from'}
          helperText={issue?.path[0] === 'from' ? issueMessage(t, issue.message) : undefined}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={width}
        />
        <TextField
          type="month"
          label={t('segmentsPage.migrationTo')}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={issue !== undefined && issue.path[0] !== 'from'}
          helperText={issue && issue.path[0] !== 'from' ? issueMessage(t, issue.message) : undefined}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={width}
        />
      </Stack>
      {migration.isError && <QueryError error={migration.error} />}
      {migration.data && parsed.success && (
        <>
          {!migration.data.complete && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('segmentsPage.migrationIncomplete')}
            </Alert>
          )}
          <MigrationTable migration={migration.data} />
        </>
      )}
    </Paper>
  );
}
