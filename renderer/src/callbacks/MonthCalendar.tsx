import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DayCount } from '../../../shared/callbacks/types';
import { useI18n } from '../i18n/I18nContext';

interface MonthCalendarProps {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly days: readonly DayCount[];
  readonly today: string;
  readonly selected: string | null;
  readonly onSelect: (day: string | null) => void;
  readonly onMonth: (month: string) => void;
}

function shiftMonth(month: string, by: number): string {
  const [y = 2000, m = 1] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** A month of call-backs, Monday first: each day shows how many are due; non-working days are shaded. */
export function MonthCalendar({ month, days, today, selected, onSelect, onMonth }: MonthCalendarProps) {
  const { t, language } = useI18n();
  const first = new Date(`${month}-01T00:00:00Z`);
  const lead = (first.getUTCDay() + 6) % 7;
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  const title = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(first);
  const longDay = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const headers = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));

  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <IconButton aria-label={t('queue.prevMonth')} onClick={() => onMonth(shiftMonth(month, -1))} size="small">
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="h3" component="h2" sx={{ minWidth: 140, textAlign: 'center' }}>
          {title}
        </Typography>
        <IconButton aria-label={t('queue.nextMonth')} onClick={() => onMonth(shiftMonth(month, 1))} size="small">
          <ChevronRightIcon />
        </IconButton>
      </Stack>
      <Box
        role="grid"
        aria-label={title}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5 }}
      >
        {headers.map((h) => (
          <Typography key={h} variant="caption" color="text.secondary" sx={{ textAlign: 'center' }} role="columnheader">
            {h}
          </Typography>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <Box key={`lead-${i}`} />
        ))}
        {days.map((d) => {
          const isSelected = selected === d.date;
          return (
            <ButtonBase
              key={d.date}
              role="gridcell"
              aria-selected={isSelected}
              aria-label={`${longDay.format(new Date(`${d.date}T00:00:00Z`))}: ${t('queue.dayCount', { count: d.count })}`}
              onClick={() => onSelect(isSelected ? null : d.date)}
              sx={{
                flexDirection: 'column',
                alignItems: 'stretch',
                height: 56,
                borderRadius: 1,
                border: 1,
                borderColor: isSelected ? 'primary.main' : d.date === today ? 'primary.light' : 'divider',
                bgcolor: isSelected ? 'primary.50' : d.working ? 'background.paper' : 'grey.100',
                px: 1,
                py: 0.5,
              }}
            >
              <Typography
                variant="caption"
                sx={{ textAlign: 'left', fontWeight: d.date === today ? 700 : 400 }}
                color={d.working ? 'text.primary' : 'text.secondary'}
              >
                {Number(d.date.slice(8))}
              </Typography>
              {d.count > 0 && (
                <Typography
                  variant="body2"
                  sx={{ textAlign: 'right', fontWeight: 600 }}
                  color={d.date < today ? 'error.main' : 'primary.main'}
                >
                  {d.count}
                </Typography>
              )}
            </ButtonBase>
          );
        })}
      </Box>
    </Paper>
  );
}
