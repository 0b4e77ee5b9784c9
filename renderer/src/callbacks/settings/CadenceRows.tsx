/** Default call-back cadences per customer tag: one row per tag, its interval and how it is counted. */
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFieldArray, useWatch, type Control } from 'react-hook-form';
import type { SettingsUpdateValues } from '../../../../shared/callbacks/schemas';
import { CADENCE_MODES, CADENCE_UNITS } from '../../../../shared/callbacks/vocabulary';
import { queries } from '../../api/queries';
import { FormSelectField } from '../../components/FormSelectField';
import { FormTextField } from '../../components/FormTextField';
import { fieldErrorText } from '../../errors';
import { useT } from '../../i18n/I18nContext';
import { cadenceText } from '../labels';
import type { RulesFormValues } from './RulesForm';

export function CadenceRows({
  control,
}: {
  readonly control: Control<RulesFormValues, unknown, SettingsUpdateValues>;
}) {
  const t = useT();
  const facets = useQuery(queries.facets());
  const tags = facets.data?.tags ?? [];
  const { fields, append, remove } = useFieldArray({ control, name: 'tagCadences' });
  const cadences = useWatch({ control, name: 'tagCadences' });

  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('callbackSettings.cadences')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('callbackSettings.cadencesHint')}
      </Typography>
      {fields.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('callbackSettings.noCadences')}
        </Typography>
      )}
      <Stack spacing={1.5}>
        {fields.map((row, i) => {
          const c = cadences[i] ?? row;
          const every = c.every.trim() || 'N';
          return (
            <Stack key={row.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Controller
                control={control}
                name={`tagCadences.${i}.tag`}
                render={({ field, fieldState }) => (
                  <Autocomplete<string, false, false, true>
                    freeSolo
                    autoSelect
                    options={tags.filter((tag) => !cadences.some((o, j) => j !== i && o.tag === tag))}
                    value={field.value}
                    onChange={(_e, tag) => field.onChange(tag ?? '')}
                    onInputChange={(_e, tag) => field.onChange(tag)}
                    sx={{ flex: 1, minWidth: 0 }}
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        size="small"
                        label={t('callbackSettings.tag')}
                        inputRef={field.ref}
                        error={Boolean(fieldState.error)}
                        helperText={fieldErrorText(t, fieldState.error?.message)}
                      />
                    )}
                  />
                )}
              />
              <FormTextField
                control={control}
                name={`tagCadences.${i}.every`}
                size="small"
                type="number"
                label={t('callbackSettings.every')}
                slotProps={{ htmlInput: { inputMode: 'numeric', min: 1, max: 3650 } }}
                sx={{ width: 72, flexShrink: 0 }}
              />
              <FormSelectField
                control={control}
                name={`tagCadences.${i}.unit`}
                size="small"
                label={t('callbackSettings.unit')}
                options={CADENCE_UNITS.map((u) => ({ value: u, label: t(`cadenceUnit.${u}`) }))}
                sx={{ width: 116, flexShrink: 0 }}
              />
              <FormSelectField
                control={control}
                name={`tagCadences.${i}.mode`}
                size="small"
                label={t('callbackSettings.mode')}
                options={CADENCE_MODES.map((m) => ({ value: m, label: cadenceText(t, m, every, c.unit) }))}
                sx={{ width: 280, flexShrink: 0 }}
              />
              <IconButton
                aria-label={t('callbackSettings.removeCadence', { tag: c.tag || '—' })}
                onClick={() => remove(i)}
                sx={{ mt: 0.25 }}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            </Stack>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        onClick={() => append({ tag: '', every: '3', unit: 'months', mode: 'after_contact' })}
        sx={{ mt: 1 }}
      >
        {t('callbackSettings.addCadence')}
      </Button>
    </Box>
  );
}
