/** Hours between backups, how many are kept, and the second folder: one draft, one Save, applied at once. */
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { z } from 'zod';
import { backupSettingsInput } from '../../../shared/backup/schemas';
import type { BackupSettings } from '../../../shared/backup/types';
import { api } from '../api/client';
import { useSave } from '../api/useSave';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { BACKUP_STALE } from './queries';

/** Digits as typed, read as a number. */
const whole = (message: 'backup.retentionRange' | 'backup.hoursRange') =>
  z
    .string()
    .regex(/^\s*\d+\s*$/, message)
    .transform(Number);

/** The contract's own ranges, checked on each field so the message shows under it. */
const ranges = { ...backupSettingsInput.shape.retention.shape, everyHours: backupSettingsInput.shape.everyHours };

const settingsForm = z
  .object({
    everyHours: whole('backup.hoursRange').pipe(ranges.everyHours),
    today: whole('backup.retentionRange').pipe(ranges.today),
    days: whole('backup.retentionRange').pipe(ranges.days),
    weeks: whole('backup.retentionRange').pipe(ranges.weeks),
    secondFolder: z.string(),
  })
  .transform((v): z.input<typeof backupSettingsInput> => ({
    everyHours: v.everyHours,
    retention: { today: v.today, days: v.days, weeks: v.weeks },
    secondFolder: v.secondFolder,
  }))
  .pipe(backupSettingsInput);

type SettingsFormValues = z.input<typeof settingsForm>;

const draftOf = (s: BackupSettings): SettingsFormValues => ({
  everyHours: String(s.everyHours),
  today: String(s.retention.today),
  days: String(s.retention.days),
  weeks: String(s.retention.weeks),
  secondFolder: s.secondFolder ?? '',
});

/** The core names `retention.today`; the form has it as `today`. */
const FIELDS: readonly Path<SettingsFormValues>[] = ['everyHours', 'today', 'days', 'weeks', 'secondFolder'];

/** What the retention typed so far keeps, in a sentence (nothing while a number is not yet a number). */
function RetentionSummary({ values }: { readonly values: SettingsFormValues }) {
  const t = useT();
  const [today, days, weeks] = [values.today, values.days, values.weeks].map(Number);
  if (![today, days, weeks].every((n) => Number.isInteger(n) && (n ?? -1) >= 0)) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {t('backup.retentionSummary', { today: today ?? 0, days: days ?? 0, weeks: weeks ?? 0 })}
    </Typography>
  );
}

export function BackupSettingsForm({ saved, desktop }: { readonly saved: BackupSettings; readonly desktop: boolean }) {
  const t = useT();
  const form = useForm<SettingsFormValues, unknown, z.output<typeof settingsForm>>({
    resolver: zodResolver(settingsForm),
    mode: 'onTouched',
    defaultValues: draftOf(saved),
  });
  const { control } = form;
  const values = useWatch({ control }) as SettingsFormValues;
  const saving = useSave({
    channel: 'backup.settings.update',
    invalidates: BACKUP_STALE,
    notice: 'backup.settingsSaved',
    onFailed: (error) => applyFieldErrors(t, error, form.setError, FIELDS, 'retention.'),
  });
  const submit = form.handleSubmit((next) => saving.save(next));
  const pickFolder = async () => {
    const picked = await api['backup.pick']({ kind: 'folder' });
    if (picked.path) form.setValue('secondFolder', picked.path, { shouldDirty: true });
  };
  const number = (name: 'everyHours' | 'today' | 'days' | 'weeks', label: string, max: number, hint?: string) => (
    <FormTextField
      control={control}
      name={name}
      label={label}
      helperText={hint}
      type="number"
      slotProps={{ htmlInput: { inputMode: 'numeric', min: 0, max } }}
      // The hours' hint is a sentence: that field is as wide as the other settings' fields.
      sx={{ width: '100%', maxWidth: hint ? 360 : { sm: 180 } }}
    />
  );

  return (
    <Stack component="form" spacing={2.5} onSubmit={(e) => void submit(e)} noValidate>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('backup.schedule')}
      </Typography>
      {number('everyHours', t('backup.everyHours'), 168, t('backup.everyHoursHint'))}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {number('today', t('backup.keepToday'), 50)}
        {number('days', t('backup.keepDays'), 60)}
        {number('weeks', t('backup.keepWeeks'), 52)}
      </Stack>
      <RetentionSummary values={values} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <FormTextField
          control={control}
          name="secondFolder"
          label={t('backup.secondFolder')}
          helperText={t('backup.secondFolderHint')}
          fullWidth
          // The desktop app picks the folder through its own dialog; the web host has none, so the path is typed.
          slotProps={desktop ? { htmlInput: { readOnly: true } } : undefined}
        />
        {desktop && (
          <Stack direction="row" spacing={1} sx={{ pt: { sm: 1 }, flexShrink: 0 }}>
            <Button onClick={() => void pickFolder()}>{t('backup.chooseFolder')}</Button>
            {values.secondFolder !== '' && (
              <Button onClick={() => form.setValue('secondFolder', '', { shouldDirty: true })}>
                {t('backup.clearFolder')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      <div>
        <Button type="submit" variant="contained" disabled={!form.formState.isDirty || saving.isPending}>
          {t('backup.saveSettings')}
        </Button>
      </div>
    </Stack>
  );
}
