/** The top bar's "signed in as" and sign-out button, while sign-in is on. */
import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { useSignedIn } from './useSignedIn';

export function SignedInBadge() {
  const t = useT();
  const client = useQueryClient();
  const { me } = useSignedIn();
  if (!me) return null;
  const signOut = (): void => {
    void api['auth.signOut']({}).finally(() => client.resetQueries());
  };
  return (
    <>
      <Typography variant="body2" noWrap sx={{ flexShrink: 0 }}>
        {t('auth.signedInAs', { name: staffLabel(t, me.name), role: t(`auth.role.${me.role}`) })}
      </Typography>
      <Button color="inherit" startIcon={<LogoutIcon />} onClick={signOut} sx={{ flexShrink: 0 }}>
        {t('auth.signOut')}
      </Button>
    </>
  );
}
