import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutline';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import type SvgIcon from '@mui/material/SvgIcon';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import { Link as RouterLink, useLocation } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/index';
import { useT } from '../i18n/I18nContext';

export const DRAWER_WIDTH = 200;
export const TOP_BAR_HEIGHT = 52;

interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  readonly icon: typeof SvgIcon;
  readonly isActive: (path: string) => boolean;
}

/** Work areas on top (call-backs, segments, reports and import join this list), housekeeping below. */
const WORK_AREAS: readonly NavItem[] = [
  {
    to: '/',
    label: 'nav.customers',
    icon: PeopleOutlineIcon,
    isActive: (p) => p === '/' || p.startsWith('/customers'),
  },
  { to: '/import', label: 'nav.import', icon: UploadFileOutlinedIcon, isActive: (p) => p.startsWith('/import') },
];

const HOUSEKEEPING: readonly NavItem[] = [
  { to: '/trash', label: 'nav.trash', icon: DeleteOutlineIcon, isActive: (p) => p.startsWith('/trash') },
  { to: '/settings', label: 'nav.settings', icon: SettingsOutlinedIcon, isActive: (p) => p.startsWith('/settings') },
];

function NavList({ items }: { readonly items: readonly NavItem[] }) {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <List dense sx={{ px: 1 }}>
      {items.map(({ to, label, icon: Icon, isActive }) => {
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
        <Box sx={{ flex: 1 }} />
        <Divider />
        <NavList items={HOUSEKEEPING} />
      </Box>
    </Drawer>
  );
}
