/**
 * Desktop reminders: a timer in the main process asks the core what came due (once at start-up, which is the
 * catch-up of what came due while Dossier was closed, then every minute), shows OS notifications, and keeps the
 * dock/taskbar badge and the tray tooltip at the number of calls to make today (overdue ones included).
 *
 * On the desktop the main process owns delivery, so reminders arrive even with the window minimised or closed
 * (macOS); the renderer shows no in-app reminders here (renderer/src/callbacks/Reminders.tsx), so nothing is
 * announced twice. Badge: `app.setBadgeCount` on macOS and Linux (Unity-style launchers); Windows has no badge
 * count, so the taskbar button gets an overlay dot with the count as its accessible description.
 */
import { app, Menu, nativeImage, Notification, Tray, type BrowserWindow, type NativeImage } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CallbackReminders } from '../shared/callbacks/types';
import type { Language } from '../shared/i18n/languages';
import { languageFromLocale, translate } from '../shared/i18n/index';
import { reminderMessages, type ReminderTexts } from '../shared/callbacks/reminders';
import { getSettings } from './core/settings/settings';
import type { Core } from './core/index';

const POLL_MS = 60_000;
/** electron-builder.yml's appId: Windows shows notifications only for an app with a user model id. */
const APP_USER_MODEL_ID = 'app.dossier.desktop';

export interface RemindersHost {
  readonly core: Core;
  /** The app window, if open. */
  readonly window: () => BrowserWindow | null;
  /** Opens the app window (after macOS closed it) and answers it. */
  readonly createWindow: () => BrowserWindow;
}

type Texts = ReminderTexts;

/** A red dot for the Windows taskbar overlay, drawn as BGRA pixels (no image file to ship). */
function overlayDot(): NativeImage {
  const size = 16;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1)
    for (let x = 0; x < size; x += 1) {
      const d = Math.hypot(x - 7.5, y - 7.5);
      const alpha = Math.max(0, Math.min(1, 7.5 - d));
      pixels.set([0x2f, 0x2f, 0xd3, Math.round(alpha * 255)], (y * size + x) * 4);
    }
  return nativeImage.createFromBitmap(pixels, { width: size, height: size });
}

/** The repository's icon when running from a checkout, else the icon of the installed executable. */
async function trayImage(): Promise<NativeImage> {
  const checkout = join(__dirname, '..', '..', 'resources', 'icon.png');
  const image = existsSync(checkout)
    ? nativeImage.createFromPath(checkout)
    : await app.getFileIcon(process.execPath, { size: 'small' });
  return image.resize({ width: 16, height: 16 });
}

export function startReminders(host: RemindersHost): { stop(): void } {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  let tray: Tray | null = null;
  let trayLanguage: Language | null = null;
  const dot = process.platform === 'win32' ? overlayDot() : null;
  // Shown notifications stay referenced until dismissed, or their click handlers may be collected.
  const shown = new Set<Notification>();

  const language = (): Language => getSettings(host.core.db).language ?? languageFromLocale(app.getLocale());

  const openQueue = (): void => {
    const win = host.window() ?? host.createWindow();
    // Hash routes: an in-page navigation, which the navigation guard lets through.
    const go = (): void => void win.webContents.executeJavaScript("window.location.hash = '#/callbacks'");
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', go);
    else go();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  const showWindow = (): void => {
    const win = host.window() ?? host.createWindow();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  const updateBadge = (t: Texts, lang: Language, r: CallbackReminders): void => {
    const count = r.today + r.overdue;
    const summary =
      r.overdue > 0
        ? t('reminders.tray.todayOverdue', { count, overdue: r.overdue })
        : t('reminders.tray.today', { count });
    if (dot) host.window()?.setOverlayIcon(count > 0 ? dot : null, count > 0 ? summary : '');
    else app.setBadgeCount(count);
    if (!tray) return;
    tray.setToolTip(summary);
    if (trayLanguage !== lang) {
      trayLanguage = lang;
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: t('reminders.tray.open'), click: showWindow },
          { type: 'separator' },
          { label: t('reminders.tray.quit'), click: () => app.quit() },
        ]),
      );
    }
  };

  const tick = async (): Promise<void> => {
    const r = await host.core.handlers['callbacks.reminders']({ now: null, peek: false });
    const lang = language();
    const t: Texts = (key, params) => translate(lang, key, params);
    if (Notification.isSupported())
      for (const { title, body } of reminderMessages(t, r)) {
        const notification = new Notification({ title, body });
        shown.add(notification);
        notification.on('click', () => {
          shown.delete(notification);
          openQueue();
        });
        notification.on('close', () => shown.delete(notification));
        notification.show();
      }
    updateBadge(t, lang, r);
  };
  const run = (): void => {
    tick().catch((error: unknown) => console.error('reminders', error));
  };

  void trayImage()
    .then((image) => {
      tray = new Tray(image);
      tray.on('click', showWindow);
      trayLanguage = null;
      run();
    })
    .catch((error: unknown) => {
      console.error('tray', error);
      run();
    });
  const timer = setInterval(run, POLL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      tray?.destroy();
      tray = null;
    },
  };
}
