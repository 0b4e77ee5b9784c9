import Chip from '@mui/material/Chip';
import type { SearchHit } from '../../../shared/search/types';
import { useT } from '../i18n/I18nContext';

/** Why a search hit was found: 拼音, 电话… */
export function MatchedChip({ matched }: { readonly matched: SearchHit['matched'] }) {
  const t = useT();
  return <Chip variant="outlined" label={t(`search.matched.${matched}`)} sx={{ flexShrink: 0 }} />;
}
