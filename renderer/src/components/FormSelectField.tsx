import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';
import { SelectField, type SelectFieldProps } from './SelectField';

type FormSelectFieldProps<T extends FieldValues, TOut> = Omit<
  SelectFieldProps,
  'name' | 'value' | 'onChange' | 'error' | 'defaultValue'
> & {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  /** Turns the chosen value into the form's value, e.g. '' into null. */
  readonly parse?: (value: string) => unknown;
};

/** A SelectField bound to a react-hook-form field; its error is shown translated under it. */
export function FormSelectField<T extends FieldValues, TOut>({
  control,
  name,
  parse,
  helperText,
  ...props
}: FormSelectFieldProps<T, TOut>) {
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <SelectField
          {...props}
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(value) => field.onChange(parse ? parse(value) : value)}
          onBlur={field.onBlur}
          error={Boolean(fieldState.error)}
          helperText={fieldErrorText(t, fieldState.error?.message) ?? helperText}
        />
      )}
    />
  );
}
