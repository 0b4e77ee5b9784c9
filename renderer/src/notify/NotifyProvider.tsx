import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';
import { NotifyContext, type Notice } from './NotifyContext';

interface Shown extends Notice {
  readonly key: number;
}

/** One Snackbar for the whole app; a new notice replaces the current one. */
export function NotifyProvider({ children }: { readonly children: ReactNode }) {
  const t = useT();
  const [shown, setShown] = useState<Shown | null>(null);
  const [open, setOpen] = useState(false);
  const notify = useCallback((notice: Notice) => {
    setShown({ ...notice, key: Date.now() });
    setOpen(true);
  }, []);
  const close = (_event?: unknown, reason?: string): void => {
    if (reason !== 'clickaway') setOpen(false);
  };
  const severity = shown?.severity ?? 'success';

  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={shown?.key}
        open={open}
        onClose={close}
        autoHideDuration={shown?.action ? 8000 : severity === 'error' ? 8000 : 4000}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={severity}
          variant="filled"
          onClose={close}
          closeText={t('action.dismiss')}
          action={
            shown?.action ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  shown.action?.onClick();
                  setOpen(false);
                }}
              >
                {shown.action.label}
              </Button>
            ) : undefined
          }
          sx={{ minWidth: 280, alignItems: 'center' }}
        >
          {typeof shown?.message === 'object' ? t(shown.message.key) : shown?.message}
        </Alert>
      </Snackbar>
    </NotifyContext>
  );
}
