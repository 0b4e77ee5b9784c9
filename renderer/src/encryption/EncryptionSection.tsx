/** Settings: encrypt the database and its backups, change the passphrase, or remove the encryption. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { EncryptionChange } from '../../../shared/encryption/contract';
import { disableInput, enableInput, rekeyInput } from '../../../shared/encryption/schemas';
import { api } from '../api/client';
import { useSave } from '../api/useSave';
import { QueryError } from '../components/QueryError';
import { issueMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { DossierError } from '../../../shared/result';

type Mode = 'enable' | 'rekey' | 'disable';
const statusKey = ['encryption', 'status'] as const;

export function EncryptionSection() {
  const { t } = useI18n();
  const status = useQuery({ queryKey: statusKey, queryFn: () => api['encryption.status']({}) });
  const [mode, setMode] = useState<Mode | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [left, setLeft] = useState(0);

  const close = () => {
    setMode(null);
    setCurrent('');
    setNext('');
    setRepeat('');
    setErrors({});
  };
  const options = (channel: 'encryption.enable' | 'encryption.rekey' | 'encryption.disable') => ({
    channel,
    invalidates: [statusKey, ['backup']],
    notice: (r: EncryptionChange) =>
      t('encryption.done', { encrypted: String(r.encrypted), backup: r.backup ?? '', count: r.backupsRewritten }),
    onSaved: (r: EncryptionChange) => {
      setLeft(r.backupsLeft.length);
      close();
    },
    onFailed: (error: unknown) => {
      const issue = error instanceof DossierError ? error.issues[0] : undefined;
      if (!issue || !['current', 'passphrase'].includes(issue.path)) return false;
      setErrors({ [issue.path]: issueMessage(t, issue.code) });
      return true;
    },
  });
  const enable = useSave(options('encryption.enable'));
  const rekey = useSave(options('encryption.rekey'));
  const disable = useSave(options('encryption.disable'));
  const pending = enable.isPending || rekey.isPending || disable.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { current, passphrase: next };
    const parsed = (mode === 'enable' ? enableInput : mode === 'rekey' ? rekeyInput : disableInput).safeParse(input);
    const found: Record<string, string> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issueMessage(t, issue.message);
    if (mode !== 'disable' && next !== repeat) found.repeat ??= t('encryption.mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (mode === 'enable') void enable.save({ passphrase: next });
    else if (mode === 'rekey') void rekey.save({ current, passphrase: next });
    else void disable.save({ current });
  };

  const encrypted = status.data?.encrypted ?? false;
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="encryption-title">
      <Typography variant="h2" id="encryption-title" sx={{ mb: 1 }}>
        {t('encryption.title')}
      </Typography>
      {status.isError && <QueryError error={status.error} />}
      {status.data && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t(encrypted ? 'encryption.on' : 'encryption.off')}
        </Typography>
      )}
      {left > 0 && (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {t('encryption.backupsLeft', { count: left })}
        </Alert>
      )}
      {status.data && mode === null && (
        <Stack direction="row" spacing={1}>
          {!encrypted && (
            <Button variant="outlined" onClick={() => setMode('enable')}>
              {t('encryption.enable')}
            </Button>
          )}
          {encrypted && (
            <Button variant="outlined" onClick={() => setMode('rekey')}>
              {t('encryption.rekey')}
            </Button>
          )}
          {encrypted && (
            <Button color="warning" onClick={() => setMode('disable')}>
              {t('encryption.disable')}
            </Button>
          )}
        </Stack>
      )}
      {mode !== null && (
        <Stack component="form" spacing={1.5} sx={{ maxWidth: 420 }} onSubmit={submit} noValidate>
          {mode !== 'enable' && (
            <TextField
              type="password"
              label={t('encryption.current')}
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              error={!!errors.current}
              helperText={errors.current}
              autoComplete="current-password"
              autoFocus
            />
          )}
          {mode !== 'disable' && (
            <>
              <TextField
                type="password"
                label={t('encryption.newPassphrase')}
                value={next}
                onChange={(e) => setNext(e.target.value)}
                error={!!errors.passphrase}
                helperText={errors.passphrase}
                autoComplete="new-password"
                autoFocus={mode === 'enable'}
              />
              <TextField
                type="password"
                label={t('encryption.repeat')}
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                error={!!errors.repeat}
                helperText={errors.repeat}
                autoComplete="new-password"
              />
            </>
          )}
          {pending && <Typography variant="body2">{t('encryption.working')}</Typography>}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" disabled={pending}>
              {t(`encryption.${mode}`)}
            </Button>
            <Button onClick={close} disabled={pending}>
              {t('encryption.cancel')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
