import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { daysBetween, expiryStatus } from '../../../shared/risk/matching';
import { localDate } from '../../../shared/rules/calendar';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { AssessDialog } from './AssessDialog';
import { riskQueries } from './queries';

/** The customer's risk tolerance: level, assessed, expiry (amber within 30 days, red once expired), and Assess. */
export function RiskCard({ customerId }: { readonly customerId: string }) {
  const { t, format } = useI18n();
  const risk = useQuery(riskQueries.customer(customerId));
  const [assessing, setAssessing] = useState(false);
  const today = localDate();
  const current = risk.data?.current ?? null;
  const status = current ? expiryStatus(current.expiresOn, today) : null;
  const earlier = risk.data?.history.slice(1) ?? [];

  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label={t('risk.card.title')}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" sx={{ flex: 1 }}>
          {t('risk.card.title')}
        </Typography>
        <Button onClick={() => setAssessing(true)}>{t('risk.assess')}</Button>
      </Stack>
      {risk.isError && <QueryError error={risk.error} />}
      {risk.data && !current && (
        <Typography variant="body2" color="text.secondary">
          {t('risk.card.none')}
        </Typography>
      )}
      {current && (
        <Stack spacing={1}>
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip
              color={status === 'expired' ? 'default' : 'primary'}
              label={t(`riskLevel.${current.level}`)}
              data-testid="risk-level"
            />
            <Typography variant="body2" color="text.secondary">
              {t('risk.card.assessedOn', { date: format.calendarDate(current.assessedOn) })}
            </Typography>
            <Typography
              variant="body2"
              sx={{ fontWeight: status === 'valid' ? 400 : 600 }}
              color={status === 'expired' ? 'error.main' : status === 'expiring' ? 'warning.dark' : 'text.secondary'}
            >
              {t('risk.card.expiresOn', { date: format.calendarDate(current.expiresOn) })}
            </Typography>
          </Box>
          {status === 'expired' && <Alert severity="error">{t('risk.card.expired')}</Alert>}
          {status === 'expiring' && (
            <Alert severity="warning">
              {t('risk.card.expiresIn', { count: daysBetween(today, current.expiresOn) })}
            </Alert>
          )}
          {current.notes && (
            <Typography variant="body2" color="text.secondary">
              {current.notes}
            </Typography>
          )}
          {earlier.length > 0 && (
            <Typography variant="caption" color="text.secondary">
              {t('risk.card.history')}:{' '}
              {earlier.map((a) => `${format.calendarDate(a.assessedOn)} ${t(`riskLevel.${a.level}`)}`).join(' · ')}
            </Typography>
          )}
        </Stack>
      )}
      {assessing && (
        <AssessDialog customerId={customerId} level={current?.level ?? null} onClose={() => setAssessing(false)} />
      )}
    </Paper>
  );
}
