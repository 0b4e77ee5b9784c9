import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface FieldEntry {
  readonly label: string;
  readonly value: ReactNode;
  /** Long values (address, notes) take the whole row. */
  readonly wide?: boolean;
}

/** Read-only label/value pairs on a grid, as a description list. */
export function FieldList({ fields }: { readonly fields: readonly FieldEntry[] }) {
  return (
    <Grid container component="dl" spacing={2} sx={{ m: 0 }}>
      {fields.map(({ label, value, wide }) => (
        <Grid key={label} size={wide ? 12 : { xs: 12, sm: 6 }} sx={{ minWidth: 0 }}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Grid>
      ))}
    </Grid>
  );
}
