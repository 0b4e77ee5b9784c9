import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface FormCheckboxProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  readonly label: string;
  /** What ticking it does, under the label. */
  readonly hint: string;
}

/** A labelled checkbox bound to a react-hook-form boolean field. */
export function FormCheckbox<T extends FieldValues, TOut>({ control, name, label, hint }: FormCheckboxProps<T, TOut>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Box>
          <FormControlLabel
            control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />}
            label={label}
          />
          <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{hint}</FormHelperText>
        </Box>
      )}
    />
  );
}
