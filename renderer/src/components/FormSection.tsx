import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A titled group of form fields laid out on a grid. */
export function FormSection({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Grid container spacing={2}>
        {children}
      </Grid>
    </Paper>
  );
}

/** Field widths: a third of the row on wide windows, half on medium, whole on narrow. */
export const FIELD = { xs: 12, sm: 6, md: 4 } as const;
export const WIDE_FIELD = { xs: 12, md: 8 } as const;
export const FULL_FIELD = { xs: 12 } as const;
