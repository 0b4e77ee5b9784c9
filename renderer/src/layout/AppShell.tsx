import AddIcon from '@mui/icons-material/Add';
import FolderSharedOutlinedIcon from '@mui/icons-material/FolderSharedOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { SignedInBadge } from '../auth/SignedInBadge';
import { useSignedIn } from '../auth/useSignedIn';
import { Reminders } from '../callbacks/Reminders';
import { GlobalSearch } from '../search/GlobalSearch';
import { usePhoneRegion } from '../settings/usePhoneRegion';
import { ChooseStaffDialog } from '../staff/ChooseStaffDialog';
import { useGlobalShortcuts } from '../hooks/useGlobalShortcuts';
import { useT } from '../i18n/I18nContext';
import { DRAWER_WIDTH, NavDrawer, TOP_BAR_HEIGHT } from './NavDrawer';

/** Top bar (name, search, new customer), navigation on the left, the current page in the middle. */
export function AppShell() {
  const t = useT();
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  usePhoneRegion();
  const signIn = useSignedIn();
  const newCustomer = (): void => void navigate('/customers/new');

  useGlobalShortcuts({
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    newCustomer,
  });

  return (
    <Box
      sx={{
        display: 'flex',
        height: '100vh',
        overflow: 'hidden',
        '@media print': { height: 'auto', overflow: 'visible' },
      }}
    >
      <AppBar
        position="fixed"
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          borderBottom: 1,
          borderColor: 'divider',
          displayPrint: 'none',
        }}
      >
        <Toolbar variant="dense" sx={{ gap: 2, minHeight: TOP_BAR_HEIGHT }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: DRAWER_WIDTH - 24, flexShrink: 0 }}>
            <FolderSharedOutlinedIcon color="primary" />
            <Typography variant="h3" component="div" noWrap>
              {t('app.name')}
            </Typography>
          </Box>
          <Box sx={{ flex: 1, display: 'flex' }}>
            <GlobalSearch inputRef={searchRef} />
          </Box>
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={newCustomer}
            title={t('action.newCustomerHint')}
            aria-keyshortcuts="Control+N N"
            sx={{ flexShrink: 0 }}
          >
            {t('action.newCustomer')}
          </Button>
          <SignedInBadge />
        </Toolbar>
      </AppBar>
      <NavDrawer />
      <Reminders />
      {/* With sign-in on, who is working is whoever signed in. */}
      {!signIn.enabled && <ChooseStaffDialog />}
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" sx={{ minHeight: TOP_BAR_HEIGHT, flexShrink: 0, displayPrint: 'none' }} />
        {/* The page scrolls here, under a fixed top bar; full-height pages (the list) fill it exactly. */}
        <Box
          id="page"
          sx={{
            flex: 1,
            minHeight: 0,
            overflow: 'auto',
            px: 3,
            pt: 2.5,
            pb: 3,
            display: 'flex',
            flexDirection: 'column',
            // A printout is the page alone, at full length.
            '@media print': { overflow: 'visible', px: 0, pt: 0 },
          }}
        >
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
