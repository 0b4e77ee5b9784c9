import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { campaignInput, type CampaignPreview as Preview, type CampaignValues } from '../../../shared/callbacks';
import type { Staff } from '../../../shared/staff/types';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { CustomerFilters } from '../customers/CustomerFilters';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors, fieldErrorText } from '../errors';
import { localDay, shiftDay } from '../i18n/format';
import { useI18n, useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { CampaignPreview } from './CampaignPreview';
import { priorityOptions, purposeOptions } from './options';
import { invalidateCallbacks } from './queries';

type CampaignForm = z.input<typeof campaignInput>;
type Selection = CampaignForm['selection'];
type Filter = 'query' | 'kind' | 'ownerId' | 'tag' | 'region';

const FIELDS = [
  'name',
  'purpose',
  'priority',
  'notes',
  'fromOn',
  'toOn',
  'staffIds',
  'perDayCap',
  'selection.customerIds',
] as const satisfies readonly Path<CampaignForm>[];

/** Two weeks of working days is what branches usually give a campaign. */
const DEFAULT_DAYS = 13;
const DEFAULT_CAP = 20;

// An empty or unreadable cap reaches the schema as NaN; say what a cap must be, not zod's words.
const resolver = zodResolver(campaignInput, {
  error: (issue) => (issue.code === 'invalid_type' && issue.expected === 'number' ? 'campaigns.capInvalid' : undefined),
});

/** Who calls by default: the named staff; the unnamed default member only when nobody else is set up. */
const callers = (staff: readonly Staff[]): readonly Staff[] => {
  const named = staff.filter((s) => !s.isDefault);
  return named.length > 0 ? named : staff;
};

const toCap = (raw: string): number => (raw.trim() === '' ? Number.NaN : Number(raw));

/** The selection as the filters CustomerFilters shows. */
const asListParams = (s: Selection) => ({
  query: s.query ?? '',
  kind: s.kind ?? null,
  ownerId: s.ownerId ?? null,
  tag: s.tag ?? null,
  region: s.region ?? null,
});

function FormCheckbox({
  control,
  name,
  label,
  hint,
}: {
  readonly control: Control<CampaignForm, unknown, CampaignValues>;
  readonly name: 'excludeOpen' | 'preferOwner';
  readonly label: string;
  readonly hint: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Box>
          <FormControlLabel
            control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />}
            label={label}
          />
          <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{hint}</FormHelperText>
        </Box>
      )}
    />
  );
}

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
  const { t, format } = useI18n();
  const params = asListParams(selection);
  const filtered = Boolean(params.query || params.kind || params.ownerId || params.tag || params.region);
  const list = useQuery({ ...queries.customerList(params), enabled: filtered });
  if (!filtered) return <FormHelperText>{t('campaigns.selectionHint')}</FormHelperText>;
  return (
    <Typography variant="body2" color="text.secondary" aria-live="polite">
      {list.data ? t('campaigns.matching', { count: format.number(list.data.total) }) : t('common.loading')}
    </Typography>
  );
}

interface CampaignDialogContentProps {
  readonly staff: readonly Staff[];
  readonly onClose: () => void;
}

