/**
 * Call-back settings in Settings: the retry limit, the answer categories, default cadences per tag (saved together),
 * and the holiday calendar with make-up working days (调休), which applies at once and moves open call-backs.
 */
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../components/QueryError';
import { useT } from '../../i18n/I18nContext';
import { callbackQueries } from '../queries';
import { HolidayCalendar } from './HolidayCalendar';
import { RulesForm } from './RulesForm';

export function CallbackSettingsSection() {
  const t = useT();
  const settings = useQuery(callbackQueries.settings());
  return (
    <>
      <Paper component="section" sx={{ p: 2.5 }} aria-label={t('callbackSettings.title')}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('callbackSettings.title')}
        </Typography>
        {settings.isError && <QueryError error={settings.error} />}
        {/* A fresh draft whenever the saved settings change. */}
        {settings.data && <RulesForm key={settings.dataUpdatedAt} saved={settings.data} />}
      </Paper>
      <Paper component="section" sx={{ p: 2.5 }} aria-label={t('callbackSettings.holidays')}>
        <Typography variant="h2" sx={{ mb: 0.5 }}>
          {t('callbackSettings.holidays')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('callbackSettings.holidaysHint')}
        </Typography>
        {settings.data && <HolidayCalendar holidays={settings.data.holidays} />}
      </Paper>
    </>
  );
}
