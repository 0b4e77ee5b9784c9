/**
 * The desktop host's print engine: a hidden, sandboxed, offscreen BrowserWindow with no node and no scripts, in a
 * session of its own that may load nothing but the document and the bundled font files. `printToPDF` makes the PDF;
 * `print` hands the same document to the system printer (the operating system's print dialog).
 */
import { BrowserWindow, session } from 'electron';
import { pathToFileURL } from 'node:url';
import { findFontDir } from './core/reports/fonts';
import { MARGIN_INCHES, serial, type PrintEngine } from './core/reports/print-engine';

const PARTITION = 'dossier-print';

export function desktopPrintEngine(): PrintEngine {
  const fontDir = findFontDir();
  const baseUrl = fontDir ? pathToFileURL(fontDir).href + '/' : undefined;
  const queue = serial();
  let win: BrowserWindow | null = null;

  function printSession(): Electron.Session {
    const ses = session.fromPartition(PARTITION, { cache: false });
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    // The document is a data: URL; its fonts are files of the font directory. Anything else is cancelled.
    ses.webRequest.onBeforeRequest((details, callback) => {
      const allowed = details.url.startsWith('data:') || (!!baseUrl && details.url.startsWith(baseUrl));
      callback({ cancel: !allowed });
    });
    return ses;
  }

  function window(): BrowserWindow {
    if (win && !win.isDestroyed()) return win;
    win = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webviewTag: false,
        spellcheck: false,
        session: printSession(),
      },
    });
    return win;
  }

  async function load(html: string): Promise<BrowserWindow> {
    const w = window();
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    await w.loadURL(url, baseUrl ? { baseURLForDataURL: baseUrl } : {});
    return w;
  }

  return {
    pdf: (html, options) =>
      queue(async () => {
        const w = await load(html);
        const bytes = await w.webContents.printToPDF({
          pageSize: options.paper,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
          margins: {
            top: MARGIN_INCHES.top,
            bottom: MARGIN_INCHES.bottom,
            left: MARGIN_INCHES.left,
            right: MARGIN_INCHES.right,
          },
        });
        return new Uint8Array(bytes);
      }),
    print: (html, options) =>
      queue(async () => {
        const w = await load(html);
        await new Promise<void>((resolve, reject) => {
          w.webContents.print(
            { silent: false, printBackground: true, pageSize: options.paper, margins: { marginType: 'default' } },
            (success, failureReason) => {
              // Cancelling the dialog is not a failure.
              if (success || failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve();
              else reject(new Error(failureReason));
            },
          );
        });
      }),
    close: async () => {
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
