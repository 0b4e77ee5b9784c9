/** The contract client: the desktop preload's bridge when present, else HTTP to the web host. */
import { CHANNELS, type Channel } from '../../../shared/channels';
import type { DossierApi, DossierBridge } from '../../../shared/contract';
import { unwrap, type Reply } from '../../../shared/result';

declare global {
  interface Window {
    readonly dossier?: DossierBridge;
  }
}

const TOKEN_KEY = 'dossier.token';
/** This tab's sign-in session (sign-in on): kept for the tab only, sent with every call. */
const SESSION_KEY = 'dossier.session';

/** The web host hands the token over in the URL fragment; keep it for this tab and drop it from the address bar. */
function webToken(): string {
  const match = /token=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpBridge(): DossierBridge {
  const token = webToken();
  const call = async (channel: Channel, input: unknown): Promise<Reply<unknown>> => {
    let response: Response;
    try {
      // Files go as raw bytes (the web host turns them back into the channel's input).
      const upload = channel === 'files.upload' ? (input as { name: string; data: Uint8Array }) : null;
      response = await fetch(upload ? `/api/${channel}?name=${encodeURIComponent(upload.name)}` : `/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': upload ? 'application/octet-stream' : 'application/json',
          'X-Dossier-Token': token,
          'X-Dossier-Session': sessionStorage.getItem(SESSION_KEY) ?? '',
        },
        body: upload ? new Blob([upload.data as BlobPart]) : JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'network', details: { network: 1 } } };
    }
    try {
      const reply = (await response.json()) as Reply<unknown>;
      if (channel === 'auth.signIn' && reply.ok)
        sessionStorage.setItem(SESSION_KEY, (reply.value as { session: string }).session);
      if (channel === 'auth.signOut') sessionStorage.removeItem(SESSION_KEY);
      return reply;
    } catch {
      // A reply that is not the envelope (a plain-text 404/413/500 from the host, a cut connection).
      return {
        ok: false,
        error: { code: 'internal', message: `HTTP ${response.status} ${response.statusText}`.trim() },
      };
    }
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (input: unknown) => call(c, input)])) as unknown as DossierBridge;
}

function createApi(bridge: DossierBridge): DossierApi {
  const raw = bridge as unknown as Record<Channel, (input: unknown) => Promise<Reply<unknown>>>;
  return Object.fromEntries(
    CHANNELS.map((c) => [c, async (input: unknown) => unwrap(await raw[c](input))]),
  ) as unknown as DossierApi;
}

export const api: DossierApi = createApi(window.dossier ?? httpBridge());
