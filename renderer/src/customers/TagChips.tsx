import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';

const SQUARE = { borderRadius: 1 } as const;

/** A customer's tags as chips; `max` keeps table rows one line high. */
export function TagChips({ tags, max }: { readonly tags: readonly string[]; readonly max?: number }) {
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  if (tags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: max === undefined ? 'wrap' : 'nowrap' }}>
      {shown.map((tag) => (
        <Chip key={tag} label={tag} variant="outlined" sx={SQUARE} />
      ))}
      {hidden > 0 && <Chip label={`+${hidden}`} sx={SQUARE} />}
    </Stack>
  );
}
