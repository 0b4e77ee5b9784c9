import type { FieldValues } from 'react-hook-form';
import { SelectField, type SelectFieldProps } from './SelectField';
import { useFormField, type FormFieldProps } from './useFormField';

/** A SelectField bound to a react-hook-form field; its error is shown translated under it. */
export function FormSelectField<T extends FieldValues, TOut>({
  control,
  name,
  parse,
  helperText,
  ...props
}: FormFieldProps<SelectFieldProps, T, TOut>) {
  const { field, shown } = useFormField(control, name, helperText);
  return (
    <SelectField
      {...props}
      {...shown}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={(value) => field.onChange(parse ? parse(value) : value)}
      onBlur={field.onBlur}
    />
  );
}
