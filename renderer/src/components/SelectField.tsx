import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export type SelectFieldProps = Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'children'> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** Adds a first choice with the value '' (e.g. "All", "Not assigned"). */
  readonly emptyLabel?: string;
};

/** A labelled drop-down over plain string values, for filters and forms alike. */
export function SelectField({ value, onChange, options, emptyLabel, slotProps, ...props }: SelectFieldProps) {
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <TextField
      {...props}
      select
      value={known ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{
        ...slotProps,
        select: {
          displayEmpty: emptyLabel !== undefined,
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } },
        },
        inputLabel: emptyLabel !== undefined ? { shrink: true } : undefined,
      }}
    >
      {emptyLabel !== undefined && (
        <MenuItem value="" sx={{ color: 'text.secondary' }}>
          {emptyLabel}
        </MenuItem>
      )}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
