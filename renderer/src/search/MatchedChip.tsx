import Chip from '@mui/material/Chip';
import type { SearchHit } from '../../../shared/search/types';
import { useT } from '../i18n/I18nContext';

/** Why a search hit was found: 拼音, 电话, 联系人：李建国… */
export function MatchedChip({ matched, contact }: Pick<SearchHit, 'matched' | 'contact'>) {
  const t = useT();
  const label =
    matched === 'contact' && contact
      ? t('search.matched.contactName', { name: contact })
      : t(`search.matched.${matched}`);
  return <Chip variant="outlined" label={label} sx={{ flexShrink: 0 }} />;
}
