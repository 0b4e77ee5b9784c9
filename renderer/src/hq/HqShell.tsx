/** The head-office layout: the app's top bar and navigation, with only head office's pages. */
import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import FolderSharedOutlinedIcon from '@mui/icons-material/FolderSharedOutlined';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import SearchIcon from '@mui/icons-material/Search';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/I18nContext';
import { DRAWER_WIDTH, TOP_BAR_HEIGHT } from '../layout/NavDrawer';

const PAGES = [
  {
    to: '/',
    label: 'hq.nav.branches',
    icon: ApartmentOutlinedIcon,
    active: (p: string) => p === '/' || p.startsWith('/branches'),
  },
  { to: '/search', label: 'hq.nav.search', icon: SearchIcon, active: (p: string) => p.startsWith('/search') },
  {
    to: '/same-person',
    label: 'hq.nav.samePerson',
    icon: PeopleAltOutlinedIcon,
    active: (p: string) => p.startsWith('/same-person'),
  },
] as const;

export function HqShell() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
      <AppBar
        position="fixed"
        sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar variant="dense" sx={{ gap: 2, minHeight: TOP_BAR_HEIGHT }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: DRAWER_WIDTH - 24, flexShrink: 0 }}>
            <FolderSharedOutlinedIcon color="primary" />
            <Typography variant="h3" component="div" noWrap>
              {t('app.name')}
            </Typography>
          </Box>
          <Chip size="small" color="primary" variant="outlined" label={t('hq.mode')} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', backgroundColor: '#fafbfc' },
        }}
      >
        <Toolbar variant="dense" sx={{ minHeight: TOP_BAR_HEIGHT }} />
        <Box component="nav" aria-label={t('hq.title')} sx={{ pt: 1 }}>
          <List dense sx={{ px: 1 }}>
            {PAGES.map(({ to, label, icon: Icon, active }) => {
              const current = active(pathname);
              return (
                <ListItemButton
                  key={to}
                  component={RouterLink}
                  to={to}
                  selected={current}
                  aria-current={current ? 'page' : undefined}
                  sx={{ mb: 0.25 }}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>
                    <Icon fontSize="small" color={current ? 'primary' : 'inherit'} />
                  </ListItemIcon>
                  <ListItemText primary={t(label)} slotProps={{ primary: { noWrap: true } }} />
                </ListItemButton>
              );
            })}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" sx={{ minHeight: TOP_BAR_HEIGHT, flexShrink: 0 }} />
        <Box id="page" sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 3, pt: 2.5, pb: 3 }}>
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
