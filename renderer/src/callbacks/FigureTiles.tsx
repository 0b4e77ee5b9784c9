import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface Figure {
  readonly key: string;
  readonly label: string;
  /** Formatted in the active language. */
  readonly value: string;
  /** A line under the figure, e.g. what it is counted over. */
  readonly note?: string;
  /** Draws the eye to a figure that needs attention (overflow, not reached). */
  readonly tone?: 'default' | 'primary' | 'warning';
}

/** Key figures as tiles: a label over a large number; a description list, so it reads and prints as text. */
export function FigureTiles({
  figures,
  size = 'large',
  minWidth,
}: {
  readonly figures: readonly Figure[];
  readonly size?: 'large' | 'small';
  /** The narrowest a tile gets, in px, for long figures such as sums of money; default by size. */
  readonly minWidth?: number;
}) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: `repeat(auto-fill, minmax(${minWidth ?? (size === 'large' ? 150 : 120)}px, 1fr))`,
      }}
    >
      {figures.map((f) => (
        <Paper key={f.key} sx={{ px: 2, py: size === 'large' ? 1.5 : 1, breakInside: 'avoid' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {f.label}
          </Typography>
          <Typography
            component="dd"
            sx={{
              m: 0,
              fontSize: size === 'large' ? '1.9rem' : '1.35rem',
              fontWeight: 600,
              lineHeight: 1.3,
              fontVariantNumeric: 'tabular-nums',
              color: f.tone === 'warning' ? 'warning.dark' : f.tone === 'primary' ? 'primary.main' : 'text.primary',
            }}
          >
            {f.value}
          </Typography>
          {f.note && (
            <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0, display: 'block' }}>
              {f.note}
            </Typography>
          )}
        </Paper>
      ))}
    </Box>
  );
}
