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
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import { useQuery } from '@tanstack/react-query';
import { callbackQueries } from '../callbacks/queries';
import { PinnedSegments } from '../segments/saved/PinnedSegments';
import { ComplaintNavCount } from '../complaints/ComplaintNavCount';
import { useI18n, useT } from '../i18n/I18nContext';
import { NavList, SideNav, type NavItem } from './SideNav';

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

export function NavDrawer() {
  const t = useT();
  return (
    <SideNav label={t('nav.label')}>
      <NavList items={WORK_AREAS} />
      <PinnedSegments />
      <Box sx={{ flex: 1 }} />
      <Divider />
      <NavList items={HOUSEKEEPING} />
    </SideNav>
  );
}
