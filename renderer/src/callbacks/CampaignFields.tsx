/** The campaign's inputs: what, when, who calls, which customers. The plan is made from these. */
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { campaignInput, CampaignValues } from '../../../shared/callbacks/schemas';
import type { Staff } from '../../../shared/staff/types';
import { queries } from '../api/queries';
import { FormCheckbox } from '../components/FormCheckbox';
import { FormTextField } from '../components/FormTextField';
import { CustomerFilters } from '../customers/CustomerFilters';
import { segmentFields, segmentFilterOf, segmentParamCount, segmentParamsOf } from '../customers/segmentParams';
import { fieldErrorText } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { PurposePriorityFields } from './PurposePriorityFields';

export type CampaignForm = z.input<typeof campaignInput>;
type Selection = CampaignForm['selection'];
type Filter = 'query' | 'kind' | 'ownerId' | 'region';

/** No filter at all: the campaign then asks for one. */
export const noSelection = (): Selection => ({ query: '', kind: null, ownerId: null, tag: null, region: null });

const toCap = (raw: string): number => (raw.trim() === '' ? Number.NaN : Number(raw));

/** The selection as the filters CustomerFilters shows, with the customers picked on the list. */
const asListParams = (s: Selection) => ({
  query: s.query ?? '',
  kind: s.kind ?? null,
  ownerId: s.ownerId ?? null,
  tags: [...new Set([s.tag, ...(s.tags ?? [])].filter((tag): tag is string => Boolean(tag)))],
  tagMatch: s.tagMatch ?? 'any',
  region: s.region ?? null,
  ids: s.customerIds && s.customerIds.length > 0 ? s.customerIds : undefined,
  ...segmentFilterOf(segmentParamsOf(s)),
});

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <Box component="section">
      <Typography variant="h3" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** How many customers the filters match now; the preview counts them again when it plans. */
function MatchCount({ selection }: { readonly selection: Selection }) {
  const { t } = useI18n();
  const params = asListParams(selection);
  const filtered = Boolean(
    params.query ||
    params.kind ||
    params.ownerId ||
    params.tags.length > 0 ||
    params.region ||
    params.ids ||
    segmentParamCount(segmentParamsOf(selection)) > 0,
  );
  const list = useQuery({ ...queries.customerList(params), enabled: filtered });
  if (!filtered) return <FormHelperText>{t('campaigns.selectionHint')}</FormHelperText>;
  return (
    <Typography variant="body2" color="text.secondary" aria-live="polite">
      {list.data ? t('campaigns.matching', { count: list.data.total }) : t('common.loading')}
    </Typography>
  );
}

interface CampaignFieldsProps {
  readonly form: UseFormReturn<CampaignForm, unknown, CampaignValues>;
  readonly staff: readonly Staff[];
}

export function CampaignFields({ form, staff }: CampaignFieldsProps) {
  const { t } = useI18n();
  const { control } = form;
  const selection = useWatch({ control, name: 'selection' });
  const selectionError = form.formState.errors.selection?.customerIds?.message;
  const staffOptions = staff.map((s) => ({ value: s.id, label: staffLabel(t, s) }));

  const setFilter = (filter: Filter, value: string | null): void => {
    form.setValue(`selection.${filter}`, filter === 'query' ? (value ?? '') : value, { shouldDirty: true });
    form.clearErrors('selection');
  };

  return (
    <Stack spacing={3}>
      <Section title={t('campaigns.section.campaign')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <FormTextField control={control} name="name" label={t('campaigns.name')} required autoFocus />
          </Grid>
          <PurposePriorityFields control={control} />
          <Grid size={12}>
            <FormTextField
              control={control}
              name="notes"
              label={t('campaigns.notes')}
              helperText={t('campaigns.notesHint')}
              multiline
              minRows={2}
            />
          </Grid>
        </Grid>
      </Section>

      <Section title={t('campaigns.section.schedule')}>
        <Grid container spacing={2}>
          {(['fromOn', 'toOn'] as const).map((name) => (
            <Grid key={name} size={{ xs: 12, sm: 4 }}>
              <FormTextField control={control} name={name} label={t(`campaigns.${name}`)} type="date" required />
            </Grid>
          ))}
          <Grid size={{ xs: 12, sm: 4 }}>
            <FormTextField
              control={control}
              name="perDayCap"
              label={t('campaigns.perDayCap')}
              type="number"
              required
              parse={toCap}
              helperText={t('campaigns.perDayCapHint')}
              slotProps={{ htmlInput: { min: 1, max: 500, step: 1 } }}
            />
          </Grid>
          <Grid size={12}>
            <Controller
              control={control}
              name="staffIds"
              render={({ field, fieldState }) => (
                <Autocomplete
                  multiple
                  disableCloseOnSelect
                  options={staffOptions}
                  value={staffOptions.filter((o) => field.value.includes(o.value))}
                  getOptionLabel={(o) => o.label}
                  isOptionEqualToValue={(a, b) => a.value === b.value}
                  onChange={(_event, chosen) => field.onChange(chosen.map((o) => o.value))}
                  onBlur={field.onBlur}
                  noOptionsText={t('common.noOptions')}
                  clearText={t('common.clear')}
                  openText={t('common.open')}
                  closeText={t('common.close')}
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label={t('campaigns.staff')}
                      required
                      inputRef={field.ref}
                      error={Boolean(fieldState.error)}
                      helperText={fieldErrorText(t, fieldState.error?.message) ?? t('campaigns.staffHint')}
                    />
                  )}
                />
              )}
            />
          </Grid>
          <Grid size={12}>
            <FormCheckbox
              control={control}
              name="preferOwner"
              label={t('campaigns.preferOwner')}
              hint={t('campaigns.preferOwnerHint')}
            />
          </Grid>
        </Grid>
      </Section>

      <Section title={t('campaigns.section.customers')}>
        <Stack spacing={1.5}>
          <CustomerFilters
            params={asListParams(selection)}
            onChange={setFilter}
            onTags={(tags, match) => {
              form.setValue('selection.tag', null);
              form.setValue('selection.tags', [...tags], { shouldDirty: true });
              form.setValue('selection.tagMatch', match);
              form.clearErrors('selection');
            }}
            onClear={() => {
              form.setValue('selection', noSelection());
              form.clearErrors('selection');
            }}
            segment={segmentParamsOf(selection)}
            onSegment={(next) => {
              form.setValue('selection', { ...selection, ...segmentFields(next) }, { shouldDirty: true });
              form.clearErrors('selection');
            }}
          />
          <MatchCount selection={selection} />
          {selectionError && <Alert severity="error">{fieldErrorText(t, selectionError)}</Alert>}
          <FormCheckbox
            control={control}
            name="excludeOpen"
            label={t('campaigns.excludeOpen')}
            hint={t('campaigns.excludeOpenHint')}
          />
        </Stack>
      </Section>
    </Stack>
  );
}
