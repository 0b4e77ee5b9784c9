/**
 * In-app call-back reminders (web host): asks `callbacks.reminders` once when the page opens — the catch-up of what
 * came due while Dossier was closed — and then every minute, and keeps each delivery on screen until dismissed.
 *
 * Every answer is a delivery (the core marks it delivered), so nothing shows twice, not even after a reload. On the
 * desktop the main process delivers instead (OS notifications, badge, tray: electron/reminders.ts) and this shows
 * nothing: two deliverers would split the reminders between them, and peeking would only repeat what main showed.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CallbackReminders } from '../../../shared/callbacks/types';
import { ONE_BY_ONE, reminderMessages } from '../../../shared/callbacks/reminders';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { useT } from '../i18n/I18nContext';

const POLL_MS = 60_000;
/** Notices kept on screen; older ones give way. */
const MAX_NOTICES = 4;

/** One message of a delivery; its text is made when shown, so it follows a change of language. */
interface Notice {
  readonly key: string;
  readonly delivery: CallbackReminders;
  readonly index: number;
}

/** Mounted once in the app shell. */
export function Reminders() {
  const t = useT();
  const navigate = useNavigate();
  const info = useQuery(queries.appInfo());
  const inPage = info.data?.host === 'web';
  const [notices, setNotices] = useState<readonly Notice[]>([]);

  useEffect(() => {
    if (!inPage) return;
    const deliver = (): void => {
      api['callbacks.reminders']({}).then(
        (delivery) => {
          // An answer that arrives after a remount still shows: it was delivered, so no later call repeats it.
          if (delivery.total === 0) return;
          const at = Date.now();
          const count = delivery.catchUp || delivery.total > ONE_BY_ONE ? 1 : delivery.dueNow.length;
          const fresh = Array.from({ length: count }, (_, index) => ({ key: `${at}-${index}`, delivery, index }));
          setNotices((shown) => [...fresh, ...shown].slice(0, MAX_NOTICES));
        },
        // A failed poll is retried by the next one; nothing was marked delivered.
        () => undefined,
      );
    };
    deliver();
    const timer = window.setInterval(deliver, POLL_MS);
    return () => window.clearInterval(timer);
  }, [inPage]);

  if (notices.length === 0) return null;
  const dismiss = (key: string): void => setNotices((shown) => shown.filter((n) => n.key !== key));

  return (
    <Stack
      component="section"
      aria-label={t('reminders.label')}
      spacing={1}
      sx={{
        position: 'fixed',
        right: 24,
        bottom: 24,
        width: 380,
        maxWidth: 'calc(100vw - 48px)',
        // Over the bars and the drawer, under dialogs: a reminder never covers a dialog's buttons.
        zIndex: (theme) => theme.zIndex.modal - 1,
      }}
    >
      {notices.map((notice) => {
        const message = reminderMessages(t, notice.delivery)[notice.index];
        if (!message) return null;
        const { title, body } = message;
        return (
          <Alert
            key={notice.key}
            severity={message.kind === 'catchUp' ? 'warning' : 'info'}
            variant="standard"
            elevation={6}
            onClose={() => dismiss(notice.key)}
            closeText={t('action.dismiss')}
            sx={{ bgcolor: 'background.paper', boxShadow: 6, '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}
          >
            <AlertTitle sx={{ fontWeight: 600 }}>{title}</AlertTitle>
            {body && <div>{body}</div>}
            <Button
              size="small"
              variant="outlined"
              color="inherit"
              onClick={() => {
                dismiss(notice.key);
                void navigate('/callbacks');
              }}
              sx={{ mt: 1 }}
            >
              {t('reminders.openQueue')}
            </Button>
          </Alert>
        );
      })}
    </Stack>
  );
}
