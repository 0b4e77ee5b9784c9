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
import type { Callback, CallbackReminders } from '../../../shared/callbacks';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { useT, type Translate } from '../i18n/I18nContext';

const POLL_MS = 60_000;
/** Up to this many call-backs get a notice each; more get one summary. */
const ONE_BY_ONE = 3;
const NAMES_SHOWN = 3;
/** Notices kept on screen; older ones give way. */
const MAX_NOTICES = 4;

type Notice =
  | { readonly key: string; readonly kind: 'catchUp' | 'dueMany'; readonly delivery: CallbackReminders }
  | { readonly key: string; readonly kind: 'due'; readonly callback: Callback };

function noticesOf(delivery: CallbackReminders, at: number): Notice[] {
  if (delivery.total === 0) return [];
  if (delivery.catchUp) return [{ key: `catchUp-${at}`, kind: 'catchUp', delivery }];
  if (delivery.total > ONE_BY_ONE) return [{ key: `many-${at}`, kind: 'dueMany', delivery }];
  return delivery.dueNow.map((callback) => ({ key: `due-${callback.id}-${at}`, kind: 'due', callback }));
}

function names(t: Translate, delivery: CallbackReminders): string {
  const shown = delivery.dueNow.slice(0, NAMES_SHOWN).map((c) => c.customerName);
  const joined = shown.join(t('reminders.nameSeparator'));
  return delivery.total > shown.length
    ? t('reminders.namesMore', { names: joined, more: delivery.total - shown.length, total: delivery.total })
    : joined;
}

function timeOf(t: Translate, c: Callback): string {
  return c.windowStart && c.windowEnd
    ? t('reminders.window', { start: c.windowStart, end: c.windowEnd })
    : t('reminders.anyTime');
}

function texts(t: Translate, notice: Notice): { title: string; body: string } {
  switch (notice.kind) {
    case 'catchUp': {
      const { total } = notice.delivery;
      return {
        title: total === 1 ? t('reminders.catchUp.one') : t('reminders.catchUp', { count: total }),
        body: names(t, notice.delivery),
      };
    }
    case 'dueMany':
      return { title: t('reminders.dueMany', { count: notice.delivery.total }), body: names(t, notice.delivery) };
    case 'due':
      return {
        title: t('reminders.dueTitle', { name: notice.callback.customerName }),
        body: t('reminders.detail', {
          purpose: t(`callbackPurpose.${notice.callback.purpose}`),
          time: timeOf(t, notice.callback),
        }),
      };
  }
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
          setNotices((shown) => [...noticesOf(delivery, Date.now()), ...shown].slice(0, MAX_NOTICES));
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
        const { title, body } = texts(t, notice);
        return (
          <Alert
            key={notice.key}
            severity={notice.kind === 'catchUp' ? 'warning' : 'info'}
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
