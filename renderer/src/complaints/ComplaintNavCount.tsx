import Chip from '@mui/material/Chip';
import { useQuery } from '@tanstack/react-query';
import { localDate } from '../../../shared/rules/calendar';
import { useI18n } from '../i18n/I18nContext';
import { complaintQueries } from './queries';

/** On the navigation: today's count of overdue complaints, in red; nothing when none is overdue. */
export function ComplaintNavCount() {
  const { t, format } = useI18n();
  const counts = useQuery(complaintQueries.counts(localDate()));
  const overdue = counts.data?.overdue ?? 0;
  if (overdue === 0) return null;
  return (
    <Chip
      size="small"
      color="error"
      label={format.number(overdue)}
      aria-label={t('complaints.navCount', { count: overdue })}
      sx={{ height: 20, fontSize: 12, '& .MuiChip-label': { px: 0.75 } }}
    />
  );
}
