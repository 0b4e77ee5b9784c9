/** The navigation column every layout shares: a permanent drawer under the top bar, and its list of pages. */
import type SvgIcon from '@mui/material/SvgIcon';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/index';
import { useT } from '../i18n/I18nContext';

export const DRAWER_WIDTH = 200;
export const TOP_BAR_HEIGHT = 52;

export interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  readonly icon: typeof SvgIcon;
  readonly isActive: (path: string) => boolean;
  /** Shown at the end of the row, e.g. a count. */
  readonly Badge?: () => ReactNode;
}

/** Pages as rows; the current one is selected and announced as the current page. */
export function NavList({ items }: { readonly items: readonly NavItem[] }) {
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

/** The drawer itself; `label` names the navigation for screen readers. */
export function SideNav({ label, children }: { readonly label: string; readonly children: ReactNode }) {
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
      <Box component="nav" aria-label={label} sx={{ display: 'flex', flexDirection: 'column', flex: 1, pt: 1 }}>
        {children}
      </Box>
    </Drawer>
  );
}
