import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

/**
 * A number field: shows what was typed, hands back a number (NaN while it is not one, which the schema rejects). It
 * reads `value` once; give it a new key to show a value set from outside (defaults restored).
 */
export function NumberField({
  label,
  value,
  onChange,
  error,
  unit,
  scale = 1,
}: {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** The message to show under the field. */
  readonly error?: string;
  readonly unit?: string;
  /** Stored = shown × scale, e.g. 100 for yuan shown and fen stored. */
  readonly scale?: number;
}) {
  const [text, setText] = useState(Number.isFinite(value) ? String(value / scale) : '');
  return (
    <TextField
      label={label}
      value={text}
      onChange={(event) => {
        const raw = event.target.value.trim();
        setText(event.target.value);
        onChange(raw === '' ? Number.NaN : Math.round(Number(raw.replaceAll(',', '')) * scale * 1000) / 1000);
      }}
      error={error !== undefined}
      helperText={error}
      fullWidth
      slotProps={{
        htmlInput: { inputMode: 'decimal' },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}

/** A set of checkboxes over plain string values. */
export function CheckboxSet({
  label,
  options,
  value,
  onChange,
}: {
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
}) {
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend" sx={{ typography: 'body2', mb: 0.5 }}>
        {label}
      </FormLabel>
      <FormGroup row>
        {options.map((o) => (
          <FormControlLabel
            key={o.value}
            label={o.label}
            control={
              <Checkbox
                size="small"
                checked={value.includes(o.value)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? options.filter((x) => x.value === o.value || value.includes(x.value)).map((x) => x.value)
                      : value.filter((v) => v !== o.value),
                  )
                }
              />
            }
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}
