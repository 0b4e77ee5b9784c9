/**
 * Settings → Sign-in and roles: turn sign-in on or off, the idle lock, and each staff member's role, password or
 * PIN and computer account. A staff member (sign-in on) sees only the button to change their own password.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLES, type Account } from '../../../shared/auth/types';
import { useSave } from '../api/useSave';
import { issueErrorMessage } from '../errors';
import { useNotify } from '../notify/NotifyContext';
import { BorderedTable } from '../components/BorderedTable';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { authQueries } from './queries';
import { SetSecretDialog } from './SetSecretDialog';
import { useSignedIn } from './useSignedIn';

function IdleMinutes({ value }: { readonly value: number }) {
  const { t } = useI18n();
  const [text, setText] = useState(String(value));
  const configure = useSave({
    channel: 'auth.configure',
    invalidates: [['auth']],
    notice: (status) => t('auth.idleSaved', { count: status.idleMinutes }),
  });
  const save = (): void => {
    const minutes = Number(text);
    if (minutes !== value) void configure.save({ idleMinutes: minutes });
  };
  return (
    <TextField
      label={t('auth.idleMinutes')}
      type="number"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      slotProps={{ htmlInput: { min: 1, max: 480 } }}
      sx={{ maxWidth: 360 }}
    />
  );
}

function OsUserField({ account }: { readonly account: Account }) {
  const { t } = useI18n();
  const [text, setText] = useState(account.osUser ?? '');
  const save = useSave({
    channel: 'auth.setOsUser',
    invalidates: [['auth']],
    notice: (saved) => t('auth.osUserSaved', { name: saved.name || t('staff.default') }),
  });
  return (
    <TextField
      size="small"
      sx={{ width: 160 }}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text.trim() !== (account.osUser ?? '')) void save.save({ staffId: account.id, osUser: text });
      }}
      slotProps={{ htmlInput: { 'aria-label': `${t('auth.col.osUser')}: ${account.name}` } }}
    />
  );
}

function Accounts() {
  const { t, format } = useI18n();
  const accounts = useQuery(authQueries.accounts());
  const [secretFor, setSecretFor] = useState<Account | null>(null);
  const setRole = useSave({
    channel: 'auth.setRole',
    invalidates: [['auth']],
    notice: (saved) => t('auth.roleSaved', { name: staffLabel(t, saved), role: t(`auth.role.${saved.role}`) }),
  });
  if (accounts.isError) return <QueryError error={accounts.error} />;
  return (
    <>
      <BorderedTable size="small" aria-label={t('staff.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('staff.col.name')}</TableCell>
            <TableCell>{t('auth.col.role')}</TableCell>
            <TableCell>{t('auth.col.secret')}</TableCell>
            <TableCell sx={{ whiteSpace: 'normal', minWidth: 160 }}>{t('auth.col.osUser')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(accounts.data ?? []).map((a) => (
            <TableRow key={a.id}>
              <TableCell>{staffLabel(t, a)}</TableCell>
              <TableCell sx={{ minWidth: 140 }}>
                <SelectField
                  size="small"
                  value={a.role}
                  onChange={(role) =>
                    void setRole.save({ staffId: a.id, role: role === 'manager' ? 'manager' : 'staff' })
                  }
                  options={ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
                  slotProps={{ htmlInput: { 'aria-label': `${t('auth.col.role')}: ${a.name}` } }}
                />
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography
                    variant="body2"
                    color={a.hasSecret ? 'text.primary' : 'text.secondary'}
                    sx={{ whiteSpace: a.lockedUntil ? undefined : 'nowrap' }}
                  >
                    {a.lockedUntil
                      ? t('auth.lockedUntil', { until: format.dateTime(a.lockedUntil) })
                      : t(a.hasSecret ? 'auth.hasSecret' : 'auth.noSecretYet')}
                  </Typography>
                  <Button size="small" sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} onClick={() => setSecretFor(a)}>
                    {t('auth.setSecret')}
                  </Button>
                </Stack>
              </TableCell>
              <TableCell>
                <OsUserField account={a} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </BorderedTable>
      {secretFor && <SetSecretDialog account={secretFor} onClose={() => setSecretFor(null)} />}
    </>
  );
}

export function SignInSection() {
  const { t } = useI18n();
  const status = useQuery(authQueries.status());
  const { isManager, me } = useSignedIn();
  const [ownSecret, setOwnSecret] = useState(false);
  const notify = useNotify();
  const configure = useSave({
    channel: 'auth.configure',
    invalidates: [['auth']],
    notice: (s) => t(s.enabled ? 'auth.turnedOn' : 'auth.turnedOff'),
    // Why it cannot be turned on (set your own password first) rather than a general refusal.
    onFailed: (error) => (notify({ message: issueErrorMessage(t, error), severity: 'error' }), true),
  });
  if (!status.data) return null;
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="sign-in-section">
      <Typography id="sign-in-section" variant="h2" sx={{ mb: 1 }}>
        {t('auth.section')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('auth.sectionHint')}
      </Typography>
      {isManager ? (
        <Stack spacing={2}>
          <FormControlLabel
            control={
              <Switch
                checked={status.data.enabled}
                onChange={(e) => void configure.save({ enabled: e.target.checked })}
              />
            }
            label={t('auth.enabled')}
          />
          <Alert severity="info">{t('auth.lockout')}</Alert>
          {/* Keyed by the saved value: a new value starts the field over. */}
          <IdleMinutes key={status.data.idleMinutes} value={status.data.idleMinutes} />
          <Accounts />
        </Stack>
      ) : (
        me && (
          <>
            <Button variant="outlined" onClick={() => setOwnSecret(true)}>
              {t('auth.setSecret')}
            </Button>
            {ownSecret && (
              <SetSecretDialog
                account={{ id: me.id, name: me.name, role: me.role, hasSecret: true, lockedUntil: null, osUser: null }}
                onClose={() => setOwnSecret(false)}
              />
            )}
          </>
        )
      )}
    </Paper>
  );
}
