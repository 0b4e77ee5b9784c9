import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';

type FormTextFieldProps<T extends FieldValues, TOut> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error' | 'defaultValue'
> & {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  /** Turns the typed text into the form's value, e.g. a number. */
  readonly parse?: (raw: string) => unknown;
};

/** A TextField bound to a react-hook-form field; its error is shown translated under it. */
export function FormTextField<T extends FieldValues, TOut>({
  control,
  name,
  parse,
  onBlur,
  helperText,
  ...props
}: FormTextFieldProps<T, TOut>) {
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          inputRef={field.ref}
          value={field.value ?? ''}
          onChange={(event) => field.onChange(parse ? parse(event.target.value) : event.target.value)}
          onBlur={(event) => {
            // Passing through an empty field (e.g. from the autofocused name to the kind) is not a mistake yet.
            if (fieldState.isDirty || fieldState.invalid) field.onBlur();
            onBlur?.(event);
          }}
          error={Boolean(fieldState.error)}
          helperText={fieldErrorText(t, fieldState.error?.message) ?? helperText}
        />
      )}
    />
  );
}
