/** The pinned saved segments in the navigation, each with its count; one opens the customer list filtered by it. */
import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useLocation } from 'react-router';
import { useI18n } from '../../i18n/I18nContext';
import { savedSegmentQueries } from './queries';
import { segmentListPath } from './SavedSegmentsPage';

export function PinnedSegments() {
  const { t, format } = useI18n();
  const { pathname, search } = useLocation();
  const pinned = useQuery(savedSegmentQueries.list(true));
  const rows = pinned.data ?? [];
  if (rows.length === 0) return null;
  const open = pathname === '/' ? new URLSearchParams(search).get('segment') : null;
  return (
    <List
      dense
      sx={{ px: 1 }}
      aria-label={t('savedSegments.navPinned')}
      subheader={
        <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: '28px', fontSize: 12 }}>
          {t('savedSegments.navPinned')}
        </ListSubheader>
      }
    >
      {rows.map((s) => (
        <ListItemButton
          key={s.id}
          component={RouterLink}
          to={segmentListPath(s)}
          selected={open === s.id}
          aria-current={open === s.id ? 'page' : undefined}
          aria-label={t('savedSegments.navCount', { name: s.name, count: s.count })}
          sx={{ mb: 0.25 }}
        >
          <ListItemIcon sx={{ minWidth: 36 }}>
            <BookmarkBorderIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={s.name} slotProps={{ primary: { noWrap: true } }} />
          <Chip
            size="small"
            label={format.number(s.count)}
            sx={{ height: 20, fontSize: 12, '& .MuiChip-label': { px: 0.75 } }}
          />
        </ListItemButton>
      ))}
    </List>
  );
}
