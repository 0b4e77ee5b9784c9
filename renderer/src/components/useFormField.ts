import type { ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';

/** An input's own props but what the form gives it, with the form's control and the field's name. */
export type FormFieldProps<P, T extends FieldValues, TOut> = Omit<
  P,
  'name' | 'value' | 'onChange' | 'error' | 'defaultValue'
> & {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  /** Turns what was typed or chosen into the form's value, e.g. '' into null, or a number. */
  readonly parse?: (raw: string) => unknown;
};

/**
 * A react-hook-form field and what every input shows of it: its name and ref, and under it the error
 * (schema messages are i18n keys, translated here) or else the hint.
 */
export function useFormField<T extends FieldValues, TOut>(
  control: Control<T, unknown, TOut>,
  name: Path<T>,
  hint?: ReactNode,
) {
  const t = useT();
  const { field, fieldState } = useController({ control, name });
  const shown = {
    name: field.name,
    inputRef: field.ref,
    error: Boolean(fieldState.error),
    helperText: fieldErrorText(t, fieldState.error?.message) ?? hint,
  };
  return { field, fieldState, shown };
}
