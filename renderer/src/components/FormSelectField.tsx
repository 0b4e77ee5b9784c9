import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';
import { SelectField, type SelectOption } from './SelectField';

interface FormSelectFieldProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly emptyLabel?: string;
}

/** A SelectField bound to a react-hook-form field. */
export function FormSelectField<T extends FieldValues, TOut>({
  control,
  name,
  label,
  options,
  emptyLabel,
}: FormSelectFieldProps<T, TOut>) {
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <SelectField
          label={label}
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          options={options}
          emptyLabel={emptyLabel}
          error={Boolean(fieldState.error)}
          helperText={fieldErrorText(t, fieldState.error?.message)}
        />
      )}
    />
  );
}
