/**
 * An encrypted database opened by the web host waits for its passphrase: until it is given, only the unlock
 * channel answers, so this screen stands in front of the whole app.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api/client';
import { errorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';

export function UnlockGate({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['encryption', 'status'], queryFn: () => api['encryption.status']({}) });
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Anything else (the database cannot be opened at all) is for the app's own error screens to say.
  if (status.isPending) return null;
  if (!status.data?.locked) return children;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api['encryption.unlock']({ passphrase });
      setProblem(null);
      // Everything asked while locked (the language, the app's info) is asked again of the open database.
      await client.resetQueries();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 2 }}>
      <Paper component="main" sx={{ p: 3, width: '100%', maxWidth: 440 }}>
        <Typography variant="h1" sx={{ mb: 1 }}>
          {t('encryption.unlock.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('error.db_key_needed')}
        </Typography>
        <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField
            type="password"
            label={t('encryption.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete="current-password"
            autoFocus
          />
          <Button type="submit" variant="contained" disabled={busy || passphrase === ''}>
            {t('encryption.unlock.button')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
