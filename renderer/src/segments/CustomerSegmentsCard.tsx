import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Scheme } from '../../../shared/segments/classes';
import { reasonText } from '../../../shared/segments/reason-text';
import type { PeriodSettings } from '../../../shared/segments/settings';
import type { ClassChange, CustomerSegments, SegmentPeriod } from '../../../shared/segments/types';
import { useI18n, type I18n } from '../i18n/I18nContext';
import { classLabel, classListPath } from './labels';
import { segmentQueries } from './queries';

const CARD_SCHEMES = ['abc', 'rfm', 'frequency', 'value', 'lifecycle'] as const;
/** Changes listed before "and N earlier". */
const HISTORY_SHOWN = 8;

/** "近 12 个月" for a rolling period, the dates for a fixed one. */
function periodText({ t, format }: I18n, settings: PeriodSettings | undefined, period: SegmentPeriod): string {
  if (settings?.kind === 'rolling') return t('segmentsPage.lastMonths', { count: settings.months });
  return t('segmentsPage.range', { from: format.calendarDate(period.from), to: format.calendarDate(period.to) });
}

function ChangeIcon({ direction }: { readonly direction: ClassChange['direction'] }) {
  const { t } = useI18n();
  if (direction === 'up')
    return <ArrowUpwardIcon fontSize="inherit" color="success" aria-label={t('segmentsPage.up')} />;
  if (direction === 'down')
    return <ArrowDownwardIcon fontSize="inherit" color="error" aria-label={t('segmentsPage.down')} />;
  if (direction === 'new')
    // Words, not the "NEW" icon: at the list's text size its letters could not be read.
    return (
      <Typography component="span" variant="caption" color="text.secondary">
        {t('segmentsPage.first')}
      </Typography>
    );
  return null;
}

/** The customer's class changes, newest first: date, scheme, old → new, up or down. */
function History({ history }: { readonly history: CustomerSegments['history'] }) {
  const { t, format } = useI18n();
  const titleId = useId();
  const name = (scheme: Scheme, value: string | null): string =>
    value === null ? t('common.empty') : classLabel(t, scheme, value);
  return (
    <Box sx={{ mt: 2 }}>
      <Typography id={titleId} variant="h3" sx={{ mb: 0.5 }}>
        {t('segmentsPage.history')}
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('segmentsPage.noHistory')}
        </Typography>
      ) : (
        <Box component="ul" aria-labelledby={titleId} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {history.slice(0, HISTORY_SHOWN).map((c) => (
            <Box
              component="li"
              key={`${c.changedOn}-${c.scheme}`}
              sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.25, typography: 'body2' }}
            >
              <Box component="span" sx={{ color: 'text.secondary', minWidth: 96 }}>
                {format.calendarDate(c.changedOn)}
              </Box>
              <span>
                {t('segmentsPage.change', {
                  scheme: t(`segments.scheme.${c.scheme}`),
                  from: name(c.scheme, c.oldClass),
                  to: name(c.scheme, c.newClass),
                })}
              </span>
              <ChangeIcon direction={c.direction} />
            </Box>
          ))}
        </Box>
      )}
      {history.length > HISTORY_SHOWN && (
        <Typography variant="body2" color="text.secondary">
          {t('segmentsPage.earlierChanges', { count: history.length - HISTORY_SHOWN })}
        </Typography>
      )}
    </Box>
  );
}

/** The customer's classes, each with the figures behind it, and how they changed over time. */
export function CustomerSegmentsCard({ customerId }: { readonly customerId: string }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const segments = useQuery(segmentQueries.customer(customerId));
  const settings = useQuery(segmentQueries.settings());
  const titleId = useId();
  const data = segments.data;

  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2.5 }}>
      <Typography id={titleId} variant="h2">
        {t('segmentsPage.cardTitle')}
      </Typography>
      {data?.computedAt && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t(data.current ? 'segmentsPage.cardAsOf' : 'segmentsPage.cardAsOfPending', {
            computedAt: format.dateTime(data.computedAt),
          })}
        </Typography>
      )}
      {segments.isError && (
        <Typography variant="body2" color="text.secondary">
          {t('segmentsPage.cardUnavailable')}
        </Typography>
      )}
      {data && (!data.classes || !data.reasons || !data.period) && (
        <Typography variant="body2" color="text.secondary">
          {t('segmentsPage.cardNotYet')}
        </Typography>
      )}
      {data?.classes && data.reasons && data.period && (
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 1 }}>
          {CARD_SCHEMES.map((scheme) => {
            const value = data.classes![scheme];
            const period = periodText(i18n, settings.data?.settings.period, data.period!);
            return (
              <Box key={scheme} sx={{ display: 'contents' }} data-testid={`class-${scheme}`}>
                <Box component="dt" sx={{ typography: 'body2', color: 'text.secondary', pt: 0.25 }}>
                  {t(`segments.scheme.${scheme}`)}
                </Box>
                <Box component="dd" sx={{ m: 0, typography: 'body2' }}>
                  <Chip
                    size="small"
                    color={scheme === 'abc' || scheme === 'value' ? 'primary' : 'default'}
                    variant="outlined"
                    label={
                      <Link component={RouterLink} to={classListPath(scheme, value)} underline="none" color="inherit">
                        {classLabel(t, scheme, value)}
                      </Link>
                    }
                    sx={{ mr: 1, height: 22 }}
                  />
                  {reasonText(i18n, scheme, data.reasons!, data.classes!, period)}
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
      {data && <History history={data.history} />}
    </Paper>
  );
}
