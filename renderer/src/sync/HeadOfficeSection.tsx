/**
 * Settings: this branch's head office — the branch it is, where it pushes (address and password), and how the
 * push stands: the last one, the changes waiting and the last problem, in the reader's language.
 */
import CloudUploadOutlinedIcon from '@mui/icons-material/CloudUploadOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isMessageKey } from '../../../shared/i18n/index';
import { syncConfigureInput } from '../../../shared/sync/schemas';
import type { SyncProblem } from '../../../shared/sync/types';
import { api } from '../api/client';
import { useSignedIn } from '../auth/useSignedIn';
import { useSave } from '../api/useSave';
import { QueryError } from '../components/QueryError';
import { issueMessage } from '../errors';
import { useI18n, type Translate } from '../i18n/I18nContext';

const statusKey = ['sync', 'status'] as const;

function problemText(t: Translate, problem: SyncProblem): string {
  return isMessageKey(problem.code)
    ? t(problem.code, problem.params)
    : t('sync.error.other', { message: problem.code });
}

export function HeadOfficeSection() {
  const { t, format } = useI18n();
  const { isManager } = useSignedIn();
  // The app pushes by itself every few minutes: the figures follow.
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => api['sync.status']({}),
    refetchInterval: 30_000,
    enabled: isManager,
  });
  // Null until edited: the stored address (kept without its password) is shown.
  const [edited, setUrl] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [urlError, setUrlError] = useState<string | undefined>();
  const url = edited ?? status.data?.url ?? '';

  const configure = useSave({
    channel: 'sync.configure',
    invalidates: [statusKey],
    notice: 'sync.settings.saved',
    onSaved: () => {
      setPassword('');
      setUrl(null);
    },
  });
  const push = useSave({
    channel: 'sync.push',
    invalidates: [statusKey],
    // A failed push is recorded too: the section shows the problem and the queue as they are now.
    invalidateOnFailure: true,
    notice: (r) => t('sync.settings.pushed', { count: r.pushed + r.tombstones + r.erased }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = syncConfigureInput.safeParse({ url, password });
    setUrlError(parsed.success ? undefined : issueMessage(t, parsed.error.issues[0]?.message));
    if (parsed.success) void configure.save({ url, password: password || undefined });
  };

  const s = status.data;
  if (!isManager) return null;
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="head-office-title">
      <Typography variant="h2" id="head-office-title" sx={{ mb: 1 }}>
        {t('sync.settings.title')}
      </Typography>
      {status.isError && <QueryError error={status.error} />}
      {s && !s.branch && (
        <Typography variant="body2" color="text.secondary">
          {t('sync.settings.noBranch')}
        </Typography>
      )}
      {s?.branch && (
        <Stack spacing={1.5}>
          <Typography variant="body2" color="text.secondary">
            {t('sync.settings.intro')}
          </Typography>
          <Typography variant="subtitle1">
            {t('sync.settings.branch', { code: s.branch.code, name: s.branch.name })}
          </Typography>
          <Stack component="form" spacing={1.5} sx={{ maxWidth: 520 }} onSubmit={submit} noValidate>
            <TextField
              label={t('sync.settings.url')}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              error={!!urlError}
              helperText={urlError}
              inputProps={{ spellCheck: false }}
            />
            <TextField
              type="password"
              label={t('sync.settings.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              helperText={s.passwordSet ? t('sync.settings.passwordKept') : undefined}
              autoComplete="new-password"
            />
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="outlined" disabled={configure.isPending}>
                {t('sync.settings.save')}
              </Button>
              <Button
                startIcon={<CloudUploadOutlinedIcon />}
                disabled={!s.url || push.isPending}
                onClick={() => void push.save(undefined)}
              >
                {t('sync.settings.pushNow')}
              </Button>
            </Stack>
          </Stack>
          <Typography variant="body2" data-testid="sync-queue">
            {t('sync.settings.queue', { count: s.queue })}
          </Typography>
          <Typography variant="body2" data-testid="sync-last-push">
            {s.lastPushAt
              ? t('sync.settings.lastPush', { at: format.dateTime(s.lastPushAt), count: s.lastPushed })
              : t('sync.settings.never')}
          </Typography>
          {s.lastError && (
            <Alert severity="warning" data-testid="sync-last-error">
              {t('sync.settings.lastError', { at: format.dateTime(s.lastError.at) })} {problemText(t, s.lastError)}
            </Alert>
          )}
        </Stack>
      )}
    </Paper>
  );
}
