import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: ReactNode;
  /** A line under the title, e.g. a count. */
  readonly subtitle?: ReactNode;
  /** Buttons on the right. */
  readonly actions?: ReactNode;
  /** Extra content next to the title, e.g. chips. */
  readonly children?: ReactNode;
}

/** Every page starts with this: a title, what it is about, and its actions. */
export function PageHeader({ title, subtitle, actions, children }: PageHeaderProps) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', mb: 2.5 }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h1">{title}</Typography>
          {children}
        </Stack>
        {subtitle && (
          <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {actions && (
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}
