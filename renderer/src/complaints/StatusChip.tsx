import Chip from '@mui/material/Chip';
import type { ComplaintStatus } from '../../../shared/complaints/types';
import { useT } from '../i18n/I18nContext';

const COLOR: Readonly<Record<ComplaintStatus, 'warning' | 'info' | 'success' | 'default'>> = {
  open: 'warning',
  in_progress: 'info',
  resolved: 'success',
  closed: 'default',
};

export function StatusChip({ status }: { readonly status: ComplaintStatus }) {
  const t = useT();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLOR[status]}
      label={t(`complaintStatus.${status}`)}
      sx={{ flexShrink: 0 }}
    />
  );
}
