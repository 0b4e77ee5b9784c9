import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import BookmarksOutlinedIcon from '@mui/icons-material/BookmarksOutlined';
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import GppMaybeOutlinedIcon from '@mui/icons-material/GppMaybeOutlined';
import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import DonutLargeOutlinedIcon from '@mui/icons-material/DonutLargeOutlined';
import HistoryOutlinedIcon from '@mui/icons-material/HistoryOutlined';
import FeedbackOutlinedIcon from '@mui/icons-material/FeedbackOutlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import PhoneCallbackOutlinedIcon from '@mui/icons-material/PhoneCallbackOutlined';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import type SvgIcon from '@mui/material/SvgIcon';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/index';
import { callbackQueries } from '../callbacks/queries';
import { PinnedSegments } from '../segments/saved/PinnedSegments';
import { ComplaintNavCount } from '../complaints/ComplaintNavCount';
import { useI18n, useT } from '../i18n/I18nContext';

export const DRAWER_WIDTH = 200;
export const TOP_BAR_HEIGHT = 52;

interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  readonly icon: typeof SvgIcon;
  readonly isActive: (path: string) => boolean;
  /** Shown at the end of the row, e.g. a count. */
  readonly Badge?: () => ReactNode;
}

/** Calls to make today, overdue ones included; red when some are overdue. */
function CallbackCount() {
  const { t, format } = useI18n();
  const counts = useQuery(callbackQueries.counts());
  if (!counts.data) return null;
  const { overdue, today } = counts.data;
  if (overdue + today === 0) return null;
  return (
    <Chip
      size="small"
      color={overdue > 0 ? 'error' : 'primary'}
      label={format.number(overdue + today)}
      aria-label={t('callbacks.navCount', { today, overdue })}
      sx={{ height: 20, fontSize: 12, '& .MuiChip-label': { px: 0.75 } }}
    />
  );
}

/** Work areas on top (segments and reports join this list), housekeeping below. */
const WORK_AREAS: readonly NavItem[] = [
  {
    to: '/',
    label: 'nav.customers',
    icon: PeopleOutlineIcon,
    isActive: (p) => p === '/' || p.startsWith('/customers'),
  },
  {
    to: '/segments',
    label: 'nav.segments',
    icon: DonutLargeOutlinedIcon,
    isActive: (p) => p === '/segments' || p.startsWith('/segments/settings'),
  },
  {
    to: '/segments/saved',
    label: 'savedSegments.nav',
    icon: BookmarksOutlinedIcon,
    isActive: (p) => p.startsWith('/segments/saved'),
  },
  {
    to: '/risk',
    label: 'nav.risk',
    icon: GppMaybeOutlinedIcon,
    isActive: (p) => p.startsWith('/risk'),
  },
  {
    to: '/callbacks',
    label: 'nav.callbacks',
    icon: PhoneCallbackOutlinedIcon,
    isActive: (p) => p === '/callbacks',
    Badge: CallbackCount,
  },
  {
    to: '/callbacks/campaigns',
    label: 'nav.campaigns',
    icon: CampaignOutlinedIcon,
    isActive: (p) => p.startsWith('/callbacks/campaigns'),
  },
  {
    to: '/callbacks/report',
    label: 'nav.callbackReport',
    icon: AssessmentOutlinedIcon,
    isActive: (p) => p.startsWith('/callbacks/report'),
  },
  {
    to: '/complaints',
    label: 'nav.complaints',
    icon: FeedbackOutlinedIcon,
    isActive: (p) => p === '/complaints',
    Badge: ComplaintNavCount,
  },
  {
    to: '/complaints/report',
    label: 'nav.complaintReport',
    icon: InsightsOutlinedIcon,
    isActive: (p) => p.startsWith('/complaints/report'),
  },
  { to: '/import', label: 'nav.import', icon: UploadFileOutlinedIcon, isActive: (p) => p.startsWith('/import') },
];

const HOUSEKEEPING: readonly NavItem[] = [
  {
    to: '/products',
    label: 'nav.products',
    icon: Inventory2OutlinedIcon,
    isActive: (p) => p.startsWith('/products'),
  },
  { to: '/trash', label: 'nav.trash', icon: DeleteOutlineIcon, isActive: (p) => p.startsWith('/trash') },
  { to: '/audit', label: 'audit.title', icon: HistoryOutlinedIcon, isActive: (p) => p.startsWith('/audit') },
  { to: '/settings', label: 'nav.settings', icon: SettingsOutlinedIcon, isActive: (p) => p.startsWith('/settings') },
];

function NavList({ items }: { readonly items: readonly NavItem[] }) {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <List dense sx={{ px: 1 }}>
      {items.map(({ to, label, icon: Icon, isActive, Badge }) => {
        const active = isActive(pathname);
        return (
          <ListItemButton
            key={to}
            component={RouterLink}
            to={to}
            selected={active}
            aria-current={active ? 'page' : undefined}
            sx={{ mb: 0.25 }}
          >
            <ListItemIcon sx={{ minWidth: 36 }}>
              <Icon fontSize="small" color={active ? 'primary' : 'inherit'} />
            </ListItemIcon>
            <ListItemText primary={t(label)} slotProps={{ primary: { noWrap: true } }} />
            {Badge && <Badge />}
          </ListItemButton>
        );
      })}
    </List>
  );
}

export function NavDrawer() {
  const t = useT();
  return (
    <Drawer
      variant="permanent"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        displayPrint: 'none',
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', backgroundColor: '#fafbfc' },
      }}
    >
      <Toolbar variant="dense" sx={{ minHeight: TOP_BAR_HEIGHT }} />
      <Box
        component="nav"
        aria-label={t('nav.label')}
        sx={{ display: 'flex', flexDirection: 'column', flex: 1, pt: 1 }}
      >
        <NavList items={WORK_AREAS} />
        <PinnedSegments />
        <Box sx={{ flex: 1 }} />
        <Divider />
        <NavList items={HOUSEKEEPING} />
      </Box>
    </Drawer>
  );
}