function CampaignDialogContent({ staff, onClose }: CampaignDialogContentProps) {
  const { t, format } = useI18n();
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [plan, setPlan] = useState<{ readonly values: CampaignValues; readonly preview: Preview } | null>(null);
  const [creating, setCreating] = useState(false);
  const today = localDay();
  const form = useForm<CampaignForm, unknown, CampaignValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      name: '',
      purpose: 'lapsed_customer',
      priority: 'normal',
      notes: '',
      fromOn: today,
      toOn: shiftDay(today, DEFAULT_DAYS),
      staffIds: callers(staff).map((s) => s.id),
      perDayCap: DEFAULT_CAP,
      selection: { query: '', kind: null, ownerId: null, tag: null, region: null },
      excludeOpen: true,
      preferOwner: false,
    },
  });
  const { control } = form;
  const selection = useWatch({ control, name: 'selection' });
  const selectionError = form.formState.errors.selection?.customerIds?.message;
  const staffOptions = staff.map((s) => ({ value: s.id, label: staffLabel(t, s) }));

  const setFilter = (filter: Filter, value: string | null): void => {
    form.setValue(`selection.${filter}`, filter === 'query' ? (value ?? '') : value, { shouldDirty: true });
    form.clearErrors('selection');
  };

  const preview = form.handleSubmit(async (values) => {
    try {
      setPlan({ values, preview: await api['campaigns.preview'](values) });
    } catch (error) {
      if (!applyFieldErrors(t, error, form.setError, FIELDS)) showError(error);
    }
  });

  const create = async (values: CampaignValues): Promise<void> => {
    setCreating(true);
    try {
      const created = await api['campaigns.create'](values);
      await invalidateCallbacks(queryClient);
      notify({
        message:
          created.overflow > 0
            ? t('campaigns.createdOverflow', {
                name: created.campaign.name,
                count: format.number(created.created),
                overflow: format.number(created.overflow),
              })
            : t('campaigns.created', { name: created.campaign.name, count: format.number(created.created) }),
      });
      onClose();
    } catch (error) {
      setPlan(null);
      if (!applyFieldErrors(t, error, form.setError, FIELDS)) showError(error);
    } finally {
      setCreating(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form noValidate onSubmit={(event) => void preview(event)}>
        <DialogTitle id={titleId}>{plan ? t('campaigns.previewTitle') : t('campaigns.newTitle')}</DialogTitle>
        <DialogContent dividers>
          {plan ? (
            <CampaignPreview preview={plan.preview} staff={staff} />
          ) : (
            <Stack spacing={3}>
              <Section title={t('campaigns.section.campaign')}>
                <Grid container spacing={2}>
                  <Grid size={{ xs: 12, sm: 6 }}>
                    <FormTextField control={control} name="name" label={t('campaigns.name')} required autoFocus />
                  </Grid>
                  <Grid size={{ xs: 12, sm: 3 }}>
                    <FormSelectField
                      control={control}
                      name="purpose"
                      label={t('campaigns.purpose')}
                      options={purposeOptions(t)}
                    />
                  </Grid>
                  <Grid size={{ xs: 12, sm: 3 }}>
                    <FormSelectField
                      control={control}
                      name="priority"
                      label={t('campaigns.priority')}
                      options={priorityOptions(t)}
                    />
                  </Grid>
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
                      <FormTextField
                        control={control}
                        name={name}
                        label={t(`campaigns.${name}`)}
                        type="date"
                        required
                        slotProps={{ inputLabel: { shrink: true } }}
                      />
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
                    onClear={() => {
                      form.setValue('selection', { query: '', kind: null, ownerId: null, tag: null, region: null });
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
          )}
        </DialogContent>
        <DialogActions>
          {plan ? (
            <>
              <Button onClick={() => setPlan(null)} disabled={creating}>
                {t('action.back')}
              </Button>
              <Box sx={{ flex: 1 }} />
              <Button onClick={onClose} disabled={creating}>
                {t('action.cancel')}
              </Button>
              <Button
                variant="contained"
                disabled={creating || plan.preview.assigned === 0}
                startIcon={creating ? <CircularProgress size={14} color="inherit" /> : undefined}
                onClick={() => void create(plan.values)}
              >
                {t('campaigns.createButton', { count: format.number(plan.preview.assigned) })}
              </Button>
            </>
          ) : (
            <>
              <Button onClick={onClose}>{t('action.cancel')}</Button>
              <Button
                type="submit"
                variant="contained"
                disabled={form.formState.isSubmitting}
                startIcon={form.formState.isSubmitting ? <CircularProgress size={14} color="inherit" /> : undefined}
              >
                {t('campaigns.previewButton')}
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

/**
 * A new call-back campaign in two steps: what, when, who and which customers; then the plan the core would make
 * (per staff member, per day, the first assignments, what does not fit) and Create, which makes exactly that plan.
 */
export function CampaignDialog({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const staff = useQuery(queries.staff());
  if (!staff.data)
    return (
      <Dialog open onClose={onClose} aria-label={t('campaigns.newTitle')}>
        <DialogContent>
          <CircularProgress aria-label={t('common.loading')} />
        </DialogContent>
      </Dialog>
    );
  return <CampaignDialogContent staff={staff.data} onClose={onClose} />;
}
