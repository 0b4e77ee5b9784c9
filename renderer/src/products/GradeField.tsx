import type { FieldValues, Path, Control } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { SelectField } from '../components/SelectField';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';

const GRADES = [1, 2, 3, 4, 5] as const;

interface GradeFieldProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  readonly label: string;
  /** R1 … R5 for a product, C1 … C5 for a customer. */
  readonly scale: 'productRating' | 'riskLevel';
  readonly helperText?: string;
}

/** A select of the five grades of a risk scale, bound to a numeric form field. */
export function GradeField<T extends FieldValues, TOut>({
  control,
  name,
  label,
  scale,
  helperText,
}: GradeFieldProps<T, TOut>) {
  const t = useT();
  const { field, fieldState } = useController({ control, name });
  return (
    <SelectField
      label={label}
      required
      fullWidth
      name={field.name}
      inputRef={field.ref}
      value={typeof field.value === 'number' ? String(field.value) : ''}
      onChange={(v) => field.onChange(Number(v))}
      onBlur={field.onBlur}
      error={Boolean(fieldState.error)}
      helperText={fieldErrorText(t, fieldState.error?.message) ?? helperText}
      options={GRADES.map((g) => ({ value: String(g), label: t(`${scale}.${g}`) }))}
    />
  );
}
