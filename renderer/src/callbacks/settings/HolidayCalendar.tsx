/** The holiday calendar of a year, with a row to add one day and the official calendar to load a whole year. */
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { holidaysSetInput } from '../../../../shared/callbacks/schemas';
import type { Holiday } from '../../../../shared/callbacks/types';
import { HOLIDAY_KINDS } from '../../../../shared/callbacks/vocabulary';
import { DossierError } from '../../../../shared/result';
import { FormSelectField } from '../../components/FormSelectField';
import { FormTextField } from '../../components/FormTextField';
import { SelectField } from '../../components/SelectField';
import { issueMessage } from '../../errors';
import { useI18n } from '../../i18n/I18nContext';
import { LoadCalendarDialog } from './LoadCalendarDialog';
import { useSetHolidays } from './useSetHolidays';

/** One day of the calendar, as the contract checks each one. */
const holidayInput = holidaysSetInput.shape.holidays.element;
type HolidayForm = z.input<typeof holidayInput>;
type HolidayValues = z.output<typeof holidayInput>;

export function HolidayCalendar({ holidays }: { readonly holidays: readonly Holiday[] }) {
  const { t, format, language } = useI18n();
  const thisYear = new Date().getFullYear();
  const years = useMemo(
    () =>
      [...new Set([thisYear, thisYear + 1, ...holidays.map((h) => Number(h.date.slice(0, 4)))])].sort((a, b) => a - b),
    [holidays, thisYear],
  );
  const [year, setYear] = useState(thisYear);
  const [loading, setLoading] = useState(false);
  const weekday = useMemo(() => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }), [language]);
  const shown = holidays.filter((h) => h.date.startsWith(`${year}-`));
  const form = useForm<HolidayForm, unknown, HolidayValues>({
    resolver: zodResolver(holidayInput),
    mode: 'onTouched',
    defaultValues: { date: '', kind: 'holiday', name: '' },
  });
  const date = useWatch({ control: form.control, name: 'date' });

  const add = useSetHolidays({
    onSaved: (_result, input) => {
      const added = input.holidays[0];
      form.reset({ date: '', kind: added?.kind ?? 'holiday', name: '' });
      setYear(Number(added?.date.slice(0, 4)) || year);
    },
    // Whatever the core refuses about the day is said under its date.
    onFailed: (error) => {
      const issue = error instanceof DossierError && error.code === 'validation' ? error.issues[0] : undefined;
      if (issue) form.setError('date', { type: 'server', message: issueMessage(t, issue.code) });
      return issue !== undefined;
    },
  });
  const remove = useSetHolidays();
  const submitAdd = form.handleSubmit((day) => add.save({ holidays: [day] }));

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <SelectField
          size="small"
          label={t('callbackSettings.year')}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          sx={{ width: 120 }}
        />
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} onClick={() => setLoading(true)}>
          {t('callbackSettings.load')}
        </Button>
      </Stack>
      {shown.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('callbackSettings.noHolidays', { year })}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('callbackSettings.holidaysTable', { year })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('callbackSettings.date')}</TableCell>
              <TableCell>{t('callbackSettings.weekday')}</TableCell>
              <TableCell>{t('callbackSettings.kind')}</TableCell>
              <TableCell>{t('callbackSettings.holidayName')}</TableCell>
              <TableCell padding="checkbox" />
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((h) => (
              <TableRow key={h.date} hover>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.calendarDate(h.date)}</TableCell>
                <TableCell>{weekday.format(new Date(`${h.date}T00:00:00Z`))}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={h.kind === 'holiday' ? 'error' : 'primary'}
                    label={t(`callbackSettings.kind.${h.kind}`)}
                  />
                </TableCell>
                <TableCell>
                  {h.name}
                  {h.fromHq && (
                    <Tooltip title={t('callbackSettings.holidayFromHqHint')}>
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t('callbackSettings.holidayFromHq')}
                        sx={{ ml: 1 }}
                      />
                    </Tooltip>
                  )}
                </TableCell>
                <TableCell padding="checkbox">
                  {!h.fromHq && (
                    <IconButton
                      size="small"
                      aria-label={t('callbackSettings.removeHoliday', { date: format.calendarDate(h.date) })}
                      disabled={remove.isPending}
                      onClick={() => void remove.save({ holidays: [], remove: [h.date] })}
                    >
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <FormTextField
          control={form.control}
          name="date"
          size="small"
          type="date"
          label={t('callbackSettings.date')}
          sx={{ width: 180 }}
        />
        <FormSelectField
          control={form.control}
          name="kind"
          size="small"
          label={t('callbackSettings.kind')}
          options={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`callbackSettings.kind.${k}`) }))}
          sx={{ width: 160 }}
        />
        <FormTextField
          control={form.control}
          name="name"
          size="small"
          label={t('callbackSettings.name')}
          slotProps={{ htmlInput: { maxLength: 50 } }}
          sx={{ flex: 1 }}
        />
        <Button
          startIcon={<AddIcon />}
          onClick={() => void submitAdd()}
          disabled={!date || add.isPending}
          sx={{ mt: 0.5 }}
        >
          {t('action.add')}
        </Button>
      </Stack>
      <LoadCalendarDialog open={loading} onClose={() => setLoading(false)} onLoaded={(y) => setYear(y)} />
    </Stack>
  );
}
