/** One branch at head office: its figures and its customers by class (ABC, value, lifecycle). */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useParams } from 'react-router';
import { ABC_CLASSES, LIFECYCLE_STAGES, VALUE_CLASSES, type ClassCounts } from '../../../shared/hq/types';
import { classLabelKey, schemeLabelKey } from '../../../shared/segments/labels';
import { FigureTiles } from '../callbacks/FigureTiles';
import { CountBarChart } from '../components/CountBarChart';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nContext';
import { decimalText, percentText } from './format';
import { HqError } from './HqError';
import { hqQueries } from './queries';

const SCHEMES = [
  ['abc', ABC_CLASSES],
  ['value', VALUE_CLASSES],
  ['lifecycle', LIFECYCLE_STAGES],
] as const;

export function BranchPage() {
  const { t, format } = useI18n();
  const { id = '' } = useParams();
  const branch = useQuery(hqQueries.branch(id));
  const back = (
    <Button component={RouterLink} to="/" startIcon={<ArrowBackIcon />}>
      {t('hq.branch.back')}
    </Button>
  );
  if (branch.isError)
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        {back}
        <HqError error={branch.error} />
      </Stack>
    );
  const b = branch.data;
  if (!b) return null;
  const classCount = (scheme: keyof ClassCounts, cls: string) =>
    (b.classes[scheme] as Readonly<Record<string, number>>)[cls] ?? 0;
  return (
    <Stack spacing={2.5}>
      <PageHeader title={b.name} subtitle={t('hq.branch.code', { code: b.code })} actions={back} />
      <section aria-label={t('hq.branch.figures')}>
        <FigureTiles
          figures={[
            { key: 'customers', label: t('hq.figure.customers'), value: format.number(b.customers) },
            {
              key: 'reach',
              label: t('hq.figure.reachRate'),
              value: percentText(format, b.reachRate),
              note: t('hq.figure.reachValue', { reached: b.callbacksReached, planned: b.callbacksPlanned }),
            },
            {
              key: 'satisfaction',
              label: t('hq.figure.satisfaction'),
              value: decimalText(format, b.satisfactionAverage),
              note: t('hq.figure.satisfactionValue', {
                average: decimalText(format, b.satisfactionAverage),
                count: b.satisfactionScored,
              }),
            },
            { key: 'complaints', label: t('hq.figure.complaints'), value: format.number(b.complaints) },
            { key: 'per10k', label: t('hq.figure.per10k'), value: decimalText(format, b.complaintsPer10k) },
            {
              key: 'overdue',
              label: t('hq.figure.overdue'),
              value: format.number(b.complaintsOverdue),
              tone: b.complaintsOverdue > 0 ? 'warning' : 'default',
            },
            {
              key: 'lastPush',
              label: t('hq.figure.lastPush'),
              value: b.lastPushAt ? format.dateTime(b.lastPushAt) : t('hq.neverPushed'),
            },
          ]}
          minWidth={170}
        />
      </section>
      <Box
        component="section"
        aria-label={t('hq.branch.classes')}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, minmax(0, 1fr))' } }}
      >
        {SCHEMES.map(([scheme, classes]) => (
          <Paper key={scheme} variant="outlined" sx={{ p: 2.5 }}>
            <CountBarChart
              title={t(schemeLabelKey(scheme))}
              labelHeader={t(schemeLabelKey(scheme))}
              countHeader={t('hq.figure.customers')}
              bars={classes.map((cls) => ({
                key: cls,
                label: t(classLabelKey(scheme, cls)),
                count: classCount(scheme, cls),
                countText: format.number(classCount(scheme, cls)),
              }))}
            />
          </Paper>
        ))}
      </Box>
    </Stack>
  );
}
