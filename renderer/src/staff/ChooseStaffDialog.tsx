/**
 * At start, when several staff share this desk, asks who is working (once per session: a reload keeps the choice,
 * a new window or a new start of the app asks again). Sign-in with passwords comes later.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';

const CHOSEN = 'dossier.staffChosen';

function chosenThisSession(): boolean {
  try {
    return sessionStorage.getItem(CHOSEN) === '1';
  } catch {
    return true;
  }
}

function rememberChosen(): void {
  try {
    sessionStorage.setItem(CHOSEN, '1');
  } catch {
    // No session storage: the prompt simply comes again next start.
  }
}

export function ChooseStaffDialog() {
  const t = useT();
  const titleId = useId();
  const staff = useQuery(queries.staff());
  const settings = useQuery(queries.settings());
  // Decided once, from what the app started with: staff added later in this session do not pop the question up.
  const [asking, setAsking] = useState<boolean | null>(null);
  const save = useSave({
    channel: 'settings.update',
    update: (client, saved) => client.setQueryData(queries.settings().queryKey, saved),
    onSaved: () => {
      rememberChosen();
      setAsking(false);
    },
  });
  if (asking === null && staff.data && settings.data) setAsking(staff.data.length >= 2 && !chosenThisSession());
  if (!asking || !staff.data) return null;

  const currentId = settings.data?.currentStaffId ?? staff.data.find((s) => s.isDefault)?.id;
  const keep = () => {
    rememberChosen();
    setAsking(false);
  };
  return (
    <Dialog open onClose={keep} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('staff.choose.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('staff.choose.body')}</DialogContentText>
        <Stack spacing={1}>
          {staff.data.map((s) => (
            <Button
              key={s.id}
              variant={s.id === currentId ? 'contained' : 'outlined'}
              autoFocus={s.id === currentId}
              disabled={save.isPending}
              onClick={() => (s.id === currentId ? keep() : void save.save({ currentStaffId: s.id }))}
            >
              {staffLabel(t, s)}
            </Button>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={keep}>{t('action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
