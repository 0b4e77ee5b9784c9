import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { SignedInBadge } from '../auth/SignedInBadge';
import { useSignedIn } from '../auth/useSignedIn';
import { Reminders } from '../callbacks/Reminders';
import { GlobalSearch } from '../search/GlobalSearch';
import { usePhoneRegion } from '../settings/usePhoneRegion';
import { ChooseStaffDialog } from '../staff/ChooseStaffDialog';
import { useGlobalShortcuts } from '../hooks/useGlobalShortcuts';
import { useT } from '../i18n/I18nContext';
import { NavDrawer } from './NavDrawer';
import { ShellFrame } from './ShellFrame';

/** The branch's layout: search and "new customer" in the top bar, every work area in the navigation. */
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
    <ShellFrame
      tools={
        <>
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
        </>
      }
      nav={<NavDrawer />}
    >
      <Reminders />
      {/* With sign-in on, who is working is whoever signed in. */}
      {!signIn.enabled && <ChooseStaffDialog />}
    </ShellFrame>
  );
}
