import Chip from '@mui/material/Chip';
import { useT } from '../i18n/I18nContext';

/** Warmer as the risk rises: R1–R2 plain, R3 amber-ish, R4–R5 red. */
const COLOURS = { 1: 'default', 2: 'default', 3: 'warning', 4: 'error', 5: 'error' } as const;

/** A product's risk rating as a small chip, its full name (R4 · Medium-high) as the title. */
export function RatingChip({ rating }: { readonly rating: number }) {
  const t = useT();
  const grade = Math.min(5, Math.max(1, Math.round(rating))) as 1 | 2 | 3 | 4 | 5;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLOURS[grade]}
      label={`R${grade}`}
      title={t(`productRating.${grade}`)}
      sx={{ height: 20, fontSize: 12 }}
    />
  );
}
