import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useFormField } from './useFormField';

/** Yuan as typed ("1,234.5", "¥80") → integer fen; empty → null; anything else → NaN, which the schema rejects. */
function yuanToFen(text: string): number | null {
  const s = text.replace(/[¥￥,，\s]/g, '').replace(/元$/, '');
  if (s === '') return null;
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return Number.NaN;
  return Math.round(Number(s) * 100);
}

/** Integer fen as yuan for editing: 123450 → "1234.5"; whole yuan without decimals. */
function fenToYuan(fen: unknown): string {
  if (typeof fen !== 'number' || Number.isNaN(fen)) return '';
  return (fen / 100)
    .toFixed(2)
    .replace(/\.00$/, '')
    .replace(/(\.\d)0$/, '$1');
}

interface MoneyFieldProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  readonly label: string;
  readonly required?: boolean;
}

/** An amount of money typed in yuan and kept in the form as integer fen, as the domain stores it. */
export function MoneyField<T extends FieldValues, TOut>({ control, name, label, required }: MoneyFieldProps<T, TOut>) {
  const { field, shown } = useFormField(control, name);
  // The text stays as typed ("12." on the way to "12.5"); the form holds the parsed fen.
  const [text, setText] = useState(() => fenToYuan(field.value));
  return (
    <TextField
      {...shown}
      label={label}
      required={required}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(yuanToFen(event.target.value));
      }}
      onBlur={field.onBlur}
      slotProps={{
        input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
        htmlInput: { inputMode: 'decimal' },
      }}
    />
  );
}
