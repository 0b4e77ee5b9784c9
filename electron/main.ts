/** Desktop host: one window, one IPC handler per contract channel, the database in the user-data folder. */
import { app, BrowserWindow, ipcMain, dialog, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS } from '../shared/channels';
import { DossierError } from '../shared/result';
import { createCore, type Core } from './core/index';
import { desktopPrintEngine } from './print-window';
import { rememberKey } from './core/db/cipher';
import { headOfficeSecrets, keepKey, keptKey, keyFileFor } from './keychain';
import { startReminders } from './reminders';
import { hardenApp } from './security';
import { isTrustedSender } from './security-rules';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).toString();
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

/** Only our own page, in our own window, may call the core. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(
    { contents: event.sender, frameUrl: frame?.url, topFrame: frame === event.sender.mainFrame },
    mainWindow?.webContents,
    appUrl,
  );
}

/** Each window's sign-in session (sign-in on): the host keeps the token and passes it with the window's calls. */
const sessions = new Map<number, string>();

function registerHandlers(c: Core): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!trustedSender(event))
        return { ok: false, error: { code: 'unauthorized', message: 'IPC from an untrusted frame' } };
      const id = event.sender.id;
      const reply = await c.dispatch(channel, input, { session: sessions.get(id) ?? null });
      if (channel === 'auth.signIn' && reply.ok) sessions.set(id, (reply.value as { session: string }).session);
      if (channel === 'auth.signOut') sessions.delete(id);
      return reply;
    });
  }
}

/** The folder or database file the Settings page asks for (a backup folder, a backup to restore). */
async function pickPath(kind: 'folder' | 'file'): Promise<string | null> {
  const options: Electron.OpenDialogOptions =
    kind === 'folder'
      ? { properties: ['openDirectory', 'createDirectory'] }
      : { properties: ['openFile'], filters: [{ name: 'Dossier', extensions: ['db', 'sqlite', 'bak'] }] };
  const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
    // The hidden print window must not keep the app running once the user closed ours.
    void core?.printEngine.close();
  });
  void win.loadFile(rendererIndex);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(appUrl);
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app
    .whenReady()
    .then(() => {
      const dbPath = process.env.DOSSIER_DB ?? join(app.getPath('userData'), 'dossier.db');
      // An encrypted database opens with the passphrase kept in the OS keychain; without one the app asks for it.
      const keyFile = keyFileFor(dbPath);
      const kept = keptKey(keyFile);
      if (kept !== null) rememberKey(kept);
      try {
        core = createCore({
          dbPath,
          host: 'desktop',
          importWorkerPath: join(__dirname, 'import-worker.cjs'),
          pick: pickPath,
          printEngine: desktopPrintEngine(),
          keyChanged: (passphrase) => keepKey(keyFile, passphrase),
          secrets: headOfficeSecrets(dbPath),
        });
      } catch (error) {
        const message = error instanceof DossierError || error instanceof Error ? error.message : String(error);
        dialog.showErrorBox('Dossier', message);
        app.quit();
        return;
      }
      registerHandlers(core);
      createWindow();
      const reminders = startReminders({ core, window: () => mainWindow, createWindow });
      app.on('will-quit', () => reminders.stop());
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((error: unknown) => {
      console.error(error);
      app.quit();
    });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
