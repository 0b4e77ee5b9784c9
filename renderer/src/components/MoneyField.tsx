import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';

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
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <MoneyInput
          label={label}
          required={required}
          name={field.name}
          inputRef={field.ref}
          initial={fenToYuan(field.value)}
          onChange={(text) => field.onChange(yuanToFen(text))}
          onBlur={field.onBlur}
          error={fieldErrorText(t, fieldState.error?.message)}
        />
      )}
    />
  );
}

interface MoneyInputProps {
  readonly label: string;
  readonly required?: boolean;
  readonly name: string;
  readonly inputRef: (element: HTMLInputElement | null) => void;
  readonly initial: string;
  readonly onChange: (text: string) => void;
  readonly onBlur: () => void;
  readonly error: string | undefined;
}

/** Keeps the text as typed ("12." on the way to "12.5"); the form holds the parsed fen. */
function MoneyInput({ label, required, name, inputRef, initial, onChange, onBlur, error }: MoneyInputProps) {
  const [text, setText] = useState(initial);
  return (
    <TextField
      label={label}
      required={required}
      name={name}
      inputRef={inputRef}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value);
      }}
      onBlur={onBlur}
      error={error !== undefined}
      helperText={error}
      slotProps={{
        input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
        htmlInput: { inputMode: 'decimal' },
      }}
    />
  );
}
