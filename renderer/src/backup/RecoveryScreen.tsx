/**
 * When the core found its database damaged at start it answers only the recovery channels: this full page says so,
 * names the newest intact backup and restores it, then the app reloads into the restored data.
 */
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Recovery } from '../../../shared/backup/contract';
import { api } from '../api/client';
import { issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { backupTime, fileSize, reasonLabel } from './labels';
import { backupQueries } from './queries';

function RecoveryScreen({ recovery }: { readonly recovery: Recovery }) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { backup, problem } = recovery;
  const path = typeof problem?.details?.path === 'string' ? problem.details.path : '';
  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    setFailure(null);
    try {
      await api['backup.recover']({ path: backup.path });
      window.location.reload();
    } catch (error) {
      setFailure(issueErrorMessage(t, error));
      setBusy(false);
    }
  };
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Paper sx={{ p: 4, maxWidth: 640, width: '100%' }}>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <ReportProblemOutlinedIcon color="error" fontSize="large" />
            <Typography variant="h1">{t('recovery.title')}</Typography>
          </Stack>
          <Typography sx={{ overflowWrap: 'anywhere' }}>{t('recovery.body', { path })}</Typography>
          {backup ? (
            <>
              <Typography>
                {t('recovery.backup', {
                  time: backupTime(language, backup.createdAt),
                  size: fileSize(language, backup.size),
                  reason: reasonLabel(t, backup),
                })}
              </Typography>
              <Typography>{t('recovery.lost')}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                {backup.path}
              </Typography>
              {failure && <Alert severity="error">{failure}</Alert>}
              <div>
                <Button variant="contained" size="large" disabled={busy} onClick={() => void restore()}>
                  {t('recovery.restore')}
                </Button>
              </div>
            </>
          ) : (
            <Alert severity="error">{t('recovery.none')}</Alert>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}

/** The app as usual, unless the core started in recovery; then only the recovery page. */
export function RecoveryGate({ children }: { readonly children: ReactNode }) {
  const recovery = useQuery(backupQueries.recovery());
  if (recovery.isPending) return null;
  if (recovery.data?.problem) return <RecoveryScreen recovery={recovery.data} />;
  return children;
}
