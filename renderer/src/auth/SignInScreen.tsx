/** The sign-in screen (desktop window and web tab alike): pick your name, type your password or PIN. */
import FolderSharedOutlinedIcon from '@mui/icons-material/FolderSharedOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AuthStatus } from '../../../shared/auth/types';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { SelectField } from '../components/SelectField';
import { errorMessage, issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';

export function SignInScreen({ status }: { readonly status: AuthStatus }) {
  const { t, format } = useI18n();
  const client = useQueryClient();
  const [staffId, setStaffId] = useState(status.accounts[0]?.id ?? '');
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api['auth.signIn']({ staffId, secret });
      setSecret('');
      // Everything cached before belonged to nobody (or someone else): start over as the signed-in person.
      client.resetQueries();
    } catch (error) {
      if (error instanceof DossierError && error.code === 'auth.locked')
        setProblem(
          t('auth.locked', {
            minutes: error.details.minutes ?? 5,
            until: format.dateTime(String(error.details.until ?? '')),
          }),
        );
      else setProblem(error instanceof DossierError ? issueErrorMessage(t, error) : errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default' }}>
      <Paper
        component="form"
        onSubmit={(e) => void submit(e)}
        sx={{ p: 4, width: 380 }}
        aria-labelledby="sign-in-title"
      >
        <Stack spacing={2.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <FolderSharedOutlinedIcon color="primary" />
            <Typography id="sign-in-title" variant="h2" component="h1">
              {t('auth.signInTitle')}
            </Typography>
          </Stack>
          {status.accounts.length === 0 ? (
            <Alert severity="warning">{t('auth.noAccounts')}</Alert>
          ) : (
            <>
              <Typography color="text.secondary">{t('auth.signInHint')}</Typography>
              <SelectField
                label={t('auth.who')}
                value={staffId}
                onChange={setStaffId}
                options={status.accounts.map((a) => ({ value: a.id, label: staffLabel(t, a) }))}
              />
              <TextField
                label={t('auth.secret')}
                type="password"
                autoComplete="current-password"
                value={secret}
                onChange={(e) => setSecret(e.target.value)}
                autoFocus
              />
              {problem && <Alert severity="error">{problem}</Alert>}
              <Button type="submit" variant="contained" disabled={busy || !staffId || !secret}>
                {t('auth.signIn')}
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
