/** Electron's security checklist in one place: no navigation, no new windows, no permissions, no webviews. */
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './core/csp';

export function isAppUrl(url: string, appUrl: string): boolean {
  return url === appUrl || url.startsWith(appUrl.replace(/index\.html$/, ''));
}

function openExternally(url: string): void {
  if (/^https?:\/\//i.test(url) || /^mailto:/i.test(url)) void shell.openExternal(url);
}

export function hardenContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault();
      openExternally(url);
    }
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenApp(appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));
  app.whenReady().then(
    () => {
      const ses = session.defaultSession;
      ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      ses.setPermissionCheckHandler(() => false);
      ses.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
        });
      });
      // Nothing of ours lives on the network; refuse any request that is not a local file or devtools.
      ses.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !/^(file|devtools|data|blob):/i.test(details.url) });
      });
    },
    () => undefined,
  );
}
