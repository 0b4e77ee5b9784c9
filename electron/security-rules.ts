/** The desktop host's security decisions as pure functions: no electron import, so unit tests can load them. */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Our page and nothing else: the same file (scheme, host and path, after URL normalisation) as `appUrl`.
 * Query and hash are free, since the hash router keeps its route there. A prefix test would also admit
 * every other file next to index.html and, for strings nobody normalised, `renderer/../../etc/passwd`.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const given = parse(url);
  const ours = parse(appUrl);
  if (!given || !ours || given.protocol !== 'file:' || ours.protocol !== 'file:') return false;
  return given.host === ours.host && given.pathname === ours.pathname;
}

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link to hand to the system browser or mail client, normalised, or null to drop it.
 * Only web and mail links: `file:`, `smb:`, custom app schemes and the like can start programs.
 */
export function externalLink(url: string): string | null {
  const parsed = parse(url);
  return parsed && EXTERNAL_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

export type NavigationDecision =
  { readonly action: 'allow' } | { readonly action: 'deny'; readonly openExternally: string | null };

/** A navigation of our window: our own page stays; anything else is stopped and, if a web or mail link, handed out. */
export function navigationDecision(url: string, appUrl: string): NavigationDecision {
  return isAppUrl(url, appUrl) ? { action: 'allow' } : { action: 'deny', openExternally: externalLink(url) };
}

/** `window.open` and `target=_blank`: never a new Electron window; web and mail links go to the system. */
export function windowOpenDecision(url: string): { readonly action: 'deny'; readonly openExternally: string | null } {
  return { action: 'deny', openExternally: externalLink(url) };
}

/** Camera, microphone, notifications-from-the-page, geolocation…: the renderer needs none of them. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

/** Nothing of ours lives on the network: only local files, devtools and in-memory data/blob URLs load. */
export function isLocalRequest(url: string): boolean {
  return /^(file|devtools|data|blob):/i.test(url);
}

/**
 * An IPC call comes from our page in our window: the sender is the main window, the calling frame is its top frame
 * (not a subframe, even one showing the app page), and that frame shows the app.
 */
export function isTrustedSender<Contents>(
  sender: { readonly contents: Contents; readonly frameUrl: string | null | undefined; readonly topFrame: boolean },
  mainContents: Contents | null | undefined,
  appUrl: string,
): boolean {
  if (sender.frameUrl == null || mainContents == null || !sender.topFrame) return false;
  return sender.contents === mainContents && isAppUrl(sender.frameUrl, appUrl);
}
