/** Electron's security checklist in one place: no navigation, no new windows, no permissions, no webviews. */
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './core/csp';
import { isLocalRequest, navigationDecision, permissionAllowed, windowOpenDecision } from './security-rules';

function openExternally(url: string | null): void {
  if (url) void shell.openExternal(url);
}

function hardenContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    openExternally(decision.openExternally);
    return { action: decision.action };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, appUrl);
    if (decision.action === 'deny') {
      event.preventDefault();
      openExternally(decision.openExternally);
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
      ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
      ses.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
      ses.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
        });
      });
      // Nothing of ours lives on the network; refuse any request that is not a local file or devtools.
      ses.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !isLocalRequest(details.url) });
      });
    },
    () => undefined,
  );
}
