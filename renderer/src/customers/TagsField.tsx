import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldError, type FieldValues, type Merge, type Path } from 'react-hook-form';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';

interface TagsFieldProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  readonly label: string;
  /** Tags already in use, offered first; any new tag can be typed. */
  readonly suggestions: readonly string[];
}

/** The array's own error, or the first tag's. */
function firstMessage(
  error: Merge<FieldError, (FieldError | undefined)[]> | FieldError | undefined,
): string | undefined {
  if (!error) return undefined;
  if (error.message) return error.message;
  return Array.isArray(error) ? (error as (FieldError | undefined)[]).find(Boolean)?.message : undefined;
}

/** Free tags as chips: pick a known tag or type a new one and press Enter. */
export function TagsField<T extends FieldValues, TOut>({ control, name, label, suggestions }: TagsFieldProps<T, TOut>) {
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
        return (
          <Autocomplete<string, true, false, true>
            multiple
            freeSolo
            autoSelect
            filterSelectedOptions
            options={[...suggestions]}
            value={value}
            onChange={(_event, tags) => field.onChange([...new Set(tags.map((tag) => tag.trim()).filter(Boolean))])}
            onBlur={field.onBlur}
            noOptionsText={t('common.noOptions')}
            clearText={t('common.clear')}
            openText={t('common.open')}
            closeText={t('common.close')}
            renderValue={(tags, getItemProps) =>
              tags.map((tag, index) => {
                const { key, ...itemProps } = getItemProps({ index });
                return <Chip key={key} label={tag} {...itemProps} />;
              })
            }
            renderInput={(params) => (
              <TextField
                {...params}
                label={label}
                inputRef={field.ref}
                error={Boolean(fieldState.error)}
                helperText={fieldErrorText(t, firstMessage(fieldState.error)) ?? t('customerForm.tagsHint')}
              />
            )}
          />
        );
      }}
    />
  );
}
