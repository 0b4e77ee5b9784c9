import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { CampaignPreview as Preview } from '../../../shared/callbacks/types';
import type { Staff } from '../../../shared/staff/types';
import { BorderedTable } from '../components/BorderedTable';
import { CountBarChart } from '../components/CountBarChart';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { FigureTiles } from './FigureTiles';

/** Overflowing customers named in the warning before "and N more". */
const OVERFLOW_NAMES = 10;

/** What creating the campaign would do: counts, load per staff member and per day, and the first assignments. */
export function CampaignPreview({ preview, staff }: { readonly preview: Preview; readonly staff: readonly Staff[] }) {
  const { t, format, language } = useI18n();
  const n = format.number;
  const staffTitle = useId();
  const sampleTitle = useId();
  // Staff plan by the weekday: "Tue, Dec 1", "12月1日周二".
  const dayFormat = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const day = (date: string): string => dayFormat.format(new Date(`${date}T00:00:00Z`));
  const staffName = new Map(staff.map((s) => [s.id, staffLabel(t, s)]));
  const overflowNames = preview.overflowSample.slice(0, OVERFLOW_NAMES).map((c) => c.customerName);

  return (
    <Stack spacing={2.5}>
      <FigureTiles
        size="small"
        figures={[
          { key: 'selected', label: t('campaigns.preview.selected'), value: n(preview.selected) },
          { key: 'skipped', label: t('campaigns.preview.skippedOpen'), value: n(preview.skippedOpen) },
          { key: 'assigned', label: t('campaigns.preview.assigned'), value: n(preview.assigned), tone: 'primary' },
          {
            key: 'overflow',
            label: t('campaigns.preview.overflow'),
            value: n(preview.overflow),
            tone: preview.overflow > 0 ? 'warning' : 'default',
          },
          { key: 'capacity', label: t('campaigns.preview.capacity'), value: n(preview.capacity) },
          { key: 'days', label: t('campaigns.preview.days'), value: n(preview.days.length) },
        ]}
      />

      {preview.days.length === 0 ? (
        <Alert severity="warning">{t('campaigns.preview.noDays')}</Alert>
      ) : preview.selected === 0 ? (
        <Alert severity="warning">{t('campaigns.preview.noCustomers')}</Alert>
      ) : preview.assigned === 0 ? (
        <Alert severity="warning">{t('campaigns.preview.nothingToPlan')}</Alert>
      ) : null}
      {preview.overflow > 0 && preview.assigned > 0 && (
        <Alert severity="warning">
          {t('campaigns.preview.overflowHint', { count: preview.overflow })}
          {overflowNames.length > 0 && (
            <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
              {overflowNames.join(t('common.listSeparator'))}
              {preview.overflow > overflowNames.length &&
                t('campaigns.preview.andMore', { count: n(preview.overflow - overflowNames.length) })}
            </Box>
          )}
        </Alert>
      )}

      {preview.assigned > 0 && (
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="h3" id={staffTitle} sx={{ mb: 1 }}>
              {t('campaigns.preview.perStaff')}
            </Typography>
            <Table aria-labelledby={staffTitle}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('campaigns.preview.staffMember')}</TableCell>
                  <TableCell align="right">{t('campaigns.preview.calls')}</TableCell>
                  <TableCell align="right">{t('campaigns.preview.perDayRange')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.perStaff.map((s) => (
                  <TableRow key={s.staffId}>
                    <TableCell>{staffLabel(t, s.staffName)}</TableCell>
                    <TableCell align="right">{n(s.count)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {t('campaigns.preview.minMax', { min: n(s.minPerDay), max: n(s.maxPerDay) })}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Box sx={{ maxHeight: 320, overflowY: 'auto' }}>
              <CountBarChart
                title={t('campaigns.preview.perDay')}
                labelHeader={t('campaigns.preview.day')}
                countHeader={t('campaigns.preview.calls')}
                bars={preview.perDay.map((d) => ({
                  key: d.date,
                  label: day(d.date),
                  count: d.count,
                  countText: n(d.count),
                }))}
              />
            </Box>
          </Grid>
        </Grid>
      )}

      {preview.sample.length > 0 && (
        <Box>
          <Typography variant="h3" id={sampleTitle} sx={{ mb: 0.5 }}>
            {t('campaigns.preview.sample')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('campaigns.preview.sampleShown', { shown: n(preview.sample.length), total: preview.assigned })}
          </Typography>
          <BorderedTable maxHeight={300} aria-labelledby={sampleTitle}>
            <TableHead>
              <TableRow>
                <TableCell>{t('campaigns.preview.dueOn')}</TableCell>
                <TableCell>{t('campaigns.preview.customer')}</TableCell>
                <TableCell>{t('campaigns.preview.staffMember')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.sample.map((a) => (
                <TableRow key={a.customerId}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{day(a.dueOn)}</TableCell>
                  <TableCell>{a.customerName}</TableCell>
                  <TableCell>{staffName.get(a.staffId) ?? t('common.empty')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </BorderedTable>
        </Box>
      )}
    </Stack>
  );
}
