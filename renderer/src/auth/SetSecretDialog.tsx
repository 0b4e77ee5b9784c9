import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { SECRET_MIN } from '../../../shared/auth/schemas';
import type { Account } from '../../../shared/auth/types';
import { DossierError } from '../../../shared/result';
import { useSave } from '../api/useSave';
import { issueMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';

/** Sets a password or PIN for one staff member (a manager: anyone's; staff: their own). */
export function SetSecretDialog({ account, onClose }: { readonly account: Account; readonly onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const name = staffLabel(t, account);
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSave({
    channel: 'auth.setSecret',
    invalidates: [['auth']],
    notice: () => t('auth.secretSaved', { name }),
    onSaved: onClose,
    onFailed: (error) => {
      if (!(error instanceof DossierError) || error.code !== 'validation') return false;
      setProblem(issueMessage(t, error.issues[0]?.code));
      return true;
    },
  });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    // The same rule the core checks, said before asking it.
    if (secret.length < SECRET_MIN) setProblem(t('auth.secretTooShort'));
    else void save.save({ staffId: account.id, secret });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <form onSubmit={submit}>
        <DialogTitle id={titleId}>{t('auth.setSecretFor', { name })}</DialogTitle>
        <DialogContent>
          <TextField
            label={t('auth.secret')}
            type="password"
            autoComplete="new-password"
            value={secret}
            onChange={(e) => {
              setSecret(e.target.value);
              setProblem(null);
            }}
            error={problem !== null}
            helperText={problem ?? ' '}
            autoFocus
            fullWidth
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
