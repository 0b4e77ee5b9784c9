import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { FieldValues } from 'react-hook-form';
import { useFormField, type FormFieldProps } from './useFormField';

// These inputs always show their own placeholder (yyyy/mm/dd, --:--), so the label has to sit above it.
const DATE_TYPES: ReadonlySet<string | undefined> = new Set(['date', 'time', 'datetime-local']);

/** A TextField bound to a react-hook-form field; its error is shown translated under it. */
export function FormTextField<T extends FieldValues, TOut>({
  control,
  name,
  parse,
  onBlur,
  helperText,
  slotProps,
  ...props
}: FormFieldProps<TextFieldProps, T, TOut>) {
  const { field, fieldState, shown } = useFormField(control, name, helperText);
  return (
    <TextField
      {...props}
      {...shown}
      slotProps={DATE_TYPES.has(props.type) ? { ...slotProps, inputLabel: { shrink: true } } : slotProps}
      value={field.value ?? ''}
      onChange={(event) => field.onChange(parse ? parse(event.target.value) : event.target.value)}
      onBlur={(event) => {
        // Passing through an empty field (e.g. from the autofocused name to the kind) is not a mistake yet.
        if (fieldState.isDirty || fieldState.invalid) field.onBlur();
        onBlur?.(event);
      }}
    />
  );
}
