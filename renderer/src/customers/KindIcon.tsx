import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import PersonOutlineIcon from '@mui/icons-material/PersonOutline';
import type { CustomerKind } from '../../../shared/customers/types';
import { useT } from '../i18n/I18nContext';

/** Person or company at a glance, named for screen readers. */
export function KindIcon({ kind }: { readonly kind: CustomerKind }) {
  const t = useT();
  const Icon = kind === 'company' ? ApartmentOutlinedIcon : PersonOutlineIcon;
  return (
    <Icon
      titleAccess={t(`kind.${kind}`)}
      fontSize="small"
      sx={{ color: kind === 'company' ? 'primary.light' : 'text.disabled', flexShrink: 0 }}
    />
  );
}
