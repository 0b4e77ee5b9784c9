/** Retry limit, birthday and maturity lead times, answer categories, tag cadences: one draft, one Save. */
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Controller, get, useForm, type FieldError, type Path } from 'react-hook-form';
import { z } from 'zod';
import { settingsUpdateInput, type SettingsUpdateValues } from '../../../../shared/callbacks/schemas';
import type { CallbackSettings } from '../../../../shared/callbacks/types';
import { CADENCE_MODES, CADENCE_UNITS, MAX_OCCASION_LEAD_DAYS } from '../../../../shared/callbacks/vocabulary';
import type { MessageKey } from '../../../../shared/i18n/index';
import { useSave } from '../../api/useSave';
import { FormTextField } from '../../components/FormTextField';
import { applyFieldErrors, fieldErrorText } from '../../errors';
import { useT } from '../../i18n/I18nContext';
import { callbackQueries, CALLBACKS_STALE } from '../queries';
import { CadenceRows } from './CadenceRows';
import { CategoryList } from './CategoryList';

/** Digits as typed, read as a number; anything else is `message`, before the contract's own range rules. */
const whole = (message: MessageKey) =>
  z
    .string()
    .regex(/^\s*\d+\s*$/, message)
    .transform(Number);

/** The contract's settings, with the numbers as the text typed. */
const rulesForm = z
  .object({
    retryLimit: whole('number.invalid'),
    birthdayLeadDays: whole('number.invalid'),
    maturityLeadDays: whole('number.invalid'),
    answerCategories: z.array(z.string()),
    tagCadences: z.array(
      z.object({
        tag: z.string(),
        every: whole('callbacks.cadenceInvalid'),
        unit: z.enum(CADENCE_UNITS),
        mode: z.enum(CADENCE_MODES),
      }),
    ),
  })
  .transform((values): z.input<typeof settingsUpdateInput> => values)
  .pipe(settingsUpdateInput);

export type RulesFormValues = z.input<typeof rulesForm>;

const draftOf = (s: CallbackSettings): RulesFormValues => ({
  retryLimit: String(s.retryLimit),
  birthdayLeadDays: String(s.birthdayLeadDays),
  maturityLeadDays: String(s.maturityLeadDays),
  answerCategories: [...s.answerCategories],
  tagCadences: s.tagCadences.map((c) => ({ tag: c.tag, every: String(c.every), unit: c.unit, mode: c.mode })),
});

/** Every field an issue from the core can name, for the lists as they are now. */
function fieldsOf(values: RulesFormValues): Path<RulesFormValues>[] {
  return [
    'retryLimit',
    'birthdayLeadDays',
    'maturityLeadDays',
    'answerCategories',
    ...values.answerCategories.map((_, i) => `answerCategories.${i}` as const),
    ...values.tagCadences.flatMap((_, i) => [`tagCadences.${i}.tag` as const, `tagCadences.${i}.every` as const]),
  ];
}

export function RulesForm({ saved }: { readonly saved: CallbackSettings }) {
  const t = useT();
  const form = useForm<RulesFormValues, unknown, SettingsUpdateValues>({
    resolver: zodResolver(rulesForm),
    mode: 'onTouched',
    defaultValues: draftOf(saved),
  });
  const { control } = form;
  const { errors, isDirty } = form.formState;
  const saving = useSave({
    channel: 'callbacks.settings.update',
    invalidates: CALLBACKS_STALE,
    update: (client, next) => client.setQueryData(callbackQueries.settings().queryKey, next),
    notice: 'callbackSettings.saved',
    onFailed: (error) => applyFieldErrors(t, error, form.setError, fieldsOf(form.getValues())),
  });
  const submit = form.handleSubmit((values) => saving.save(values));

  /** A list's own error, or one of its items' (`answerCategories.2`). */
  const errorText = (path: string): string | undefined => {
    const own = get(errors, path) as FieldError | undefined;
    const root = get(errors, `${path}.root`) as FieldError | undefined;
    return fieldErrorText(t, own?.message ?? root?.message);
  };

  return (
    <Stack spacing={3}>
      <FormTextField
        control={control}
        name="retryLimit"
        label={t('callbackSettings.retryLimit')}
        helperText={t('callbackSettings.retryLimitHint')}
        slotProps={{ htmlInput: { inputMode: 'numeric', min: 1, max: 10 } }}
        type="number"
        sx={{ maxWidth: 360 }}
      />
      <Stack spacing={1}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('callbackSettings.occasions')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('callbackSettings.occasionsHint')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ pt: 1 }}>
          {(['birthdayLeadDays', 'maturityLeadDays'] as const).map((name) => (
            <FormTextField
              key={name}
              control={control}
              name={name}
              label={t(name === 'birthdayLeadDays' ? 'callbackSettings.birthdayLead' : 'callbackSettings.maturityLead')}
              slotProps={{ htmlInput: { inputMode: 'numeric', min: 0, max: MAX_OCCASION_LEAD_DAYS } }}
              type="number"
              sx={{ maxWidth: 240 }}
            />
          ))}
        </Stack>
      </Stack>
      <Controller
        control={control}
        name="answerCategories"
        render={({ field }) => (
          <CategoryList
            categories={field.value}
            labels={saved.answerLabels}
            onChange={(next) => field.onChange(next)}
            errorText={errorText}
          />
        )}
      />
      <CadenceRows control={control} />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => void submit()} disabled={!isDirty || saving.isPending}>
          {t('callbackSettings.save')}
        </Button>
        <Button onClick={() => form.reset()} disabled={!isDirty}>
          {t('callbackSettings.reset')}
        </Button>
      </Stack>
    </Stack>
  );
}
