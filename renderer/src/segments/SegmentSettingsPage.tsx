import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ABC_CLASSES, RFM_GROUPS } from '../../../shared/segments/classes';
import {
  ABC_BASES,
  ABC_METHODS,
  RFM_GROUP_BASES,
  RFM_METHODS,
  RFM_TIE_RULES,
  segmentSettings,
  type PeriodSettings,
  type SegmentSettings,
} from '../../../shared/segments/settings';
import { useSave } from '../api/useSave';
import { FormSection } from '../components/FormSection';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { issueMessage } from '../errors';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useI18n } from '../i18n/I18nContext';
import { classLabel } from './labels';
import { segmentQueries, SETTINGS_STALE } from './queries';
import { CheckboxSet, NumberField } from './SettingsFields';
import { SettingsPreview } from './SettingsPreview';

const PREVIEW_DELAY_MS = 400;
const PERIOD_KINDS: readonly PeriodSettings['kind'][] = ['rolling', 'range'];
const CELL = { xs: 12, sm: 6 } as const;
const CUT_INDEXES = [0, 1, 2, 3] as const;

type Draft = SegmentSettings;

/** Every threshold of the classification, editable, checked by the same schema the core uses. */
function SettingsForm({ initial, defaults }: { readonly initial: Draft; readonly defaults: Draft }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(initial);
  // A new key redraws the fields from the draft (after restoring the defaults).
  const [formKey, setFormKey] = useState(0);
  const parsed = segmentSettings.safeParse(draft);
  const errors = new Map<string, string>();
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!errors.has(path)) errors.set(path, issueMessage(t, issue.message));
    }
  const error = (path: string): string | undefined => errors.get(path);
  const previewInput = useDebouncedValue(parsed.success ? parsed.data : null, PREVIEW_DELAY_MS);
  const save = useSave({
    channel: 'segments.saveSettings',
    invalidates: SETTINGS_STALE,
    notice: 'segmentsPage.settingsSaved',
  });

  const set = <S extends keyof Draft>(section: S, changes: Partial<Draft[S]>): void =>
    setDraft((d) => ({ ...d, [section]: { ...d[section], ...changes } }));
  const setCut = (key: 'recencyDays' | 'frequency' | 'monetaryCents', index: number, value: number): void =>
    setDraft((d) => ({ ...d, rfm: { ...d.rfm, [key]: d.rfm[key].map((v, i) => (i === index ? value : v)) } }));
  const setRatio = (index: number, value: number): void =>
    setDraft((d) => ({
      ...d,
      abc: { ...d.abc, ratio: d.abc.ratio.map((v, i) => (i === index ? value : v)) as Draft['abc']['ratio'] },
    }));
  const options = <V extends string>(values: readonly V[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));
  const period = draft.period;
  const unitDays = t('segmentsPage.unit.days');
  const unitMonths = t('segmentsPage.unit.months');
  const unitTimes = t('segmentsPage.unit.purchases');

  return (
    <Grid container spacing={2.5} key={formKey}>
      <Grid size={{ xs: 12, lg: 7 }}>
        <Stack spacing={2.5}>
          <FormSection title={t('segmentsPage.settings.period')}>
            <Grid size={CELL}>
              <SelectField
                fullWidth
                label={t('segmentsPage.settings.periodKind')}
                value={period.kind}
                options={options(PERIOD_KINDS, 'segmentsPage.periodKind')}
                onChange={(kind) =>
                  setDraft((d) => ({
                    ...d,
                    period:
                      kind === 'rolling'
                        ? { kind: 'rolling', months: 12 }
                        : {
                            kind: 'range',
                            from: `${new Date().getFullYear() - 1}-01-01`,
                            to: `${new Date().getFullYear() - 1}-12-31`,
                          },
                  }))
                }
              />
            </Grid>
            {period.kind === 'rolling' ? (
              <Grid size={CELL}>
                <NumberField
                  label={t('segmentsPage.settings.months')}
                  unit={unitMonths}
                  value={period.months}
                  onChange={(months) => setDraft((d) => ({ ...d, period: { kind: 'rolling', months } }))}
                  error={error('period.months')}
                />
              </Grid>
            ) : (
              (['from', 'to'] as const).map((end) => (
                <Grid size={CELL} key={end}>
                  <TextField
                    type="date"
                    fullWidth
                    label={t(`segmentsPage.settings.${end}`)}
                    value={period[end]}
                    onChange={(event) =>
                      setDraft((d) =>
                        d.period.kind === 'range' ? { ...d, period: { ...d.period, [end]: event.target.value } } : d,
                      )
                    }
                    error={error(`period.${end}`) !== undefined}
                    helperText={error(`period.${end}`)}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                </Grid>
              ))
            )}
          </FormSection>

          <FormSection title={t('segments.scheme.abc')}>
            <Grid size={CELL}>
              <SelectField
                fullWidth
                label={t('segmentsPage.settings.abcBasis')}
                value={draft.abc.basis}
                options={options(ABC_BASES, 'segmentsPage.basis')}
                onChange={(basis) => set('abc', { basis: basis as Draft['abc']['basis'] })}
              />
            </Grid>
            <Grid size={CELL}>
              <SelectField
                fullWidth
                label={t('segmentsPage.settings.abcMethod')}
                value={draft.abc.method}
                options={options(ABC_METHODS, 'segmentsPage.method')}
                onChange={(method) => set('abc', { method: method as Draft['abc']['method'] })}
              />
            </Grid>
            <Grid size={CELL}>
              <NumberField
                label={t('segmentsPage.settings.aMax')}
                unit="%"
                value={draft.abc.aMaxPercent}
                onChange={(aMaxPercent) => set('abc', { aMaxPercent })}
                error={error('abc.aMaxPercent')}
              />
            </Grid>
            <Grid size={CELL}>
              <NumberField
                label={t('segmentsPage.settings.bMax')}
                unit="%"
                value={draft.abc.bMaxPercent}
                onChange={(bMaxPercent) => set('abc', { bMaxPercent })}
                error={error('abc.bMaxPercent')}
              />
            </Grid>
            {ABC_CLASSES.map((c, i) => (
              <Grid size={4} key={c}>
                <NumberField
                  label={t('segmentsPage.settings.ratioPart', { class: c })}
                  value={draft.abc.ratio[i] ?? Number.NaN}
                  onChange={(v) => setRatio(i, v)}
                  error={error(`abc.ratio.${i}`)}
                />
              </Grid>
            ))}
          </FormSection>

          <FormSection title={t('segments.scheme.rfm')}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <SelectField
                fullWidth
                label={t('segmentsPage.settings.rfmMethod')}
                value={draft.rfm.method}
                options={options(RFM_METHODS, 'segmentsPage.rfmMethodName')}
                onChange={(method) => set('rfm', { method: method as Draft['rfm']['method'] })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <SelectField
                fullWidth
                label={t('segmentsPage.settings.tieRule')}
                value={draft.rfm.tieRule}
                options={options(RFM_TIE_RULES, 'segmentsPage.tieRuleName')}
                onChange={(tieRule) => set('rfm', { tieRule: tieRule as Draft['rfm']['tieRule'] })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <SelectField
                fullWidth
                label={t('segmentsPage.settings.groupBasis')}
                value={draft.rfm.groupBasis}
                options={options(RFM_GROUP_BASES, 'segmentsPage.groupBasisName')}
                onChange={(groupBasis) => set('rfm', { groupBasis: groupBasis as Draft['rfm']['groupBasis'] })}
              />
            </Grid>
            {(['recencyDays', 'frequency', 'monetaryCents'] as const).map((key) => (
              <Grid size={12} key={key}>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {t(`segmentsPage.settings.cuts.${key}`)}
                </Typography>
                <Grid container spacing={1.5}>
                  {CUT_INDEXES.map((i) => (
                    <Grid size={{ xs: 6, md: 3 }} key={i}>
                      <NumberField
                        label={t('segmentsPage.settings.cut', { from: i + 1, to: i + 2 })}
                        unit={key === 'recencyDays' ? unitDays : key === 'frequency' ? unitTimes : '¥'}
                        scale={key === 'monetaryCents' ? 100 : 1}
                        value={draft.rfm[key][i] ?? Number.NaN}
                        onChange={(v) => setCut(key, i, v)}
                        error={error(`rfm.${key}.${i}`)}
                      />
                    </Grid>
                  ))}
                </Grid>
                {error(`rfm.${key}`) && (
                  <Typography variant="caption" color="error">
                    {error(`rfm.${key}`)}
                  </Typography>
                )}
              </Grid>
            ))}
          </FormSection>

          <FormSection title={t('segments.scheme.frequency')}>
            <Grid size={CELL}>
              <NumberField
                label={t('segmentsPage.settings.highMin')}
                unit={unitTimes}
                value={draft.frequency.highMin}
                onChange={(highMin) => set('frequency', { highMin })}
                error={error('frequency.highMin')}
              />
            </Grid>
          </FormSection>

          <FormSection title={t('segments.scheme.value')}>
            <Grid size={12}>
              <CheckboxSet
                label={t('segmentsPage.settings.coreAbc')}
                options={ABC_CLASSES.map((c) => ({ value: c, label: classLabel(t, 'abc', c) }))}
                value={draft.value.coreAbc}
                onChange={(v) => set('value', { coreAbc: v as Draft['value']['coreAbc'] })}
              />
            </Grid>
            <Grid size={12}>
              <CheckboxSet
                label={t('segmentsPage.settings.coreRfm')}
                options={RFM_GROUPS.filter((g) => g !== 'none').map((g) => ({
                  value: g,
                  label: classLabel(t, 'rfm', g),
                }))}
                value={draft.value.coreRfm}
                onChange={(v) => set('value', { coreRfm: v as Draft['value']['coreRfm'] })}
              />
            </Grid>
            <Grid size={CELL}>
              <NumberField
                label={t('segmentsPage.settings.growthPercent')}
                unit="%"
                value={draft.value.growthPercent}
                onChange={(growthPercent) => set('value', { growthPercent })}
                error={error('value.growthPercent')}
              />
            </Grid>
            <Grid size={CELL}>
              <NumberField
                label={t('segmentsPage.settings.youngMonths')}
                unit={unitMonths}
                value={draft.value.youngMonths}
                onChange={(youngMonths) => set('value', { youngMonths })}
                error={error('value.youngMonths')}
              />
            </Grid>
            <Grid size={CELL}>
              <NumberField
                label={t('segmentsPage.settings.youngMinPurchases')}
                unit={unitTimes}
                value={draft.value.youngMinPurchases}
                onChange={(youngMinPurchases) => set('value', { youngMinPurchases })}
                error={error('value.youngMinPurchases')}
              />
            </Grid>
          </FormSection>

          <FormSection title={t('segments.scheme.lifecycle')}>
            {(
              [
                ['explorationDays', unitDays],
                ['formationMonths', unitMonths],
                ['declineDays', unitDays],
                ['declineDropPercent', '%'],
              ] as const
            ).map(([key, unit]) => (
              <Grid size={CELL} key={key}>
                <NumberField
                  label={t(`segmentsPage.settings.${key}`)}
                  unit={unit}
                  value={draft.lifecycle[key]}
                  onChange={(v) => set('lifecycle', { [key]: v })}
                  error={error(`lifecycle.${key}`)}
                />
              </Grid>
            ))}
          </FormSection>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
          <Stack spacing={2}>
            {!parsed.success && <Alert severity="warning">{t('segmentsPage.settings.invalid')}</Alert>}
            <SettingsPreview input={parsed.success ? previewInput : null} />
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              <Button
                onClick={() => {
                  setDraft(defaults);
                  setFormKey((k) => k + 1);
                }}
              >
                {t('segmentsPage.settings.defaults')}
              </Button>
              <Button component={RouterLink} to="/segments">
                {t('action.cancel')}
              </Button>
              <Button
                variant="contained"
                disabled={!parsed.success || save.isPending}
                startIcon={save.isPending ? <CircularProgress size={14} color="inherit" /> : undefined}
                onClick={() => parsed.success && void save.save(parsed.data)}
              >
                {t('action.save')}
              </Button>
            </Stack>
          </Stack>
        </Box>
      </Grid>
    </Grid>
  );
}

/** Route /segments/settings: the thresholds of every scheme, with a live preview of what a change moves. */
export function SegmentSettingsPage() {
  const { t } = useI18n();
  const settings = useQuery(segmentQueries.settings());
  return (
    <>
      <PageHeader title={t('segmentsPage.settings.title')} subtitle={t('segmentsPage.settings.subtitle')} />
      {settings.isError && <QueryError error={settings.error} />}
      {!settings.data && !settings.isError && <CircularProgress aria-label={t('common.loading')} />}
      {settings.data && <SettingsForm initial={settings.data.settings} defaults={settings.data.defaults} />}
    </>
  );
}
